public import TruceModel

/// Codes whole articles into candidate events, claims and figures.
///
/// The article is split into sentences (the dateline left out); each sentence
/// is coded by the dictionary-driven `SentenceCoder`, and the events get a
/// date (the sentence's own, else the article's running date, else the
/// publication date with less confidence), a place (the sentence's region,
/// else the article's), casualty and detention counts, a modality, and their
/// PLOVER and ACLED names. Where the sentence coder finds no event but the
/// sentence plainly reports a killing, a detention or a strike, the coder adds
/// one built from the casualty words. Claims and figures come from the
/// lexicon and are linked to events and the agreement when the text says so.
public struct ArticleCoder: Sendable {
    public var dictionaries: CoderDictionaries
    public var agreement: Agreement?
    /// Learned ACLED event types; nil keeps the rules' own (see `ArticleCoding+EventTypes.swift`).
    public var model: EventTypeModel?
    let sentenceCoder: SentenceCoder
    let agreementActors: AgreementActors?

    public init(dictionaries: CoderDictionaries = .builtIn, agreement: Agreement? = nil, model: EventTypeModel? = nil) {
        self.dictionaries = dictionaries
        self.agreement = agreement
        self.model = model
        self.sentenceCoder = SentenceCoder(
            dictionaries: dictionaries, options: SentenceCoder.Options(requireDyad: false, includeNegated: true, unattachedAgents: true))
        self.agreementActors = agreement.map(AgreementActors.init)
    }

    public func code(_ article: Article) -> CodingResult {
        var coding = ArticleCoding(coder: self, article: article)
        return coding.run()
    }

    /// `code(_:)` with, for each of the result's events, the signs its confidence weighed (nil for an event with no ACLED
    /// type): what `scripts/fit-confidence` fits the weights on. The signs are those of the sentence that told the
    /// event, before later sentences dated or counted it.
    public func codeWithConfidenceSigns(_ article: Article) -> (result: CodingResult, signs: [ConfidenceSigns?]) {
        var coding = ArticleCoding(coder: self, article: article)
        let result = coding.run()
        return (result, coding.confidenceSigns)
    }
}

/// The work of coding one article: its sentences, and what it knows so far.
struct ArticleCoding {
    let coder: ArticleCoder
    let article: Article
    let text: String
    let offsets: ScalarOffsets
    var result = CodingResult()
    /// The date the story is at: the last date a sentence gave.
    var runningDate: ResolvedDate?
    /// The year the text gave each day it named, by `DateScanner.key(month:day:)` (see `noteGivenYears`).
    var givenYears: [Int: Int] = [:]
    /// Days the text gave two different years: they take none.
    var daysOfSeveralYears: Set<Int> = []
    /// Words of the names the sentences told under a running date of history open with (see `endHistoryAtParagraph`).
    var historyNames: Set<String> = []
    /// The asides of the sentence being coded (see `asides(in:)`), found once for all its acts.
    var sentenceAsides: [Range<Int>] = []
    /// Events of the last sentence told before the story named any day (see `settleUndatedLead`).
    var undatedLead: Range<Int>?
    /// The region the story is at: the last region a sentence named.
    var runningRegion: CodedLocation?
    var mainLocation = CodedLocation()
    /// For each event, what its sentence says about whether it retells another (see `markRepeats`).
    var clues: [RetellingClues] = []
    /// The last number the article gave for each plural noun of people ("multiple armed insurgents" → 3), so that
    /// "the insurgents" later counts them.
    var countedNouns: [String: Int] = [:]
    /// The article's first act with an ACLED type: the story it is written for (see `weighed`).
    var lead = StoryLead()
    /// The signs each event of `result.events` was weighed by, as they were then (nil for an event with no ACLED type).
    var confidenceSigns: [ConfidenceSigns?] = []

    init(coder: ArticleCoder, article: Article) {
        self.coder = coder
        self.article = article
        self.text = article.text
        self.offsets = ScalarOffsets(article.text)
    }

    struct Sentence {
        var text: String
        var range: Range<Int>
        var places: [PlaceMention]
        /// The publication day of the release this sentence belongs to, when the article joins several
        /// ("… ---- KABUL, Afghanistan (July 16, 2012) — …"); nil for the article's own.
        var published: Day? = nil
        /// Whether a blank line comes before the sentence: it opens a paragraph.
        var opensParagraph = false
    }

    mutating func run() -> CodingResult {
        let bytes = Array(text.utf8)
        var ranges = SentenceSplitter.sentences(in: text)
        let foundDateline = Dateline.find(in: text)
        if let dateline = foundDateline {
            // The dateline is not part of the first sentence: its date is the publication date, not the event's.
            ranges = ranges.compactMap { range in
                guard range.lowerBound < dateline.range.upperBound else { return range }
                let start = min(max(range.lowerBound, dateline.range.upperBound), range.upperBound)
                return start < range.upperBound ? start..<range.upperBound : nil
            }
        }
        var sectionDate: Day?
        let read = ranges.compactMap { range -> Sentence? in
            var range = range
            var sentence = String(decoding: bytes[range], as: UTF8.self)
            // A later release's own dateline: its place is where it was issued, not where things happened, and its
            // day is what that release's "today" and "yesterday" count from.
            // (Such a dateline opens with a place in capitals, "KABUL, …": a cheap test before the full search.)
            if range.lowerBound > 0, range.count > 2, Bytes.isUpper(bytes[range.lowerBound]), Bytes.isUpper(bytes[range.lowerBound + 1]),
                let dateline = Dateline.find(in: sentence, window: 160), dateline.range.lowerBound == 0
            {
                if let day = dateline.date(near: sectionDate ?? article.publicationDate) { sectionDate = day }
                var start = range.lowerBound + dateline.range.upperBound
                while start < range.upperBound, Bytes.isSpace(bytes[start]) { start += 1 }
                guard start < range.upperBound else { return nil }
                range = start..<range.upperBound
                sentence = String(decoding: bytes[range], as: UTF8.self)
            }
            return Sentence(
                text: sentence, range: range, places: Self.eventPlaces(in: sentence, learned: coder.model?.places), published: sectionDate,
                opensParagraph: Paragraphs.blankLineBefore(range.lowerBound, in: bytes))
        }
        let sentences = Self.resolvingAmbiguousPlaces(read, dateline: foundDateline?.place, headline: article.headline)
        mainLocation = Self.mainLocation(sentences.flatMap(\.places), headline: article.headline, learned: coder.model?.places)
        for var sentence in sentences {
            // A question asks about acts and reports none: its words, but for its dates, are blanked out (`QuestionClauses`).
            sentence.text = QuestionClauses.blanked(sentence.text, keepingDates: sentence.published ?? article.publicationDate)
            // A headline in title case: capitals there say nothing about a word (`TitleCaseLine`).
            sentence.text = TitleCaseLine.lowered(sentence.text, dictionaries: coder.dictionaries)
            code(sentence)
        }
        markRepeats()
        claims(sentences)
        commitments(sentences)
        return result
    }

    /// The places a sentence's events can be at: not those of a relative clause that describes someone
    /// ("detained several insurgents including the commander, who was in charge of operations in Paktiya province").
    /// The places a model learned (`LearnedPlaces`) count after the built-in gazetteer's.
    static func eventPlaces(in sentence: String, learned: LearnedPlaces? = nil) -> [PlaceMention] {
        let places = allPlaces(in: sentence, learned: learned)
        guard !places.isEmpty else { return places }
        let bytes = Array(sentence.utf8)
        var clause: Int?
        for marker in [", who ", ", which "] {
            let pattern = Array(marker.utf8)
            guard bytes.count >= pattern.count else { continue }
            for start in 0...(bytes.count - pattern.count) where bytes[start] == 0x2C && Array(bytes[start..<start + pattern.count]) == pattern {
                clause = min(clause ?? start, start)
                break
            }
        }
        guard let clause else { return places }
        let closed = relativeClauseEnd(bytes, from: clause + 2)
        return places.filter { place in place.range.lowerBound < clause || closed.map { place.range.lowerBound >= $0 } == true }
    }

    /// Where a relative clause set off by a comma ends when the main clause goes on after it: at the next comma
    /// followed by a lower-case word that is no list's or clause's joint ("the Coordination, which the Government calls a
    /// terrorist group, claimed … near Kidal": Kidal is the claim's). Nil when it runs to the sentence's end, or when a
    /// name or "and" follows the comma ("operations in Paktiya, Kunar and Nangarhar" is still the clause's).
    static func relativeClauseEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        guard let comma = bytes[min(start, bytes.count)...].firstIndex(of: 0x2C) else { return nil }
        var wordStart = comma + 1
        while wordStart < bytes.count, bytes[wordStart] == 0x20 { wordStart += 1 }
        var wordEnd = wordStart
        while wordEnd < bytes.count, Bytes.isLetter(bytes[wordEnd]) { wordEnd += 1 }
        guard wordStart < wordEnd, Bytes.isLower(bytes[wordStart]) else { return nil }
        let word = String(decoding: bytes[wordStart..<wordEnd], as: UTF8.self)
        return clauseJoints.contains(word) ? nil : comma
    }

    static let clauseJoints: Set<String> = [
        "and", "or", "but", "including", "which", "who", "where", "when", "while", "as", "the", "a", "an", "in", "on", "at", "near",
        "from", "of", "with", "to", "according",
    ]

    /// The gazetteer's places in `text`, then the learned ones among the words it did not place.
    static func allPlaces(in text: String, learned: LearnedPlaces?) -> [PlaceMention] {
        let builtIn = Gazetteer.places(in: text)
        guard let learned, !learned.isEmpty else { return builtIn }
        return learned.places(in: text, besides: builtIn)
    }

    /// The region named most often (the earliest on a tie), and its country.
    static func mainLocation(_ places: [PlaceMention], headline: String?, learned: LearnedPlaces? = nil) -> CodedLocation {
        var all = places
        if let headline { all += allPlaces(in: headline, learned: learned) }
        // A region named as such ("Helmand province") weighs twice a place in it.
        let regions = all.compactMap { place in place.admin1.map { (key: $0, weight: place.kind == .admin1 ? 2 : 1) } }
        if let admin1 = heaviest(regions) {
            return CodedLocation(country: all.first { $0.admin1 == admin1 }?.country, admin1: admin1)
        }
        return CodedLocation(country: mostNamed(all, .country) ?? mostNamed(all, .countryAdjective))
    }

    /// The country named most often by places of `kind`, the earliest on a tie: an analysis names the country it is
    /// about again and again, and others once or twice, in passing or as parties.
    static func mostNamed(_ places: [PlaceMention], _ kind: PlaceMention.Kind) -> String? {
        heaviest(places.compactMap { $0.kind == kind ? $0.country.map { (key: $0, weight: 1) } : nil })
    }

    /// The key whose items weigh most together, the one met first on a tie.
    static func heaviest(_ items: [(key: String, weight: Int)]) -> String? {
        var totals: [String: (weight: Int, first: Int)] = [:]
        for (index, item) in items.enumerated() {
            let old = totals[item.key] ?? (0, index)
            totals[item.key] = (old.weight + item.weight, old.first)
        }
        return totals.max { ($0.value.weight, -$0.value.first) < ($1.value.weight, -$1.value.first) }?.key
    }

    mutating func code(_ sentence: Sentence) {
        let published = sentence.published ?? article.publicationDate
        let words = CasualtyWords.words(sentence.text)
        if sentence.opensParagraph { endHistoryAtParagraph(words: words, published: published) }
        let storyHadDate = runningDate != nil
        sentenceAsides = Self.asides(in: sentence.text)
        let lexical = LexicalSentence(sentence.text)
        let numbers = lexical.numbers
        var casualties = CasualtyFinder.report(in: sentence.text, numbers: numbers)
        resolveDefinitePlurals(&casualties, words: words)
        rememberCounts(numbers, words: words)
        var sentenceDates: [DateMention] = []
        var sentenceFigures: [FoundFigure] = []
        if let published {
            let mentions = lexical.dates(published: published, anchor: runningDate?.earliest, knownYears: givenYears)
            noteGivenYears(mentions)
            sentenceDates = Self.eventDates(mentions, in: sentence.text)
            sentenceFigures = figures(lexical, sentence: sentence, published: published)
        }
        let sentenceDate = sentenceDates
        let location = location(for: sentence)
        var coded = coder.sentenceCoder.code(sentence.text, on: published)
        // Actor mentions are only needed for events built from the casualty words.
        let needsActors =
            !casualties.killed.isEmpty || !casualties.detained.isEmpty || !casualties.acts.isEmpty
            || casualties.methods.contains(.airStrike)
            || coded.contains { (EventKinds.isViolent($0.code) || EventKinds.isDetention($0.code)) && ArmedGroups.isGeneric($0.target) }
        let actors = needsActors ? coder.sentenceCoder.actors(in: sentence.text, on: published) : []
        var events: [CodedEvent] = []
        var killedPlaced = casualties.killed.isEmpty
        var detainedPlaced = casualties.detained.isEmpty
        // By verb, then by doer: of one verb's events, the doer named first is told first (a compound subject's first
        // member is its act's actor 1 when `mergedWithinSentence` keeps the one told first).
        coded.sort {
            ($0.verbRange.lowerBound, $0.source?.range.lowerBound ?? Int.max) < ($1.verbRange.lowerBound, $1.source?.range.lowerBound ?? Int.max)
        }
        coded = Self.oneEventPerCompoundSubject(coded, sentence: sentence.text)
        let namedGroup = actors.first { ArmedGroups.isArmedGroup(code: $0.code) && !ArmedGroups.isGeneric($0) }
        // An act told without a subject takes its doer from a "by" phrase: "the first aerial bombing by US forces hit
        // Taliban fighters" (the verb coder reads "by US forces" as a preposition's object, not as the bombing's doer),
        // else, for an act of violence, from a possessive on a noun of act ("condemned Russia's missile strike …, which
        // killed 33": the killing is Russia's, the condemning not).
        var agent: ActorMention?
        var possessive: ActorMention?
        if coded.contains(where: { $0.source == nil }) {
            let mentions = needsActors ? actors : coder.sentenceCoder.actors(in: sentence.text, on: published)
            agent = Self.agentAfterBy(mentions, in: sentence.text)
            possessive = Self.possessiveDoer(mentions, in: sentence.text)
        }
        let quotations = Self.quotations(sentenceAsides, in: sentence.text)
        // "Attacks on aid workers may constitute war crimes": the acts named before the judgement are a kind, not acts.
        let judgedKind = Self.kindOfActPredicate(words)
        func namesJudgedKind(_ range: Range<Int>) -> Bool { judgedKind.map { range.lowerBound < $0 } ?? false }
        let mediators = Self.namesMediator(words) ? coder.sentenceCoder.actors(in: sentence.text, on: published) : nil
        for var found in coded {
            if EventKinds.isViolent(found.code), namesJudgedKind(found.verbRange) { continue }
            if Self.isConductOverTime(verbRange: found.verbRange, words: words) || Self.tellsHabit(verbRange: found.verbRange, words: words)
                || Self.namesActAsNoun(verbRange: found.verbRange, words: words)
            {
                continue
            }
            if found.source == nil, let agent = agent ?? (EventKinds.isViolent(found.code) ? possessive : nil) {
                if found.target == agent { found.target = nil }
                found.source = agent
            }
            // Who reports the act takes no part in it ("shells hit a market, according to the Syrian Observatory").
            if let target = found.target, Self.isAttribution(target, in: sentence.text, saying: true) { found.target = nil }
            if let source = found.source, Self.isAttribution(source, in: sentence.text, saying: false) { found.source = nil }
            if let mediators { found = Self.withMediatorAsGoBetween(found, actors: mediators, in: sentence.text) }
            // "Air defences shot down 38 drones launched by Russia": the launcher attacked the defender.
            var foundCode = found.code
            // "Gunmen seized 12 villagers": people seized are held, not goods.
            if found.code == EventKinds.seizure, casualties.detained.contains(where: { $0.range.lowerBound == found.verbRange.lowerBound }),
                !Self.tellsHostageTaking(words.map(\.text))
            {
                foundCode = Self.seizedPeopleCode(target: found.target)
            }
            if EventKinds.isViolent(found.code), let weapon = Self.interceptedWeapon(verbRange: found.verbRange, words: words) {
                let mentions = needsActors ? actors : coder.sentenceCoder.actors(in: sentence.text, on: published)
                found.target = found.source
                found.source = Self.launcher(ofWeapon: weapon, words: words, actors: mentions)
                foundCode = Self.interceptedAttackCode(weapon: weapon, words: words)
            }
            // "detained suspected insurgents while pursuing a Haqqani network commander": the insurgents are the group's.
            var target = found.target
            if EventKinds.isViolent(found.code) || EventKinds.isDetention(found.code), ArmedGroups.isGeneric(target),
                let namedGroup, namedGroup != found.source
            {
                target = namedGroup
            }
            var event = codedEvent(
                code: Self.codedByMeans(foundCode, words: words), source: found.source, target: target, verbRange: found.verbRange,
                sentence: sentence, confidence: found.confidence, date: sentenceDate, location: location, lexical: lexical)
            event = Self.againstCivilians(event)
            if found.isNegated {
                event.modality = .negated
                event.acledEventType = nil
                event.acledSubEventType = nil
            }
            if EventKinds.isViolent(found.code), Self.describesActNoun(verbRange: found.verbRange, words: words),
                foldIntoDescribedAct(event, events: &events, casualties: casualties, killedPlaced: &killedPlaced)
            {
                continue
            }
            if EventKinds.isViolent(found.code), found.source == nil, Self.namesActBefore(verbRange: found.verbRange, words: words),
                foldIntoDescribedAct(event, events: &events, casualties: casualties, killedPlaced: &killedPlaced, named: true)
            {
                continue
            }
            // A demanded act has not happened: its people killed or held belong to an act the sentence reports.
            let reported = event.modality != .demanded
            if EventKinds.isViolent(found.code), !killedPlaced, reported,
                Self.onSameSide(found.verbRange.lowerBound, casualties.killed.first?.range.lowerBound, of: quotations)
            {
                attachFatalities(casualties, to: &event)
                killedPlaced = true
            }
            if EventKinds.isDetention(foundCode), !detainedPlaced, reported {
                event.detained = casualties.detainedCount
                detainedPlaced = true
            }
            if let act = casualties.acts.first, EventKinds.isViolent(found.code), reported { event.count = act.count }
            events.append(event)
        }
        // What the casualty words report and no coded event carries becomes an event of its own.
        let armed = armedGroups(actors)
        if !detainedPlaced, let held = casualties.detainedCount, held > 0 || casualties.detained.contains(where: { !$0.isNone }) {
            let range = casualties.detained.first?.range ?? 0..<0
            let hostages = Self.tellsHostageTaking(words.map(\.text))
            // "seized 12 hostages": the seizing verb's event with no one seized is this abduction, not a seizure of goods.
            if hostages { events.removeAll { $0.code == EventKinds.seizure && $0.actor2 == nil } }
            let code = hostages ? EventKinds.abduction : EventKinds.detention
            var event = fallbackEvent(
                code: code, range: range, actors: actors, armed: armed, sentence: sentence, date: sentenceDate, location: location,
                lexical: lexical)
            event.detained = held
            events.append(event)
        }
        let killed = casualties.fatalities
        let reportsKilling = !killedPlaced && (killed?.best ?? killed?.low ?? 0) > 0 && !Self.tellsBelievedDeaths(words.map(\.text))
        let countedActs = casualties.acts.first { CasualtyWords.violentActNouns.contains($0.noun) }
        let actsPlaced = events.contains { $0.count != nil }
        let strike = casualties.methods.contains(.airStrike) && !Self.namesOnlyAnAirForce(words)
        let noViolentEvent = coded.allSatisfy { !EventKinds.isViolent($0.code) }
        // A tally of acts with no one killed and no day named ("27 attacks on shipping", "shattered by more than
        // 2,000 strikes") adds up a campaign: it is a figure (`FigureFinder`), not one act.
        // The count belongs to the acts it stands before: "Israeli strikes … or the dozens of rockets" tallies the
        // rockets, and the strikes, told uncounted, are an act of their own.
        let uncountedAct = Self.namesUncountedAct(words, acts: casualties.acts)
        let tally =
            !reportsKilling && (casualties.acts.first?.count ?? 1) > 1 && !sentenceDates.contains { $0.date.precision == .day } && !uncountedAct
        if !tally, !namesJudgedKind(casualties.killed.first?.range ?? 0..<0),
            reportsKilling || (strike && noViolentEvent) || (countedActs != nil && !actsPlaced && noViolentEvent)
        {
            let code: String
            if strike {
                code = EventKinds.airStrike
            } else if casualties.methods.contains(.explosive) {
                code = EventKinds.bombing
            } else if casualties.methods.contains(.shelling) {
                code = EventKinds.shelling
            } else {
                code = EventKinds.fighting
            }
            let range = casualties.killed.first?.range ?? 0..<0
            var event = fallbackEvent(
                code: code, range: range, actors: actors, armed: armed, sentence: sentence, date: sentenceDate, location: location,
                lexical: lexical)
            if reportsKilling { attachFatalities(casualties, to: &event) }
            event.count = uncountedAct ? nil : casualties.acts.first?.count
            events.append(event)
        }
        // "Fighting continued in the capital on Sunday": the fighting is told by its noun, by no one named.
        if events.allSatisfy({ !EventKinds.isViolent($0.code) }), let code = Self.ongoingFighting(words) {
            events.append(
                fallbackEvent(
                    code: code, range: 0..<0, actors: [], armed: [], sentence: sentence, date: sentenceDate, location: location, lexical: lexical))
        }
        if !events.contains(where: { $0.code.hasPrefix("0871") || $0.code.hasPrefix("057") }),
            let truce = truceEvent(words: words, sentence: sentence, date: sentenceDate, location: location, lexical: lexical)
        {
            events.append(truce)
        }
        // The story's running date: the day its events happened, else the first day the sentence names outside its asides
        // (an aside that opens the sentence counts: a quotation telling the news in the speaker's words).
        if let dated = events.last(where: { event in event.date != nil && sentenceDates.contains { $0.date == event.date } })?.date {
            runningDate = dated
        } else if let first = Self.outsideOtherAsides(sentenceDates, asides: sentenceAsides.filter { $0.lowerBound > 0 }, holding: 0..<0).first(
            where: { mention in
                mention.role == .point && mention.date.precision == .day && published.map { mention.date.earliest <= $0 } ?? true
            })?.date
        {
            runningDate = first
        }
        noteHistoryName(words: words, published: published)
        applyModel(to: &events, sentence: sentence)
        events = events.map { victimsNamed($0, casualties: casualties, sentence: sentence) }
        let namesADay = sentenceDates.contains { $0.role == .point && $0.date.precision == .day }
        events = news(events, sentence: sentence, words: words.map(\.text), namesADay: namesADay, published: published)
        events = Self.withoutCountedStates(
            events, figures: sentenceFigures, sentence: sentence.text, words: words.map(\.text), namesADay: namesADay)
        events = Self.mergedWithinSentence(events).filter { event in
            !retellsEarlierEvent(event, ownDate: sentenceDates.contains { $0.date == event.date })
        }
        lead.note(events)
        let signs = events.map { [lead] in Self.signs(of: $0, lead: lead) }
        events = zip(events, signs).map { Self.weighed($0, signs: $1) }
        clues += RetellingClues.of(events, casualties: casualties, words: words, sentence: sentence)
        result.events += events
        confidenceSigns += signs
        settleUndatedLead(events: (result.events.count - events.count)..<result.events.count, storyHadDate: storyHadDate)
    }

    /// The region nearest the verb: a region the text names as such ("Paktiya province") before one known only
    /// from a district's name, and one named with "province" or "district" before one that is not.
    static func nearestRegion(_ places: [PlaceMention], to range: Range<Int>) -> PlaceMention? {
        let regions = builtInFirst(places.filter { $0.admin1 != nil })
        let qualified = regions.filter(\.qualified)
        let named = qualified.filter { $0.kind == .admin1 }
        let preferred = !named.isEmpty ? named : qualified.isEmpty ? regions : qualified
        return preferred.min { distance($0.range, range) < distance($1.range, range) }
    }

    /// The built-in gazetteer's places when there are any, else the learned ones: the tables written for a country
    /// know its everyday words and its names shared with people better than a list learned from exports.
    static func builtInFirst(_ places: [PlaceMention]) -> [PlaceMention] {
        let builtIn = places.filter { !$0.learned }
        return builtIn.isEmpty ? places : builtIn
    }

    static func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        if a.upperBound <= b.lowerBound { return b.lowerBound - a.upperBound }
        if b.upperBound <= a.lowerBound { return a.lowerBound - b.upperBound }
        return 0
    }

    /// Fatalities, and the ACLED type that says whether those killed were civilians.
    func attachFatalities(_ casualties: CasualtyReport, to event: inout CodedEvent) {
        guard let killed = casualties.fatalities else { return }
        event.fatalities = CodedFatalities(low: killed.low, best: killed.best, high: killed.high)
        if let civilians = casualties.civiliansKilled, civilians > 0, event.acledEventType == "Battles",
            let acled = EventKinds.acled(for: event.code, civilians: true)
        {
            event.acledEventType = acled.eventType
            event.acledSubEventType = acled.subEventType
        }
    }

    /// Armed groups named in the sentence (actors whose code is not a state's forces or people).
    func armedGroups(_ actors: [ActorMention]) -> [ActorMention] {
        actors.filter { ArmedGroups.isArmedGroup(code: $0.code) }
    }

    func fallbackEvent(
        code: String, range: Range<Int>, actors: [ActorMention], armed: [ActorMention], sentence: Sentence, date: [DateMention],
        location: CodedLocation, lexical: LexicalSentence
    ) -> CodedEvent {
        // Who tells of the act takes no part in it: "according to the Sudan Doctors' Union", ", the army said".
        let actors = actors.filter { !Self.isAttribution($0, in: sentence.text, saying: false) }
        let armed = armed.filter { !Self.isAttribution($0, in: sentence.text, saying: false) }
        // The doer is the last actor before the words, the target the first after; an armed group
        // named elsewhere in the sentence is the target when no actor follows ("… detained two suspects
        // while pursuing a Taliban commander").
        // An actor after "by" is the doer wherever it stands: "the first aerial bombing by US forces",
        // "were killed by Taliban fighters".
        let describesAct = Self.isInActsWhichClause(range, words: CasualtyWords.words(sentence.text))
        let source =
            describesAct
            ? Self.doerOfDescribedAct(actors, before: range.lowerBound, in: sentence.text)
            : Self.agentAfterBy(actors, in: sentence.text)
                ?? actors.last { $0.range.upperBound <= range.lowerBound && !ArmedGroups.isArmedGroup(code: $0.code) }
                ?? actors.last { $0.range.upperBound <= range.lowerBound }
        var target = actors.first {
            $0.range.lowerBound >= range.lowerBound && $0 != source && !Self.isAttribution($0, in: sentence.text, saying: true)
        }
        if target == nil || (target.map { !ArmedGroups.isArmedGroup(code: $0.code) } ?? true),
            let group = armed.first(where: { $0 != source && !Self.isAttribution($0, in: sentence.text, saying: true) })
        {
            target = group
        }
        var event = codedEvent(
            code: code, source: source, target: target, verbRange: range, sentence: sentence, confidence: 0.5, date: date,
            location: location, lexical: lexical)
        if let civilians = event.acledEventType, civilians.isEmpty { event.acledEventType = nil }
        return event
    }

    /// The first actor introduced by "by" ("by US forces", "by the Taliban"), the agent of a passive verb or of
    /// a noun of action, or by "from" after a noun of act ("rocket attacks from Hamas").
    static func agentAfterBy(_ actors: [ActorMention], in sentence: String) -> ActorMention? {
        let bytes = Array(sentence.utf8)
        return actors.first { actor in
            var words: [String] = []
            var end = min(actor.range.lowerBound, bytes.count)
            while words.count < 2 {
                while end > 0, Bytes.isSpace(bytes[end - 1]) { end -= 1 }
                var start = end
                while start > 0, !Bytes.isSpace(bytes[start - 1]) { start -= 1 }
                guard start < end else { break }
                words.append(String(decoding: bytes[start..<end], as: UTF8.self).lowercased())
                end = start
            }
            let markers = ["by", "from"]
            let marker =
                words.first.map(markers.contains) == true
                ? 0 : words.count > 1 && markers.contains(words[1]) && ["the", "a", "an"].contains(words[0]) ? 1 : nil
            guard let marker else { return false }
            let head = Self.wordBefore(bytes, end: Self.wordStart(bytes, before: actor.range.lowerBound, skipping: marker + 1))
            // "rocket attacks from Hamas": an act's origin is its doer; "aid from Egypt", "fled from the rebels" are not.
            if words[marker] == "from" { return isActNoun(head) }
            // "targets used by Houthi rebels", "groups backed by Iran": the agent of a participle, not of the act; but a
            // participle of doing on a noun of act names the act's doer ("rocket attacks launched by Hamas").
            guard head.hasSuffix("ed") || head.hasSuffix("en") || participles.contains(head) else { return true }
            guard doingParticiples.contains(head) else { return false }
            let noun = Self.wordBefore(bytes, end: Self.wordStart(bytes, before: actor.range.lowerBound, skipping: marker + 2))
            return isActNoun(noun)
        }
    }

    static func isActNoun(_ word: String) -> Bool { describedActNouns.contains(word) || CasualtyWords.violentActNouns.contains(word) }

    /// Participles of doing an act: their "by" names its doer ("attacks launched by", "strikes conducted by").
    static let doingParticiples: Set<String> = ["launched", "conducted", "fired", "mounted", "staged", "waged", "perpetrated", "unleashed"]

    /// Irregular past participles that take a "by" agent.
    static let participles: Set<String> = ["led", "held", "made", "run", "built", "sent", "paid", "hit", "shot", "fought", "done", "seen"]

    /// Where the word `count` words before `offset` starts (spaces skipped).
    static func wordStart(_ bytes: [UInt8], before offset: Int, skipping count: Int) -> Int {
        var end = min(offset, bytes.count)
        for _ in 0..<count {
            while end > 0, Bytes.isSpace(bytes[end - 1]) { end -= 1 }
            while end > 0, !Bytes.isSpace(bytes[end - 1]) { end -= 1 }
        }
        return end
    }

    /// The lower-case word that ends at or before `end`, punctuation stripped.
    static func wordBefore(_ bytes: [UInt8], end: Int) -> String {
        var end = min(end, bytes.count)
        while end > 0, Bytes.isSpace(bytes[end - 1]) { end -= 1 }
        var start = end
        while start > 0, !Bytes.isSpace(bytes[start - 1]) { start -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self).lowercased().filter { $0.isLetter }
    }

    func codedEvent(
        code: String, source: ActorMention?, target: ActorMention?, verbRange: Range<Int>, sentence: Sentence, confidence: Double,
        date dates: [DateMention], location: CodedLocation, lexical: LexicalSentence
    ) -> CodedEvent {
        let modality = lexical.modality(verbRange: verbRange)
        // An act cannot happen after the article reporting it: such a date belongs to something else.
        let usable = Self.outsideOtherAsides(dates, asides: sentenceAsides, holding: verbRange).filter { mention in
            guard modality == .done || modality == .alleged, let published = sentence.published ?? article.publicationDate else { return true }
            return mention.date.earliest <= published
        }
        let date = Self.nearest(usable, to: verbRange).map { Self.date(of: $0, forVerbAt: verbRange, in: sentence.text) }
        let location =
            Self.nearestRegion(sentence.places, to: verbRange).map { region in
                CodedLocation(country: region.country, admin1: region.admin1, place: location.place ?? region.place)
            } ?? location
        // A demanded act has not happened: ACLED codes what was done, and a demand, an order or an obligation
        // ("ordered strikes", "must withdraw", "requires Hamas to release") is a statement about an act to come. It
        // keeps its CAMEO code and modality for review, without an ACLED type.
        // So is a wish or an aim ("we want to bring", "seeks to end"), an intent, and the act an "if" clause supposes
        // ("if Hezbollah breaks the deal"), where the act a condition foresees ("Israel will respond") or a plan is an act
        // foreseen.
        // And an act told as not done or denied ("there will be no troops deployed", "denied shelling the town") is no
        // act ACLED would code.
        let intent = modality == .demanded || (modality == .hypothetical && lexical.isWished(verbRange: verbRange))
        let acled = intent || Self.isNotDone(modality) ? nil : CAMEOMapping.acled(for: code) ?? EventKinds.acled(for: code, civilians: false)
        var confidence = confidence
        var eventDate: ResolvedDate?
        if let date {
            eventDate = date
        } else if Self.isNotYetDone(modality) {
            // A promised, demanded or supposed act has no day but one its own sentence names ("If the Taliban resume
            // attacks", "Israel will respond"): the story's day is that of what was done.
            eventDate = nil
            confidence *= 0.7
        } else if Self.continuesStory(lexical, verbRange: verbRange), let runningDate {
            eventDate = runningDate
            confidence *= 0.9
        } else {
            eventDate = (sentence.published ?? article.publicationDate).map { ResolvedDate(day: $0) }
            confidence *= 0.7
        }
        if var chosen = eventDate, modality == .done || modality == .alleged, let published = sentence.published ?? article.publicationDate,
            chosen.earliest > published
        {
            // A story's running date can be a promise's deadline; an act still happened by publication.
            chosen = ResolvedDate(day: published)
            eventDate = chosen
            confidence *= 0.8
        }
        if location.admin1 == nil { confidence *= 0.9 }
        // Statements speak of acts they do not report: an act promised, demanded, denied or imagined, or one that
        // nobody is named doing or suffering, is a weaker candidate than a named side's act reported done.
        if modality != .done { confidence *= 0.7 }
        if source == nil && target == nil { confidence *= 0.8 }
        return CodedEvent(
            date: eventDate, actor1: actor(source, in: sentence), actor2: actor(target, in: sentence), code: code,
            plover: CAMEOMapping.plover(for: code) ?? EventKinds.plover(for: code), acledEventType: acled?.eventType,
            acledSubEventType: acled?.subEventType, location: location, modality: modality,
            span: offsets.span(sentence.range), confidence: (confidence * 100).rounded() / 100)
    }

    /// Whether a modality says the act was not done: negated or denied.
    static func isNotDone(_ modality: Modality) -> Bool { modality == .negated || modality == .denied }

    func actor(_ mention: ActorMention?, in sentence: Sentence) -> CodedActor? {
        guard let mention else { return nil }
        let utf8 = Array(sentence.text.utf8)
        let range = min(mention.range.lowerBound, utf8.count)..<min(mention.range.upperBound, utf8.count)
        let words = String(decoding: utf8[range], as: UTF8.self)
        let name = coder.agreementActors?.actorID(code: mention.code, name: mention.name, text: words) ?? mention.name
        return CodedActor(name: name, code: mention.code, text: words)
    }

    /// The sentence's region, else its country when named as the place of the act and not the story's, else the region
    /// the story was last at, else the article's main one.
    mutating func location(for sentence: Sentence) -> CodedLocation {
        let places = sentence.places
        let place = places.first { $0.kind == .place }
        let regions = Self.builtInFirst(places.filter { $0.admin1 != nil })
        if let region = regions.first(where: { $0.kind == .admin1 && $0.qualified }) ?? regions.first {
            let location = CodedLocation(country: region.country, admin1: region.admin1, place: place?.place ?? region.place)
            runningRegion = CodedLocation(country: location.country, admin1: location.admin1)
            return location
        }
        var location = runningRegion ?? mainLocation
        if let country = Self.countryOfTheAct(places, in: sentence.text), country != location.country {
            // "… struck targets in southern Lebanon" in a story about Gaza: the story's region is not this event's.
            return CodedLocation(country: country, place: place?.place)
        }
        if location.country == nil {
            // "near the border with Burkina Faso" names a neighbour, not the place.
            let bytes = Array(sentence.text.utf8)
            let named = places.first { place in
                guard place.kind == .country else { return false }
                let before = String(decoding: bytes[max(0, place.range.lowerBound - 12)..<place.range.lowerBound], as: UTF8.self).lowercased()
                return !before.hasSuffix("border with ") && !before.hasSuffix("from ") && !before.hasSuffix("fled to ")
            }
            location.country = named?.country ?? mainLocation.country
        }
        location.place = place?.place
        return location
    }
}
