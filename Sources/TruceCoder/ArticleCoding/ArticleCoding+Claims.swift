import TruceModel

extension ArticleCoding {
    /// Quotations and reported speech, with their speaker's actor, date, and the event or provision they are about.
    mutating func claims(_ sentences: [Sentence]) {
        let bytes = Array(text.utf8)
        for found in ClaimFinder.claims(in: text) {
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
                // never when it was made.
                date = dates.first { $0.role == .point && $0.date.earliest <= published }?.date ?? ResolvedDate(day: published)
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
    mutating func figures(_ lexical: LexicalSentence, sentence: Sentence, published: Day) {
        let found = lexical.figures(published: published, anchor: runningDate?.earliest)
        guard !found.isEmpty else { return }
        let actors = coder.sentenceCoder.actors(in: sentence.text, on: published)
        for figure in found {
            // The actor whose figure it is: the nearest actor named before the number, else after it.
            let mention = actors.last { $0.range.upperBound <= figure.range.lowerBound } ?? actors.first
            let start = sentence.range.lowerBound
            result.figures.append(
                CodedFigure(
                    indicator: indicator(for: figure), value: figure.value, refersTo: figure.refersTo, kind: figure.kind,
                    actor: actor(mention, in: sentence),
                    span: offsets.span((start + figure.range.lowerBound)..<(start + figure.range.upperBound))))
        }
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
