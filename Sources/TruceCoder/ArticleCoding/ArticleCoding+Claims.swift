import TruceModel

extension ArticleCoding {
    /// Quotations and reported speech, with their speaker's actor, date, and the event or provision they are about.
    mutating func claims(_ sentences: [Sentence]) {
        let bytes = Array(text.utf8)
        for found in ClaimFinder.claims(in: text).map({ Self.withoutDateline($0, sentences: sentences, bytes: bytes) }) {
            let sentence =
                sentences.first { $0.range.contains(found.range.lowerBound) } ?? sentences.last { $0.range.lowerBound <= found.range.lowerBound }
            var date: ResolvedDate?
            if let published = article.publicationDate {
                let window = sentence.map { String(decoding: bytes[$0.range], as: UTF8.self) } ?? found.quote
                // A relative clause's date is of what it tells ("The army, which has fought the RSF since April 2023,
                // said …"), not of the statement.
                let windowBytes = Array(window.utf8)
                let relativeClauses = Self.asides(in: window).filter { windowBytes[$0.lowerBound] == 0x2C }
                let dates = Self.outsideOtherAsides(DateFinder.dates(in: window, published: published), asides: relativeClauses, holding: 0..<0)
                // A day after publication is what the claim is about ("ahead of the elections scheduled for December"),
                // never when it was made. A day told outside the quoted words ("officials said on Wednesday") is the
                // saying's own, before one inside them (the act's: "attacks on Tuesday night").
                let said = dates.filter { $0.role == .point && $0.date.earliest <= published }
                let start = sentence?.range.lowerBound ?? found.quoteRange.lowerBound
                let quoted = (found.quoteRange.lowerBound - start)..<(found.quoteRange.upperBound - start)
                let outsideQuote = sentence == nil ? nil : said.first { !quoted.contains($0.range.lowerBound) }
                date = (outsideQuote ?? said.first)?.date ?? ResolvedDate(day: published)
            }
            var speaker = found.speaker
            // "Hamas would not allow anybody to leave, and then they said …": a pronoun or a bare quantifier ("all",
            // "both") names nobody; the speaker is the actor it stands for (`antecedent`).
            if Self.namesNobody(speaker), let antecedent = antecedent(before: found.speakerRange?.lowerBound ?? found.range.lowerBound, in: sentences)
            {
                speaker = antecedent
            }
            let speakerActor = coder.sentenceCoder.actors(in: speaker, on: article.publicationDate).first.map { mention in
                let name = coder.agreementActors?.actorID(code: mention.code, name: mention.name, text: speaker) ?? mention.name
                return CodedActor(name: name, code: mention.code, text: speaker)
            }
            let quoteSpan = found.quoteRange
            // The event a claim is about: one coded from a sentence inside the quoted words.
            let about = result.events.indices.first { index in
                let span = result.events[index].span
                let start = offsets.scalarOffset(quoteSpan.lowerBound)
                let end = offsets.scalarOffset(quoteSpan.upperBound)
                return span.start < end && start < span.end
            }
            result.claims.append(
                CodedClaim(
                    speaker: speaker, speakerActor: speakerActor, verb: found.verb, quote: found.quote, date: date,
                    modality: found.modality, span: offsets.span(found.range), aboutProvision: provision(about: found.quote),
                    aboutEvent: about))
        }
    }

    /// The claim with its quote (and span) starting no earlier than the sentence it starts in: the bytes before a
    /// sentence that no sentence holds are a dateline ("GOMA, Congo, June 18, 2024 (Reuters) -"), the reporter's
    /// place and day, not anyone's words.
    static func withoutDateline(_ found: FoundClaim, sentences: [Sentence], bytes: [UInt8]) -> FoundClaim {
        let quote = found.quoteRange
        guard let sentence = sentences.first(where: { $0.range.upperBound > quote.lowerBound }),
            sentence.range.lowerBound > quote.lowerBound, sentence.range.lowerBound < quote.upperBound,
            bytes[quote.lowerBound..<sentence.range.lowerBound].contains(where: { !Bytes.isSpace($0) })
        else { return found }
        var trimmed = found
        trimmed.quoteRange = sentence.range.lowerBound..<quote.upperBound
        trimmed.quote = String(decoding: bytes[trimmed.quoteRange], as: UTF8.self)
        if trimmed.range.lowerBound < sentence.range.lowerBound { trimmed.range = sentence.range.lowerBound..<trimmed.range.upperBound }
        return trimmed
    }

    /// Words that stand for a speaker without naming one: pronouns and quantifiers.
    static let standInWords: Set<String> = [
        "they", "he", "she", "it", "we", "all", "both", "each", "some", "many", "others", "everyone", "everybody", "one",
        "most", "few", "several", "none", "of", "them", "us", "the", "two", "sides",
    ]

    /// Whether a speaker phrase is made only of pronouns and quantifiers ("they", "all of them", "both sides").
    static func namesNobody(_ speaker: String) -> Bool {
        let words = speaker.lowercased().split { !$0.isLetter }
        return !words.isEmpty && words.allSatisfy { standInWords.contains(String($0)) }
    }

    /// The words of the actor a pronoun at byte offset `position` stands for: the last actor named before it in its
    /// sentence, else the first named in the sentence before, its subject ("The Council called on the government to
    /// investigate. They stressed …": the Council stressed).
    func antecedent(before position: Int, in sentences: [Sentence]) -> String? {
        guard let index = sentences.lastIndex(where: { $0.range.lowerBound <= position }) else { return nil }
        for candidate in sentences[max(0, index - 1)...index].reversed() {
            let limit = position - candidate.range.lowerBound
            let mentions = coder.sentenceCoder.actors(in: candidate.text, on: article.publicationDate)
            let named = mentions.filter { $0.range.upperBound <= limit && !$0.code.isEmpty }
            guard let last = candidate.range.upperBound <= position ? named.first : named.last else { continue }
            let utf8 = Array(candidate.text.utf8)
            return String(decoding: utf8[min(last.range.lowerBound, utf8.count)..<min(last.range.upperBound, utf8.count)], as: UTF8.self)
        }
        return nil
    }

    /// The agreement provision whose distinctive words the quote shares most (at least three, or half of them).
    func provision(about quote: String) -> String? {
        guard let agreement = coder.agreement, !agreement.provisions.isEmpty else { return nil }
        let quoteWords = ContentWords.of(quote)
        guard !quoteWords.isEmpty else { return nil }
        var best: (id: String, score: Double)?
        for provision in agreement.provisions {
            let words = ContentWords.of(provision.text)
            guard !words.isEmpty else { continue }
            let shared = words.intersection(quoteWords).count
            guard shared >= 3 || (shared >= 2 && shared * 2 >= words.count) else { continue }
            let score = Double(shared) / Double(words.count)
            if best.map({ score > $0.score }) ?? true { best = (provision.id, score) }
        }
        return best?.id
    }

    /// Indicator values in a sentence, named with the agreement's indicators when one matches.
    @discardableResult
    mutating func figures(_ lexical: LexicalSentence, sentence: Sentence, published: Day) -> [FoundFigure] {
        let found = lexical.figures(published: published, anchor: runningDate?.earliest)
        guard !found.isEmpty else { return found }
        // "Both sides released 40 prisoners": the sides named together are the figure's actor, as a commitment's obligor.
        let actors = Parties.merged(coder.sentenceCoder.actors(in: sentence.text, on: published), Parties.mentions(in: lexical.tokens))
        for figure in found {
            // The actor whose figure it is: the nearest actor named before the number, else after it; never the people
            // counted ("released 40 prisoners" is not the prisoners' figure). People held are not their own holder ("the
            // junta detains 40 journalists": the junta's, even unknown).
            let held = figure.indicator == "prisoners_held"
            let mention =
                actors.last { $0.range.upperBound <= figure.range.lowerBound }
                ?? (held ? nil : actors.first { !$0.range.overlaps(figure.range) })
            let start = sentence.range.lowerBound
            // "Russia and Ukraine each freed 95 prisoners": a figure for each doer.
            let doers: [ActorMention?] = Self.distributedDoers(actors, before: figure.range.lowerBound, in: sentence.text) ?? [mention]
            for doer in doers {
                result.figures.append(
                    CodedFigure(
                        indicator: indicator(for: figure), value: figure.value,
                        refersTo: truceStart(for: figure, in: sentence.text) ?? figure.refersTo, kind: figure.kind,
                        actor: actor(doer, in: sentence),
                        span: offsets.span((start + figure.range.lowerBound)..<(start + figure.range.upperBound))))
            }
        }
        return found
    }

    /// What a count of breaches "since it began" (the truce, told before without its day: "since it took effect", "since
    /// the truce began") covers: from the day of the truce the article last told to publication. Nil for any other figure,
    /// or when no truce was told with a day before publication.
    func truceStart(for figure: FoundFigure, in sentence: String) -> ResolvedDate? {
        guard figure.indicator == "ceasefire_violations", let refersTo = figure.refersTo, refersTo.earliest == refersTo.latest else { return nil }
        let words = sentence.lowercased().split { !$0.isLetter }
        guard let since = words.firstIndex(of: "since"), since + 1 < words.count,
            words[(since + 1)...].prefix(4).contains(where: {
                ["began", "begun", "started", "effect", "force", "signed", "agreed"].contains(String($0))
            })
        else { return nil }
        guard let truce = result.events.last(where: { $0.code.hasPrefix("0871") || $0.code.hasPrefix("057") }), let day = truce.date,
            day.earliest <= refersTo.latest
        else { return nil }
        return ResolvedDate(earliest: day.earliest, latest: refersTo.latest)
    }

    /// The agreement's indicator whose name shares a word stem with the figure's noun or slug, else the slug.
    func indicator(for figure: FoundFigure) -> String {
        guard let agreement = coder.agreement else { return figure.indicator }
        var names: [String] = []
        for provision in agreement.provisions {
            switch provision.kind {
            case .target(let target): names.append(target.condition.indicator)
            case .obligation(let obligation): if let condition = obligation.observation { names.append(condition.indicator) }
            default: break
            }
        }
        let stems = Set((figure.indicator.split(separator: "_") + figure.noun.split(separator: " ")).map { String($0.prefix(5)).lowercased() })
        let match = names.first { name in
            name.lowercased().split { $0 == "_" || $0 == " " || $0 == "-" }.contains { stems.contains(String($0.prefix(5))) }
        }
        return match ?? figure.indicator
    }
}

/// The distinctive words of a text: lower case, five letters or more, common words left out.
enum ContentWords {
    static let common: Set<String> = [
        "about", "after", "again", "against", "agreement", "among", "being", "before", "between", "could", "during", "every",
        "first", "forces", "other", "shall", "should", "their", "there", "these", "those", "through", "under", "until", "where",
        "which", "while", "would", "parties", "party",
    ]

    static func of(_ text: String) -> Set<String> {
        var result: Set<String> = []
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) where word.count >= 5 {
            let stem = String(word.prefix(7))
            if !common.contains(String(word)) { result.insert(stem) }
        }
        return result
    }
}
