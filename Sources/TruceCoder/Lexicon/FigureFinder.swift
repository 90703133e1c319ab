public import TruceModel

/// A number for an indicator found in a sentence: troop levels, prisoners released.
public struct FoundFigure: Hashable, Sendable {
    /// The counted noun as written, lowercased ("troops", "prisoners").
    public var noun: String
    /// The indicator slug the noun stands for ("troops", "prisoners_released"); the article
    /// coder maps slugs to an agreement's indicators.
    public var indicator: String
    public var value: Double
    /// The day or stretch the value holds for: a target's deadline, a current value's date
    /// (the publication day when the sentence names none). Nil for a target without a deadline.
    public var refersTo: ResolvedDate?
    public var kind: CodedFigure.Kind
    /// UTF-8 byte offsets of the number and its noun.
    public var range: Range<Int>

    public init(noun: String, indicator: String, value: Double, refersTo: ResolvedDate?, kind: CodedFigure.Kind, range: Range<Int>) {
        self.noun = noun
        self.indicator = indicator
        self.value = value
        self.refersTo = refersTo
        self.kind = kind
        self.range = range
    }
}

/// Finds indicator values: a count next to an indicator noun.
///
/// "from 13,000 to 8,600 by July" → 13,000 current (on publication) and 8,600
/// target (by July); "has about 12,000 troops" → 12,000 current; "released
/// 1,500 Taliban prisoners" → 1,500 `prisoners_released`; "will reduce its
/// forces to 4,500 by November" → 4,500 target. A value reached "to" which
/// the sentence promises, plans or demands, or that has a deadline, is a
/// target; a value "from" which something changes, or any reported value, is
/// current. Negated or denied values ("did not release 500 prisoners") and
/// vague ones ("thousands of troops") are left out.
///
/// Besides troops and prisoners: aid trucks ("600 trucks of aid a day", "50 trucks of
/// fuel"), counted attacks, strikes, sorties and targets struck, violations, hostages
/// held, taken or released, and people displaced ("nearly 10 million people have been
/// displaced", "300,000 Lebanese forced to live as refugees"); people counted without
/// such a noun are a figure only when the sentence says they were released, displaced or
/// taken hostage. The value is the number as written ("more than 1,200" is 1,200: the
/// qualifier bounds the figure, it does not change it). A current value that refers to a
/// time more than `Recency.days` before publication is `past`: history, not the
/// state of things now.
public enum FigureFinder {
    public static func figures(in sentence: String, published: Day, anchor: Day? = nil) -> [FoundFigure] {
        figures(LexTokenizer.tokens(sentence), published: published, anchor: anchor)
    }

    static func figures(_ tokens: [LexToken], published: Day, anchor: Day?) -> [FoundFigure] {
        guard tokens.contains(where: { $0.has(.indicatorNoun) }) else { return [] }
        let numbers = NumberFinder.mentions(in: tokens).filter { !$0.isVague }
        // "60 times" is a measure, not a count, to the number finder: a truce breached so often is read apart.
        guard !numbers.isEmpty || tokens.contains(where: { $0.isWord("times") }) else { return [] }
        let dates = DateFinder.mentions(in: tokens, published: published, anchor: anchor)
        // The sentence's first point date, and a pointer to the next deadline or span, found once.
        // A current value holds at the point date nearest to it; a date after "since" starts a
        // stretch instead ("since it began releasing them last month").
        let points = dates.filter { date in
            guard date.role == .point || date.role == .duration || date.role == .span && date.date.latest < published else { return false }
            let at = LexTokenizer.index(in: tokens, atOrAfter: date.range.lowerBound)
            var index = at - 1
            while index >= 0, index >= at - 6, tokens[index].kind != .punct {
                if tokens[index].isWord("since") { return false }
                index -= 1
            }
            return true
        }
        // A stretch wholly before publication ("between 8 and 14 March") is the time a count covers, not a deadline.
        let limits = dates.filter { $0.role == .deadline || $0.role == .span && $0.date.latest >= published }
        // "down from 13,000 a year ago": the date right after the value a level changed from is that value's own.
        let startDates = startValueDates(tokens, numbers: numbers, dates: points)
        let startDateStarts = Set(startDates.values.map(\.range.lowerBound))
        let includings = tokens.indices.filter { tokens[$0].isWord("including") }
        // Whether the sentence adds up a running total, asked once (`runningTotal`).
        var totals: Bool?
        // What a running total counts from: the day after "since", or the first of the year ("this year").
        let pointStarts = Set(points.map(\.range.lowerBound))
        let sinceDate = dates.first { !pointStarts.contains($0.range.lowerBound) && ($0.role == .point || $0.role == .duration) }
        let totalStart =
            sinceDate?.date.earliest
            ?? points.first { !$0.date.isSingleDay && $0.date.earliest <= published && $0.date.latest >= published }?.date.earliest
        var words: [String]?
        var nextLimit = 0
        var tokenIndex = 0
        var counted: (word: String, index: Int)?
        // The noun and casualty word of the last count that told people killed, hurt or taken.
        var casualtyBefore: (noun: Int, word: Int)?
        var result: [FoundFigure] = []
        for (position, number) in numbers.enumerated() {
            while tokenIndex < tokens.count, tokens[tokenIndex].start < number.range.lowerBound { tokenIndex += 1 }
            let first = tokenIndex
            var last = first
            while last + 1 < tokens.count, tokens[last + 1].end <= number.range.upperBound { last += 1 }
            guard first < tokens.count else { continue }
            let own = noun(for: tokens, first: first, last: last)
            guard let noun = own ?? elidedNoun(tokens, first: first, last: last, counted: counted) ?? displacedCount(tokens, first: first, last: last)
            else {
                // "wounded 12 policemen, 9 soldiers and …": a count of no indicator's noun may still open a list of casualties.
                if let casualty = casualtyWord(tokens, first: first, noun: last) { casualtyBefore = (phraseEnd(tokens, after: last), casualty) }
                continue
            }
            // "13,000 targets struck, including 2,000 command targets": a part of a count, named by its noun after
            // "including", breaks the count down; it is no figure of its own. (A part named otherwise, "250 taken
            // hostage, including 12 Americans", is one: who they were.)
            if let counted, counted.word == noun.word, counted.index < first,
                includings.contains(where: {
                    counted.index < $0 && $0 < first && first - $0 <= 3 && !tokens[$0..<first].contains { $0.kind == .punct }
                })
            {
                continue
            }
            counted = noun
            // The words that say what befell the count are around the count itself: for an elided noun
            // ("and released 300 of them") not around the noun counted before.
            let at = own?.index ?? last
            // "five soldiers were killed" counts casualties, not a troop level, unless it adds up a running total.
            // "the release of 39 citizens detained abroad": the release is what is counted.
            // "killed 49 Armenian soldiers and 50 Azerbaijani servicemen": a count listed after a casualty count shares its verb.
            let listed = casualtyBefore.flatMap { isListed(tokens, after: $0.noun, count: first, noun: at) ? $0.word : nil }
            if let casualty = casualtyWord(tokens, first: first, noun: at) ?? listed, !isReleased(tokens, before: first) {
                casualtyBefore = (at, casualty)
                let texts = words ?? tokens.filter { $0.kind == .word }.map(\.text)
                words = texts
                let isTotal = totals ?? isRunningTotal(texts)
                totals = isTotal
                if isTotal, let total = totalIndicator(tokens[casualty].text) {
                    let refersTo = ResolvedDate(earliest: min(totalStart ?? published, published), latest: published)
                    result.append(
                        FoundFigure(
                            noun: noun.word, indicator: total, value: number.written, refersTo: refersTo, kind: .current,
                            range: min(tokens[first].start, tokens[at].start)..<max(number.range.upperBound, tokens[at].end)))
                }
                continue
            }
            // "return the remains of 12 servicemen", "the bodies of 30 soldiers": the dead, not a level.
            if first >= 2, tokens[first - 1].isWord("of"), ["remains", "bodies", "body"].contains(tokens[first - 2].text) { continue }
            let modality = ModalityDetector.modality(tokens, verb: first, last: first)
            if modality == .negated || modality == .denied { continue }
            while nextLimit < limits.count, limits[nextLimit].range.lowerBound < number.range.upperBound { nextLimit += 1 }
            // Only a deadline close after the value is its own ("to 8,600 by July"), not one for a later clause.
            // A deadline later in the sentence is the value's own unless a past act governs the value
            // ("released 1,500 prisoners on Tuesday, and the rest will be freed by July").
            let ownDeadline = modality != .done || !isPastAct(tokens, before: first)
            let deadline = nextLimit < limits.count && ownDeadline ? limits[nextLimit] : nil
            let isStart = first > 0 && tokens[first - 1].isWord("from")
            let isTarget =
                !isStart
                && (modality == .promised || modality == .demanded || modality == .hypothetical || deadline != nil
                    || isFutureAfter(tokens, noun: at))
            // A start value's own date is its; the other values leave it ("8,600 troops remain, down from 13,000 a year ago").
            // A date told in a clause of its own after "and" and a verb is that clause's ("still holds 1,200 prisoners and
            // released 300 of them last week": the week is the release's).
            let ownPoints =
                startDates[position].map { [$0] }
                ?? points.filter { point in
                    !startDateStarts.contains(point.range.lowerBound) && !joinedClauseBetween(tokens, number.range, point.range)
                }
            // A target without a deadline is due on the day the sentence names for it ("will release 500 on January 5").
            let due = { nearest(ownPoints.filter { $0.date.latest >= published }, to: number.range) }
            let refersTo: ResolvedDate? = isTarget ? deadline?.date ?? due() : nearest(ownPoints, to: number.range) ?? ResolvedDate(day: published)
            var kind: CodedFigure.Kind = isTarget ? .target : .current
            if kind == .current, let refersTo, Recency.isHistory(refersTo.latest, published: published) { kind = .past }
            guard let indicator = slug(for: noun.word, tokens: tokens, first: first, noun: at) else { continue }
            let start = min(tokens[first].start, tokens[at].start)
            let end = max(number.range.upperBound, tokens[at].end)
            result.append(
                FoundFigure(noun: noun.word, indicator: indicator, value: number.written, refersTo: refersTo, kind: kind, range: start..<end))
        }
        // "breached the truce 60 times since it began": a count of breaches, its noun the verb's.
        for times in tokens.indices where tokens[times].isWord("times") {
            guard let number = numberBefore(tokens, times: times), let breach = breachVerb(tokens, before: number.start) else { continue }
            let modality = ModalityDetector.modality(tokens, verb: breach, last: breach)
            guard modality != .negated, modality != .denied else { continue }
            // Counted "since" a day (or since the truce began: `ArticleCoding.figures` knows its day) it adds up to
            // publication; else it holds at the day the sentence names.
            let isSince = tokens[times...].contains { $0.isWord("since") }
            let range = tokens[number.start].start..<tokens[times].end
            let refersTo =
                isSince
                ? ResolvedDate(earliest: min(totalStart ?? published, published), latest: published)
                : nearest(points, to: range) ?? ResolvedDate(day: published)
            let kind: CodedFigure.Kind = Recency.isHistory(refersTo.latest, published: published) ? .past : .current
            result.append(
                FoundFigure(noun: "times", indicator: "ceasefire_violations", value: number.value, refersTo: refersTo, kind: kind, range: range))
        }
        return result
    }

    /// The number that ends right before "times" ("60 times", "twenty-five times"), and where it starts.
    private static func numberBefore(_ tokens: [LexToken], times: Int) -> (start: Int, value: Double)? {
        for start in max(0, times - 4)..<times {
            if let parsed = NumberParser.parse(tokens, at: start), parsed.end == times, parsed.value >= 1 { return (start, parsed.value) }
        }
        return nil
    }

    /// Verbs of breaking a truce and the nouns of what is broken: "breached the truce 60 times", "violated the
    /// ceasefire more than 200 times".
    private static let breachVerbs: Set<String> = [
        "breached", "breach", "breaches", "breaching", "violated", "violate", "violates", "violating", "broke", "broken", "breaks",
        "breaking",
    ]
    private static let truceNouns: Set<String> = ["truce", "ceasefire", "cease-fire", "agreement", "deal", "accord", "armistice"]

    /// The verb of breaking whose count of times the number starting at `start` gives: a verb of breaking with a truce
    /// for its object ("breached the truce", "violated the ceasefire agreement", "breached it") stands before it in its clause. Nil for
    /// other counts of times ("tried three times", "attacked the town 12 times").
    private static func breachVerb(_ tokens: [LexToken], before start: Int) -> Int? {
        var index = start - 1
        // The value's own qualifiers ("more than 60") stand between; a count of digits only.
        while index >= 0, tokens[index].kind == .word,
            ["more", "than", "at", "least", "over", "some", "about", "nearly", "almost"].contains(tokens[index].text)
        {
            index -= 1
        }
        var sawTruce = false
        var steps = 0
        while index >= 0, steps < 8, tokens[index].kind != .punct {
            if truceNouns.contains(tokens[index].text) { sawTruce = true }
            // "had breached it 60 times": a pronoun right after the verb of breaking stands for what the story named as
            // broken; a count of times a thing named otherwise was broken ("broke the record", "the wall") has its noun.
            if tokens[index].isWord("it"), index > 0, breachVerbs.contains(tokens[index - 1].text) { sawTruce = true }
            if breachVerbs.contains(tokens[index].text) { return sawTruce ? index : nil }
            index -= 1
            steps += 1
        }
        return nil
    }

    /// Whether the date is told in a clause joined by "and" and a verb ("… and released 300 of them last week") that
    /// the value is not in: the joined clause runs from "and" to the next comma ("cut its forces to 8,600 and handed
    /// five bases over, the Pentagon said on Monday": Monday is the saying's, after the joined clause, and holds).
    private static func joinedClauseBetween(_ tokens: [LexToken], _ value: Range<Int>, _ date: Range<Int>) -> Bool {
        let from = min(value.upperBound, date.upperBound)
        let to = max(value.lowerBound, date.lowerBound)
        var index = LexTokenizer.index(in: tokens, atOrAfter: from)
        let limit = index + 40
        var joined = false
        // A date forty words away is not near enough to be the value's anyway: the look is bounded.
        while index + 1 < tokens.count, index < limit, tokens[index].start < to {
            if tokens[index].isWord("and"), isVerb(tokens[index + 1]) { joined = true }
            if joined, tokens[index].kind == .punct, [",", ";", ":"].contains(tokens[index].text) { joined = false }
            index += 1
        }
        return joined
    }

    /// The point date right after each value a level changed from ("down from 13,000 a year ago", "from 5,000 troops
    /// in January"), by the value's place among `numbers`: the date tells when that value held, not the others.
    private static func startValueDates(_ tokens: [LexToken], numbers: [NumberMention], dates: [DateMention]) -> [Int: DateMention] {
        guard !dates.isEmpty else { return [:] }
        let byStart = Dictionary(dates.map { ($0.range.lowerBound, $0) }, uniquingKeysWith: { first, _ in first })
        var owned: [Int: DateMention] = [:]
        for (position, number) in numbers.enumerated() {
            let first = LexTokenizer.index(in: tokens, atOrAfter: number.range.lowerBound)
            // "from 13,000", "compared with 980", "compared to 980": the value the other is measured against.
            let compared = first > 1 && ["with", "to"].contains(tokens[first - 1].text) && tokens[first - 2].isWord("compared")
            guard first > 0, tokens[first - 1].isWord("from") || compared else { continue }
            // The value, perhaps its noun and a modifier or two, then the date: no other word, no comma between.
            var index = LexTokenizer.index(in: tokens, atOrAfter: number.range.upperBound)
            var skipped = 0
            while index < tokens.count, skipped < 4, tokens[index].kind == .word, byStart[tokens[index].start] == nil,
                nouns[tokens[index].text] != nil || isModifier(tokens[index]) || ["in", "on", "during", "over"].contains(tokens[index].text)
            {
                index += 1
                skipped += 1
            }
            guard index < tokens.count, let date = byStart[tokens[index].start] else { continue }
            owned[position] = date
        }
        return owned
    }

    /// The date whose phrase is closest to `range` in the sentence (points are few: a linear pass).
    private static func nearest(_ dates: [DateMention], to range: Range<Int>) -> ResolvedDate? {
        func distance(_ date: DateMention) -> Int {
            date.range.lowerBound >= range.upperBound
                ? date.range.lowerBound - range.upperBound : max(0, range.lowerBound - date.range.upperBound)
        }
        return dates.min { distance($0) < distance($1) }?.date
    }

    /// Counted nouns and the indicator each stands for.
    static let nouns: [String: String] = [
        "troops": "troops", "troop": "troops", "soldiers": "troops", "forces": "troops", "personnel": "troops",
        "servicemembers": "troops", "marines": "troops", "servicemen": "troops",
        "prisoners": "prisoners", "detainees": "prisoners", "inmates": "prisoners", "captives": "prisoners",
        "hostages": "hostages", "peacekeepers": "peacekeepers", "bases": "bases", "fighters": "fighters", "refugees": "refugees",
        "contractors": "contractors", "trucks": "aid_trucks", "truckloads": "aid_trucks", "lorries": "aid_trucks",
        "attacks": "attacks", "violations": "ceasefire_violations", "strikes": "strikes", "airstrikes": "strikes",
        "sorties": "air_sorties", "targets": "targets_struck", "displaced": "displaced", "idps": "displaced",
        "returnees": "returnees",
        // People in general: a figure only when the sentence says what befell them (see `peopleSlug`).
        "people": "people", "civilians": "people", "citizens": "people", "nationals": "people", "persons": "people",
        "residents": "people", "innocents": "people", "individuals": "people", "villagers": "people", "passengers": "people",
        "children": "people", "families": "people", "workers": "people", "students": "people", "protesters": "people",
        "demonstrators": "people", "journalists": "people", "women": "people", "men": "people", "staff": "people",
    ]

    /// Verbs that put troops somewhere: "deployed 10,000 of its own personnel".
    private static let deployVerbs: Set<String> = [
        "deployed", "deploy", "deploys", "deploying", "sent", "send", "sends", "sending", "committed", "dispatched", "dispatch",
        "stationed", "surged",
    ]

    private static let releaseVerbs: Set<String> = [
        "released", "release", "releases", "releasing", "freed", "free", "frees", "freeing", "swapped", "exchanged",
    ]
    private static let withdrawVerbs: Set<String> = ["withdrew", "withdraw", "withdrawn", "withdrawing", "withdraws", "pulled", "removed"]

    /// Words allowed between a number and its noun ("12,000 U.S. troops", "1,500 Taliban prisoners").
    private static func isModifier(_ token: LexToken) -> Bool {
        guard token.kind == .word else { return false }
        if token.isCapitalized { return true }
        return [
            "more", "additional", "foreign", "american", "international", "military", "of", "its", "their", "the", "combat",
            "coalition", "government", "security", "armed", "service", "remaining", "other", "allied", "nato", "afghan", "u.s.",
            "own", "innocent", "air", "fuel", "aid", "humanitarian", "internally", "new", "separate", "total",
        ].contains(token.text)
    }

    private static let linkingWords: Set<String> = [
        "to", "from", "at", "of", "around", "about", "numbering", "totalling", "totaling", "level", "levels", "strength",
        "number", "numbers", "down", "up", "by", "some", "roughly", "approximately", "nearly", "almost", "in", "was", "is",
        "were", "are", "stood", "stands", "reached", "fell", "rose", "just", "over", "under", "the", "its", "their", "total",
        "presence", "contingent", "deployment", "along", "across", "near", "inside", "on",
    ]

    /// The counts a free modifier may stand before: people held, sent or displaced, and violations.
    private static let ownedCounts: Set<String> = [
        "troops", "prisoners", "hostages", "peacekeepers", "fighters", "refugees", "displaced", "returnees", "people", "ceasefire_violations",
    ]

    /// Words that are not part of a counted noun's phrase: joining words, auxiliaries, prepositions.
    private static let notModifiers: Set<String> = [
        "and", "or", "but", "than", "as", "a", "an", "were", "are", "was", "is", "be", "been", "have", "has", "had", "will", "would",
        "into", "on", "in", "at", "by", "for", "with", "from", "to", "not", "no", "per", "each", "who", "which", "that", "out", "off",
        "against", "among", "between", "over", "under", "after", "before", "since", "during",
    ]

    /// The indicator noun after the number, or before it across "to", "from" or "at".
    static func noun(for tokens: [LexToken], first: Int, last: Int) -> (word: String, index: Int)? {
        // Forward: "8,600 troops", "1,500 Taliban prisoners", "13,000 to 8,600 troops".
        var index = last + 1
        var skipped = 0
        while index < tokens.count, skipped <= 3 {
            let token = tokens[index]
            if token.kind == .word, nouns[token.text] != nil { return (token.text, index) }
            if token.kind == .word, token.text == "members", index > 0, tokens[index - 1].isWord("service") { return ("service members", index) }
            // "70,000 Israelis": a people of a place, counted as people are (see `peopleSlug`).
            if isDemonymPlural(token), index + 1 >= tokens.count || !(tokens[index + 1].isCapitalized || nouns[tokens[index + 1].text] != nil) {
                return (token.text, index)
            }
            // "1,200 rebel prisoners", "112 ceasefire violations": one word of any kind right before a noun of people or
            // violations says whose they are or what was violated. Before a noun of things struck it names a kind of them
            // ("600 naval targets", "1,500 air defense targets": a breakdown of the targets, not their count).
            let modifiesNoun =
                token.kind == .word && index + 1 < tokens.count && tokens[index + 1].kind == .word
                && nouns[tokens[index + 1].text].map(ownedCounts.contains) == true
                && !notModifiers.contains(token.text) && !casualtyWords.contains(token.text)
            if token.isWord("to") || token.kind == .digits || (token.isPunct("-") && !token.spaceBefore) || isModifier(token) || modifiesNoun {
                index += 1
                skipped += 1
                continue
            }
            break
        }
        // Backward: "reduce its forces to 4,500", "troop levels from 13,000 to 8,600".
        index = first - 1
        skipped = 0
        while index >= 0, skipped <= 6 {
            let token = tokens[index]
            if token.kind == .punct, token.text != "-" { break }
            if token.kind == .word, nouns[token.text] != nil {
                // The noun must lead into the number through linking words only ("forces in Afghanistan to 8,600",
                // "troop levels from 13,000 to"), not belong to another phrase ("forces out of the city and its three ports").
                let between = tokens[(index + 1)..<first]
                // A phrase of place may stand between ("its troop presence along the border from 6,000"): a word after
                // "the", "its" or "their" belongs to it.
                guard between.contains(where: { ["to", "from", "at", "of", "around", "about", "numbering", "totalling"].contains($0.text) }),
                    between.indices.allSatisfy({ at in
                        let token = tokens[at]
                        return token.kind == .digits || token.isCapitalized || linkingWords.contains(token.text)
                            || token.kind == .word && ["the", "its", "their"].contains(tokens[at - 1].text) && !notModifiers.contains(token.text)
                    })
                else { return nil }
                return (token.text, index)
            }
            index -= 1
            skipped += 1
        }
        return nil
    }

    /// The noun a count without one of its own counts again: the one the sentence counted last, when the count
    /// follows a joining word, a comma, "from" or a verb ("holds 1,200 prisoners and released 300 of them",
    /// "112 violations in September, down from 310 in August", "46 detainees were freed, and 130 remain") and stands
    /// at the clause's end, before "of them" or before a verb of being or remaining.
    static func elidedNoun(_ tokens: [LexToken], first: Int, last: Int, counted: (word: String, index: Int)?) -> (word: String, index: Int)? {
        guard let counted, counted.index < first, first > 0 else { return nil }
        let before = tokens[first - 1]
        // "from 6,000 to 2,500": the value reached counts what the value left counts.
        let contrast = before.isWord("from") || before.isWord("to") && first >= 2 && tokens[first - 2].kind == .digits
        let joined =
            before.isPunct(",") || before.isPunct(";") || joinedWords.contains(before.text)
            || before.kind == .word
                && (before.text.hasSuffix("ed") || releaseVerbs.contains(before.text) || ["holds", "hold", "holding"].contains(before.text))
        guard contrast || joined else { return nil }
        guard last + 1 < tokens.count, !contrast else { return counted }
        let next = tokens[last + 1]
        if next.kind == .punct { return [",", ".", ";", ":"].contains(next.text) ? counted : nil }
        if next.isWord("of"), last + 2 < tokens.count, ["them", "those", "these", "whom"].contains(tokens[last + 2].text) { return counted }
        let verbs: Set<String> = ["remain", "remained", "remains", "are", "were", "have", "has", "had", "still", "returned", "stay", "stayed"]
        if verbs.contains(next.text) { return counted }
        // "and injured 140 since 2 May", "released 300 last week": a verb's bare count, then when or where.
        let isVerbsObject = before.kind == .word && !joinedWords.contains(before.text)
        return isVerbsObject && adverbialStarts.contains(next.text) ? counted : nil
    }

    private static let joinedWords: Set<String> = ["and", "but", "while", "whereas", "that", "with"]
    /// Words that open a phrase of time or place after a verb's object.
    private static let adverbialStarts: Set<String> = [
        "since", "so", "to", "in", "on", "at", "during", "over", "last", "this", "yesterday", "today", "overnight",
    ]

    /// A capitalised plural such as "Israelis", "Americans", "Afghans" (not an acronym, not "U.S.").
    private static func isDemonymPlural(_ token: LexToken) -> Bool {
        guard token.kind == .word, token.isCapitalized, token.text.count > 4, token.text.hasSuffix("s"), !token.text.hasSuffix("ss") else {
            return false
        }
        return token.text.allSatisfy(\.isLetter)
    }

    /// "1,960 peacekeepers will be stationed", "5,000 prisoners are to be freed": a future verb after the noun.
    private static func isFutureAfter(_ tokens: [LexToken], noun: Int) -> Bool {
        var index = noun + 1
        while index < tokens.count, index <= noun + 4, tokens[index].kind == .word {
            let word = tokens[index].text
            if ["will", "shall", "would", "should", "must"].contains(word) { return true }
            if word == "to", index + 1 < tokens.count, tokens[index + 1].isWord("be") { return true }
            index += 1
        }
        return false
    }

    private static let casualtyWords: Set<String> = [
        "killed", "kill", "kills", "killing", "wounded", "wounds", "wounding", "injured", "injuring", "died", "dead", "deaths", "died",
        "captured", "detained", "abducted", "kidnapped", "hurt", "missing", "executed", "arrested", "casualties", "lost",
    ]

    /// The casualty word of a count ("five soldiers were killed", "killed 12 civilians"), if any: within three words
    /// after its noun, or before the count in its own clause ("killed and over 1.1 million people fled" counts the
    /// displaced, not the dead).
    private static func casualtyWord(_ tokens: [LexToken], first: Int, noun: Int) -> Int? {
        // After the noun ("58 civilians were killed"), up to the next clause: in "killed 58 civilians and injured 213" the
        // injuring is the next count's.
        // "35 of them are dead": the casualty word follows the part named.
        var after = noun + 1
        if after + 1 < tokens.count, tokens[after].isWord("of"), ["them", "those", "these", "whom"].contains(tokens[after + 1].text) { after += 2 }
        for index in after..<min(tokens.count, after + 3) {
            if casualtyWords.contains(tokens[index].text) { return index }
            if tokens[index].kind == .punct || tokens[index].isWord("and") || tokens[index].isWord("or") { break }
        }
        var index = first - 1
        while index >= 0, index >= first - 3 {
            let token = tokens[index]
            if casualtyWords.contains(token.text) { return index }
            if token.kind == .punct || token.isWord("and") || token.isWord("or") { return nil }
            index -= 1
        }
        return nil
    }

    /// Whether a count is the next item of a list that began with a casualty count whose noun is `noun`: only "and", commas
    /// and words of amount stand between ("… soldiers and at least 50 servicemen"), and no verb follows the count's noun
    /// ("… soldiers, and 3,000 troops remain" opens a clause of its own).
    private static func isListed(_ tokens: [LexToken], after noun: Int, count first: Int, noun counted: Int) -> Bool {
        guard noun + 1 < first else { return false }
        let between = tokens[(noun + 1)..<first]
        guard between.contains(where: { $0.isWord("and") || $0.isPunct(",") }),
            between.allSatisfy({ $0.isWord("and") || $0.isPunct(",") || amountWords.contains($0.text) })
        else { return false }
        return counted + 1 >= tokens.count || !isVerb(tokens[counted + 1])
    }

    /// The last word of the noun phrase right after a count: "12 policemen", "12 Syrian policemen" (up to three words,
    /// not past punctuation or "and").
    private static func phraseEnd(_ tokens: [LexToken], after last: Int) -> Int {
        var end = last
        while end + 1 < tokens.count, end - last < 3, tokens[end + 1].kind == .word, !tokens[end + 1].isWord("and"), !isVerb(tokens[end + 1]) {
            end += 1
        }
        return end
    }

    private static let amountWords: Set<String> = [
        "at", "least", "more", "than", "over", "nearly", "almost", "about", "around", "some", "another", "up", "to", "roughly",
        "approximately", "as", "many",
    ]

    /// Whether the sentence adds up a running total (`RunningTotal`): a word saying from when, and any casualty verb of
    /// the sentence in the perfect ("has killed 4,000 people … and wounded 16,500").
    private static func isRunningTotal(_ words: [String]) -> Bool {
        RunningTotal.isMarked(words) && words.indices.contains { casualtyWords.contains(words[$0]) && RunningTotal.isPerfect(words, verb: $0) }
    }

    /// The indicator of a casualty count of a running total: "850 civilians have been killed since the war began" is
    /// `killed_total`, "… and wounded 16,500" `wounded_total`; nil for other casualty words (captured, missing).
    private static func totalIndicator(_ word: String) -> String? {
        if ["killed", "died", "dead", "deaths", "lost"].contains(word) { return "killed_total" }
        if ["wounded", "injured", "hurt"].contains(word) { return "wounded_total" }
        return nil
    }

    /// Whether a verb in the past tense governs the value: an "-ed" or irregular past verb within
    /// the six words before it, not a passive after "be" or "to".
    private static func isPastAct(_ tokens: [LexToken], before first: Int) -> Bool {
        var index = first - 1
        while index >= 0, index >= first - 6 {
            let token = tokens[index]
            if token.kind == .punct { return false }
            if let future = Tense.marker(token), token.text != "says", token.text != "has", token.text != "have" {
                if future { return false }
                let previous = index > 0 ? tokens[index - 1].text : ""
                // "prisoners held by the Taliban": a participle describing a noun, not an act.
                if index + 1 < tokens.count, tokens[index + 1].isWord("by") {
                    index -= 1
                    continue
                }
                return !["be", "been", "being", "to", "is", "are"].contains(previous)
            }
            index -= 1
        }
        return false
    }

    /// The indicator a counted noun stands for in its sentence; nil when the count is not an indicator's
    /// (people counted without a word saying they were released, displaced or taken hostage).
    private static func slug(for noun: String, tokens: [LexToken], first: Int, noun index: Int) -> String? {
        let base = nouns[noun] ?? (noun == "service members" ? "troops" : "people")
        let window = clauseWindow(tokens, first: first, noun: index)
        // People, fighters or soldiers held in custody are prisoners held, whoever they are; a release comes first.
        if ["people", "fighters", "troops", "prisoners"].contains(base), isHeld(tokens, first: first, noun: index),
            !window.contains(where: { releaseVerbs.contains(tokens[$0].text) })
        {
            return "prisoners_held"
        }
        if base == "people" {
            return peopleSlug(tokens, first: first, noun: index)
        }
        if base == "aid_trucks" {
            // "50 trucks of fuel", "30 fuel trucks".
            let near = max(0, first)..<min(tokens.count, index + 3)
            return near.contains { tokens[$0].isWord("fuel") } ? "fuel_trucks" : base
        }
        if base == "hostages" { return hostageSlug(tokens, window: clauseWindow(tokens, first: first, noun: index, after: 6)) }
        guard base == "prisoners" || base == "troops" else { return base }
        let words = window.map { tokens[$0].text }
        if base != "troops", words.contains(where: releaseVerbs.contains) { return base + "_released" }
        // Soldiers released by the other side are prisoners freed, not a troop level.
        if base == "troops", words.contains(where: releaseVerbs.contains) { return "prisoners_released" }
        // Only when the count is the object withdrawn ("withdrew 2,000 troops"), not a level reached.
        if base == "troops", index > first, first > 0, !tokens[first - 1].isWord("to"),
            words.prefix(first - window.lowerBound).contains(where: withdrawVerbs.contains)
        {
            return "troops_withdrawn"
        }
        // "Thailand returned 18 Cambodian soldiers it had captured": soldiers handed back are prisoners freed.
        if first > 0, returnVerbs.contains(tokens[first - 1].text) { return "prisoners_released" }
        if base == "troops", first > 0, !tokens[first - 1].isWord("to"), words.prefix(first - window.lowerBound).contains(where: deployVerbs.contains)
        {
            return "troops_deployed"
        }
        return base
    }

    /// A word that reads as a verb starting a clause: a past form, a release verb or an auxiliary.
    private static func isVerb(_ token: LexToken) -> Bool {
        token.kind == .word
            && (token.text.hasSuffix("ed") || releaseVerbs.contains(token.text)
                || ["has", "have", "had", "is", "are", "was", "were", "will", "holds", "remain", "remains"].contains(token.text))
    }

    /// The words that say what befell a count: up to five before it and a few after its noun, within its clause — not
    /// across a comma or semicolon that joins another clause before it ("were freed on Monday, and 210 remain"), nor
    /// past "and" and a verb after it ("holds 1,200 prisoners and released 300 of them": the release is the 300's).
    private static func clauseWindow(_ tokens: [LexToken], first: Int, noun index: Int, after: Int = 4) -> Range<Int> {
        var start = first
        while start > max(0, first - 5) {
            let previous = tokens[start - 1]
            if previous.isPunct(";") { break }
            if previous.isPunct(","), start < tokens.count, ["and", "but", "while", "whereas"].contains(tokens[start].text) { break }
            start -= 1
        }
        guard index >= first else { return start..<max(start, min(tokens.count, index + after)) }
        var end = index + 1
        while end < min(tokens.count, index + after), !(tokens[end].isWord("and") && end + 1 < tokens.count && isVerb(tokens[end + 1])),
            !tokens[end].isPunct(",")
        {
            end += 1
        }
        return start..<end
    }

    /// Words after a count of people that say they are held: "in custody", "in detention", "behind bars", "as
    /// prisoners", "captive".
    private static let custodyPhrases: [[String]] = [
        ["in", "custody"], ["in", "detention"], ["in", "jail"], ["in", "prison"], ["in", "prisons"], ["behind", "bars"],
        ["as", "prisoners"], ["as", "prisoners", "of", "war"], ["captive"], ["in", "captivity"],
    ]

    /// Whether a count of people is of people held: a phrase of custody within the five words after its noun, in its
    /// clause ("holds 1,200 rebel fighters in custody", "300 civilians remain in detention"), or a present verb of
    /// detaining right before the count ("detains 40 protesters", "is detaining 90 men": a state; "detained 40" told
    /// an arrest, an act), or of holding before prisoners ("holds 420 prisoners"; "holds 2,000 troops" is a level).
    private static func isHeld(_ tokens: [LexToken], first: Int, noun: Int) -> Bool {
        if first > 0, ["detains", "detaining"].contains(tokens[first - 1].text) { return true }
        if first > 0, ["holds", "holding", "hold"].contains(tokens[first - 1].text), nouns[tokens[noun].text] == "prisoners" { return true }
        var index = noun + 1
        while index < tokens.count, index <= noun + 5, tokens[index].kind == .word {
            for phrase in custodyPhrases where index + phrase.count <= tokens.count {
                if phrase.indices.allSatisfy({ tokens[index + $0].text == phrase[$0] }) { return true }
            }
            index += 1
        }
        return false
    }

    /// Hostages taken ("250 were taken hostage"), released ("the release of 105 hostages"), else held.
    private static func hostageSlug(_ tokens: [LexToken], window: Range<Int>) -> String {
        if window.contains(where: { releaseVerbs.contains(tokens[$0].text) || tokens[$0].isWord("release") }) { return "hostages_released" }
        if window.contains(where: { ["taken", "took", "kidnapped", "abducted", "seized"].contains(tokens[$0].text) }) { return "hostages_taken" }
        return "hostages_held"
    }

    /// What a count of people is a figure of: released ("secured the release of 39 citizens"), displaced
    /// ("10 million people have been displaced", "forced to live as refugees") or taken hostage; else nil.
    private static func peopleSlug(_ tokens: [LexToken], first: Int, noun: Int) -> String? {
        var after: [String] = []
        var index = noun + 1
        // Up to the end of the clause, or an "and" that adds other people ("two million people and thousands of displaced").
        while index < tokens.count, after.count < 10, !(tokens[index].kind == .punct && [".", ";", "!", "?"].contains(tokens[index].text)),
            !tokens[index].isWord("and")
        {
            if tokens[index].kind == .word { after.append(tokens[index].text) }
            index += 1
        }
        // "85,000 have returned to their villages": the displaced who went home are returnees, counted apart.
        if after.contains(where: { ["returned", "returning", "returnees"].contains($0) }) { return "returnees" }
        let displacement: Set<String> = ["displaced", "refugees", "refugee", "fled", "flee", "uprooted", "homeless", "evacuated"]
        if after.contains(where: displacement.contains) { return "displaced" }
        // "forced from their homes", "driven from their homes".
        if let homes = after.firstIndex(where: { $0 == "homes" || $0 == "home" }), homes >= 2, after[homes - 2] == "from" { return "displaced" }
        if first > 0, displacingVerbs.contains(tokens[first - 1].text) { return "displaced" }
        if let hostage = after.firstIndex(of: "hostage") ?? after.firstIndex(of: "hostages"), hostage > 0,
            ["taken", "held", "kidnapped", "being"].contains(after[hostage - 1])
        {
            return after[hostage - 1] == "taken" ? "hostages_taken" : "hostages_held"
        }
        if isReleased(tokens, before: first) || after.prefix(2).contains(where: releaseVerbs.contains) { return "detainees_released" }
        return nil
    }

    /// Verbs whose object is the people displaced: "displaced 300,000 people", "uprooted more than 2 million".
    private static let displacingVerbs: Set<String> = ["displaced", "displacing", "displaces", "uprooted", "uprooting"]

    /// A count with no noun right after a verb of displacing ("fighting that displaced more than 300,000"): the people
    /// displaced, counted as the noun "displaced" counts them.
    private static func displacedCount(_ tokens: [LexToken], first: Int, last: Int) -> (word: String, index: Int)? {
        guard first > 0, displacingVerbs.contains(tokens[first - 1].text) else { return nil }
        guard last + 1 < tokens.count, tokens[last + 1].kind == .word else { return ("displaced", first - 1) }
        // "displaced 300,000 in Darfur", "displaced 300,000 since April": the count ends where a phrase of place or time begins.
        return adverbialStarts.contains(tokens[last + 1].text) ? ("displaced", first - 1) : nil
    }

    /// A release in the four words before the number: "secured the release of 39", "freed 14".
    /// A count right after "returned" or "repatriated" is of people handed back ("returned 18 soldiers it had captured").
    private static func isReleased(_ tokens: [LexToken], before first: Int) -> Bool {
        (max(0, first - 4)..<first).contains { releaseVerbs.contains(tokens[$0].text) || tokens[$0].isWord("release") }
            || first > 0 && returnVerbs.contains(tokens[first - 1].text)
    }

    private static let returnVerbs: Set<String> = ["returned", "repatriated", "returning", "repatriating"]
}
