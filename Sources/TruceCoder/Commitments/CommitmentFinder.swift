public import TruceModel

/// A commitment found in one sentence, before its actor and span are put in the article's terms.
public struct FoundCommitment: Hashable, Sendable {
    /// The side that owes the act, as the actor finder named it; nil when the sentence names none.
    public var obligor: ActorMention?
    /// The kind of act owed.
    public var act: CommitmentAct
    /// The act's verb (or noun, after "agreed to the"), lower case.
    public var verb: String
    /// The words that state the commitment, as written.
    public var modal: String
    /// What follows the verb up to the deadline or the clause's end; nil when nothing.
    public var object: String?
    /// Whether the act is forbidden rather than owed.
    public var negated: Bool
    /// Whether the act is undertaken ("will") or only recommended ("should").
    public var strength: CommitmentStrength
    /// The deadline, counted from publication when relative.
    public var deadline: CommitmentDeadline?
    /// Whether the deadline counts from the signing ("within 135 days of the signing").
    public var countsFromSigning: Bool
    /// 0…1, as ``CodedCommitment/confidence``.
    public var confidence: Double
    /// UTF-8 offset of the modal in the sentence: an obligor mention that runs past it names more than the subject.
    public var modalStart: Int
}

/// Finds commitments in a sentence: a modal or a verb of undertaking ("will", "shall", "must",
/// "is to", "agreed to", "committed to", "pledged to") before an act verb, with "not" making it a
/// prohibition; the deadline from "by", "before", "no later than" and a date, or "within" and a time.
///
/// The rules are statements about English, each pinned by its own sentences in `CommitmentFinderTests`:
/// - the obligor of an active commitment is the last actor named before its modal; of a passive
///   one ("prisoners will be released by the government") the actor after "by";
/// - a modal inside an "if" or "unless" clause states a condition, not a commitment;
/// - acts joined by "and" share the modal and the obligor ("will reduce … and withdraw …"), each
///   with the deadline that follows it;
/// - "prevent" and "deny" owe the opposite of allowing.
public enum CommitmentFinder {
    /// The commitments of `sentence`, given the actors the sentence coder found in it (UTF-8 ranges).
    ///
    /// - Parameter published: the day relative deadlines count from when the text names none.
    public static func commitments(in sentence: String, actors: [ActorMention], published: Day) -> [FoundCommitment] {
        commitments(in: sentence, published: published) { actors }
    }

    /// The commitments of `sentence`; `actors` is asked only when the sentence states one, since
    /// finding actors costs more than finding modals.
    ///
    /// - Parameter country: the actor dictionary's mention of a country's name ("United States"), so that
    ///   a capital named as the subject ("Washington will …") stands for its government (`CapitalSubjects`).
    public static func commitments(
        in sentence: String, published: Day, actors findActors: () -> [ActorMention], country: (String) -> ActorMention? = { _ in nil }
    ) -> [FoundCommitment] {
        let tokens = LexTokenizer.tokens(sentence)
        guard
            tokens.contains(where: {
                $0.kind == .word
                    && (CommitmentWords.modals.contains($0.text) || CommitmentWords.recommendations.contains($0.text) || $0.text == "to")
            })
        else { return [] }
        let bytes = Array(sentence.utf8)
        var actorsFound: [ActorMention]?
        func actors() -> [ActorMention] {
            if let actorsFound { return actorsFound }
            let named = CapitalSubjects.merged(findActors(), CapitalSubjects.governments(in: tokens, sentence: bytes, country: country))
            let found = Parties.merged(named, Parties.mentions(in: tokens))
            actorsFound = found
            return found
        }
        // A question ("Will the US withdraw?") asks whether an act is owed; it owes none.
        let asked = QuestionClauses.ranges(in: tokens)
        let dates = DateFinder.mentions(in: tokens, published: published, anchor: nil)
        var found: [FoundCommitment] = []
        var index = 0
        while index < tokens.count {
            guard let modal = modal(tokens, at: index), !insideCondition(tokens, before: index),
                !asked.contains(where: { $0.contains(tokens[index].start) })
            else {
                index += 1
                continue
            }
            var acts: [(verb: Int, act: CommitmentWords.Act, negated: Bool, passive: Bool)] = []
            var cursor = modal.end
            var negated = modal.negated
            let nouns = CommitmentWords.undertakings.contains(modal.head)
            while let (verb, act, isNegated, passive) = actVerb(
                tokens, from: cursor, negated: negated, subjectFrom: max(0, index - 4), nouns: nouns)
            {
                acts.append((verb, act, isNegated, passive))
                negated = isNegated
                guard let next = coordinated(tokens, after: verb) else { break }
                cursor = next
            }
            for (number, item) in acts.enumerated() {
                let end = number + 1 < acts.count ? tokens[acts[number + 1].verb].start : clauseEnd(tokens, after: item.verb)
                let deadline = deadline(
                    dates, tokens: tokens, verb: item.verb, until: end, first: number == 0 ? tokens[index].start : nil, published: published)
                let objectEnd = min(end, deadline.map { $0.range.lowerBound } ?? end)
                let objectStart = tokens[item.verb].end
                var object = objectStart < objectEnd ? text(bytes, objectStart..<objectEnd) : nil
                if object?.isEmpty == true { object = nil }
                let obligor =
                    if let object = modal.object {
                        actors().last {
                            $0.range.lowerBound >= tokens[object.lowerBound].start && $0.range.lowerBound < tokens[object.upperBound - 1].end
                        }
                    } else if item.passive {
                        agent(actors(), tokens: tokens, after: item.verb, before: end)
                    } else {
                        subject(actors(), before: tokens[index].start)
                    }
                let relative = deadline.flatMap { relativeTime(tokens, mention: $0) }
                var confidence = 0.5
                if obligor != nil { confidence += 0.2 }
                if deadline != nil { confidence += 0.15 }
                if CommitmentWords.binding.contains(modal.head) { confidence += 0.1 }
                found.append(
                    FoundCommitment(
                        obligor: obligor, act: item.act.act, verb: tokens[item.verb].text,
                        modal: text(bytes, tokens[index].start..<tokens[modal.end - 1].end), object: object,
                        negated: item.negated != item.act.inverted, strength: modal.strength,
                        deadline: deadline.map { mention in
                            CommitmentDeadline(
                                date: mention.date, text: text(bytes, mention.range),
                                relative: relative.map { RelativeDeadline(amount: $0.amount, unit: $0.unit, base: .publication, from: published) })
                        },
                        countsFromSigning: relative?.fromSigning ?? false, confidence: (min(confidence, 0.95) * 100).rounded() / 100,
                        modalStart: tokens[index].start))
            }
            index = max(index + 1, acts.last.map { $0.verb + 1 } ?? modal.end)
        }
        return found
    }

    // MARK: - Modals

    struct Modal {
        /// The token after the modal words (and any "not").
        var end: Int
        var negated: Bool
        /// The word that decides the modal's force ("will", "agreed").
        var head: String
        /// The tokens naming who owes the act when the verb names them after itself ("commits both sides to"); nil
        /// when the subject owes it.
        var object: Range<Int>? = nil

        /// "should", "ought to" and "urged … to" recommend the act; every other modal undertakes it.
        var strength: CommitmentStrength {
            CommitmentWords.recommendations.contains(head) || CommitmentWords.objectRecommendations.contains(head)
                ? .recommendation : .undertaking
        }
    }

    /// "will", "will not", "shall", "must not", "is to", "are to be", "agreed to", "agreed not to", "is committed to";
    /// "should", "ought to", "ought not to" as recommendations.
    static func modal(_ tokens: [LexToken], at index: Int) -> Modal? {
        let token = tokens[index]
        guard token.kind == .word else { return nil }
        func word(_ at: Int) -> String? { at < tokens.count && tokens[at].kind == .word ? tokens[at].text : nil }
        if CommitmentWords.modals.contains(token.text) {
            let negated = word(index + 1).map(CommitmentWords.negations.contains) ?? false
            return Modal(end: index + 1 + (negated ? 1 : 0), negated: negated, head: token.text)
        }
        if CommitmentWords.recommendations.contains(token.text) {
            // "Should the Taliban attack, …" opens a condition, not a recommendation.
            guard index > 0, tokens[index - 1].kind == .word else { return nil }
            // "ought to", "ought not to", "should", "should not".
            var end = index + 1
            if token.text == "ought", word(end) == "to" { end += 1 }
            let negated = word(end).map(CommitmentWords.negations.contains) ?? false
            if negated { end += 1 }
            if token.text == "ought" {
                if word(end) == "to" { end += 1 } else if end == index + 1 { return nil }
            }
            return Modal(end: end, negated: negated, head: token.text)
        }
        if CommitmentWords.beForms.contains(token.text), word(index + 1) == "to" {
            return Modal(end: index + 2, negated: false, head: "must")
        }
        // "The truce is due to take effect on Monday", "talks are set to resume": a term of the deal, scheduled.
        if CommitmentWords.beForms.contains(token.text), let next = word(index + 1), CommitmentWords.scheduled.contains(next), word(index + 2) == "to"
        {
            return Modal(end: index + 3, negated: false, head: next)
        }
        if CommitmentWords.objectUndertakings.contains(token.text) || CommitmentWords.objectRecommendations.contains(token.text) {
            // "The text does not oblige the movement to stop fighting": nobody owes what the verb is denied of.
            // ("doesn't" may come as "doesn", "'", "t": a lone "t" is a contraction's.)
            let before = (max(0, index - 3)..<index).compactMap { word($0) }
            if before.contains(where: { CommitmentWords.negations.contains($0) || $0.hasSuffix("n't") || $0.hasSuffix("n’t") || $0 == "t" }) {
                return nil
            }
            // "commits both sides to", "urged the parties to", "called on Hamas to": the one named between owes the act.
            var start = index + 1
            if ["call", "calls", "called", "calling"].contains(token.text) {
                guard word(start) == "on" || word(start) == "upon" else { return nil }
                start += 1
            }
            if let first = word(start), !objectStarts.contains(first) {
                var end = start
                while end < tokens.count, end < start + 6, tokens[end].kind == .word, !tokens[end].isWord("to") { end += 1 }
                if end > start, word(end) == "to" {
                    let negated = word(end + 1).map(CommitmentWords.negations.contains) ?? false
                    return Modal(end: end + 1 + (negated ? 1 : 0), negated: negated, head: token.text, object: start..<end)
                }
            }
        }
        if CommitmentWords.undertakings.contains(token.text) || CommitmentWords.objectUndertakings.contains(token.text) {
            // "promised to", "agreed not to"; not "agreed with", "the agreed timetable".
            if word(index + 1) == "to" { return Modal(end: index + 2, negated: false, head: token.text) }
            if let next = word(index + 1), CommitmentWords.negations.contains(next), word(index + 2) == "to" {
                return Modal(end: index + 3, negated: true, head: token.text)
            }
        }
        return nil
    }

    /// Words that open no one owing an act: "agreed with Israel to", "committed itself to", "required by law to".
    static let objectStarts: Set<String> = [
        "with", "by", "in", "on", "for", "at", "from", "under", "itself", "themselves", "himself", "herself", "that", "to", "not",
    ]

    /// Whether the modal at `index` stands in an "if" or "unless" clause: a condition, not an undertaking.
    static func insideCondition(_ tokens: [LexToken], before index: Int) -> Bool {
        var at = index - 1
        while at >= 0 {
            let token = tokens[at]
            if token.kind == .punct, [",", ";", ":"].contains(token.text) { return false }
            if token.isWord("if") || token.isWord("unless") { return true }
            at -= 1
        }
        return false
    }

    // MARK: - Acts

    /// The act verb at or just after `start` (adverbs and "not" passed over), with the reading its
    /// following words allow; whether "not" or "never" stood before it, and whether it is passive ("be released").
    static func actVerb(
        _ tokens: [LexToken], from start: Int, negated: Bool, subjectFrom: Int, nouns: Bool
    ) -> (Int, CommitmentWords.Act, Bool, Bool)? {
        var index = start
        var negated = negated
        var passive = false
        while index < tokens.count, index < start + 4, tokens[index].kind == .word {
            let word = tokens[index].text
            if let readings = CommitmentWords.verbs[word] {
                // "will be released": the participle after "be"; "will be leaving" is active.
                let window = Set(tokens[subjectFrom..<min(tokens.count, index + 8)].filter { $0.kind == .word }.map(\.text))
                if let act = readings.first(where: { reading in
                    reading.needs.map { !$0.isDisjoint(with: window) } ?? true && reading.alsoNeeds.map { !$0.isDisjoint(with: window) } ?? true
                }) {
                    if passive, !CommitmentWords.isParticiple(word) { passive = false }
                    return (index, act, negated, passive)
                }
                return nil
            }
            if CommitmentWords.negations.contains(word) {
                negated = true
            } else if word == "be" {
                passive = true
            } else if nouns, ["a", "an", "the"].contains(word) {
                // "agreed to a ceasefire", "committed to the release of prisoners": the act told as a noun.
            } else if !CommitmentWords.adverbs.contains(word) {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// The token after "and" (or ", and") when another act verb of the same modal follows the verb at `verb`.
    static func coordinated(_ tokens: [LexToken], after verb: Int) -> Int? {
        var index = verb + 1
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .punct, [";", ":", "."].contains(token.text) { return nil }
            if token.isWord("and") {
                var next = index + 1
                if next < tokens.count, tokens[next].isWord("to") { next += 1 }
                if next < tokens.count, let readings = CommitmentWords.verbs[tokens[next].text], !readings.isEmpty {
                    return next
                }
                if next < tokens.count, CommitmentWords.negations.contains(tokens[next].text) { return next }
            }
            // Another modal starts another commitment.
            if token.kind == .word, CommitmentWords.modals.contains(token.text) || CommitmentWords.recommendations.contains(token.text) {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// Where the clause of the verb at `verb` ends: at ";", ":" or the sentence's end, or before ", which".
    static func clauseEnd(_ tokens: [LexToken], after verb: Int) -> Int {
        var index = verb + 1
        while index < tokens.count {
            let token = tokens[index]
            // The points of "p.m." or "U.N." and the colon of "9:45" end nothing: a word follows without a space, or in
            // lower case.
            let abbreviation =
                (token.isPunct(".") || token.isPunct(":") && !token.spaceBefore) && index + 1 < tokens.count
                && (!tokens[index + 1].spaceBefore || token.isPunct(".") && tokens[index + 1].kind == .word && !tokens[index + 1].isCapitalized)
            if token.kind == .punct, [";", ":", "."].contains(token.text), !abbreviation { return token.start }
            if token.isPunct(","), index + 1 < tokens.count, ["which", "who", "while", "but", "although", "as"].contains(tokens[index + 1].text) {
                return token.start
            }
            // "…, a spokesman warned": who tells of the commitment is no part of its object.
            if token.isPunct(","), isAttributionTail(tokens, after: index) { return token.start }
            if token.kind == .word,
                CommitmentWords.modals.contains(token.text) || CommitmentWords.recommendations.contains(token.text)
                    || CommitmentWords.undertakings.contains(token.text)
            {
                // A later modal belongs to its own commitment; the clause ends before its subject, at the comma or
                // conjunction that opens it ("…33 hostages, and Israel will release…", "…of Gaza, and displaced
                // Palestinians will be allowed…"), else one word before the modal.
                return subjectClauseStart(tokens, before: index, after: verb) ?? tokens[max(verb + 1, index - 1)].start
            }
            index += 1
        }
        return tokens.last?.end ?? 0
    }

    /// Where the clause of the modal at `modal` begins: the comma or conjunction (with a comma before it) nearest
    /// before the modal, within a subject's length of words and after `verb`.
    private static func subjectClauseStart(_ tokens: [LexToken], before modal: Int, after verb: Int) -> Int? {
        var index = modal - 1
        while index > verb + 1, index >= modal - 6 {
            let token = tokens[index]
            if token.isPunct(",") { return token.start }
            if token.kind == .word, ["and", "while", "whereas", "but"].contains(token.text) {
                return tokens[index - 1].isPunct(",") ? tokens[index - 1].start : token.start
            }
            index -= 1
        }
        return nil
    }

    /// Whether the words after the comma at `comma` are a speaker and a verb of saying that end the clause (", a
    /// spokesman warned", ", the ministry said on Monday"), or "according to" a source.
    static func isAttributionTail(_ tokens: [LexToken], after comma: Int) -> Bool {
        var index = comma + 1
        if index + 1 < tokens.count, tokens[index].isWord("according"), tokens[index + 1].isWord("to") { return true }
        while index < tokens.count, index <= comma + 6 {
            let token = tokens[index]
            guard token.kind == .word else { return false }
            if index > comma + 1, SpeakerPhrase.verbs[token.text] != nil {
                // The clause ends with the verb, or a time or place follows it.
                let next = index + 1 < tokens.count ? tokens[index + 1] : nil
                return next.map { $0.isPunct(".") || $0.isPunct(";") || ["on", "in", "at", "late", "earlier", "last"].contains($0.text) } ?? true
            }
            index += 1
        }
        return false
    }

    // MARK: - Deadlines

    /// The deadline of the act at `verb`: a "by"/"no later than" date, a "within" time or a day named
    /// after the verb and before `end`; for a clause's first act, else one before the modal
    /// ("By 10 March, the Taliban will release …").
    /// A day named without "by" that is already past when the text is published describes something else ("withdraw to
    /// the positions they held on 1 March"): it is no deadline.
    static func deadline(
        _ dates: [DateMention], tokens: [LexToken], verb: Int, until end: Int, first modalStart: Int?, published: Day
    ) -> DateMention? {
        let after = dates.filter { $0.range.lowerBound >= tokens[verb].end && $0.range.lowerBound < end }
        if let due = after.first(where: { isDeadline($0, tokens: tokens) }) { return due }
        if let day = after.first(where: { $0.role == .point && $0.date.precision == .day && $0.date.latest >= published }) { return day }
        if let modalStart {
            return dates.last { $0.range.upperBound <= modalStart && isDeadline($0, tokens: tokens) }
        }
        return nil
    }

    static func isDeadline(_ mention: DateMention, tokens: [LexToken]) -> Bool {
        if mention.role == .deadline { return true }
        guard mention.role == .span else { return false }
        let first = LexTokenizer.index(in: tokens, atOrAfter: mention.range.lowerBound)
        return first < tokens.count && tokens[first].isWord("within")
    }

    /// "within 135 days (of the signing)": the amount and unit, and whether the text counts from the signing.
    static func relativeTime(
        _ tokens: [LexToken], mention: DateMention
    ) -> (amount: Int, unit: DateExpression.Offset.Unit, fromSigning: Bool)? {
        guard isDeadline(mention, tokens: tokens), mention.role == .span else { return nil }
        var index = LexTokenizer.index(in: tokens, atOrAfter: mention.range.lowerBound)
        var amount: Int?
        var unit: DateExpression.Offset.Unit?
        while index < tokens.count, tokens[index].start < mention.range.upperBound {
            let token = tokens[index]
            if token.kind == .digits {
                amount = Int(token.value)
            } else if token.kind == .word {
                switch token.text {
                case "day", "days": unit = .days
                case "week", "weeks": unit = .weeks
                case "month", "months": unit = .months
                case "year", "years": unit = .years
                default: if amount == nil, let value = NumberFinder.value(of: token.text) { amount = Int(value) }
                }
            }
            index += 1
        }
        guard let amount, let unit else { return nil }
        // "of the signing", "after the agreement was signed", "from the deal's signing".
        let following = tokens[index..<min(tokens.count, index + 4)].filter { $0.kind == .word }.map(\.text)
        let fromSigning =
            following.first.map { ["of", "after", "from", "following"].contains($0) } == true
            && following.dropFirst().contains { ["signing", "agreement", "deal", "accord", "signature"].contains($0) }
        return (amount, unit, fromSigning)
    }

    // MARK: - Actors

    /// The obligor of an active commitment: the last actor named before the modal. A mention may run
    /// past the modal (the actor finder joins "the United States … its forces" into one actor with an
    /// agent); where it starts is what counts.
    static func subject(_ actors: [ActorMention], before start: Int) -> ActorMention? {
        actors.last { $0.range.lowerBound < start }
    }

    /// The obligor of a passive one: the actor of a "by" phrase after the verb ("released by the Afghan government").
    static func agent(_ actors: [ActorMention], tokens: [LexToken], after verb: Int, before end: Int) -> ActorMention? {
        var index = verb + 1
        while index < tokens.count, tokens[index].start < end {
            // "by 10 March" is a deadline: only a "by" with an actor right after it names the doer.
            if tokens[index].isWord("by") {
                let from = tokens[index].end
                let limit = index + 3 < tokens.count ? tokens[index + 3].end : end
                if let actor = actors.first(where: { $0.range.lowerBound >= from && $0.range.lowerBound <= limit }) { return actor }
            }
            index += 1
        }
        return nil
    }

    static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        let clamped = min(range.lowerBound, bytes.count)..<min(range.upperBound, bytes.count)
        return String(decoding: bytes[clamped], as: UTF8.self).trimmingWhitespaceAndCommas()
    }
}

extension String {
    fileprivate func trimmingWhitespaceAndCommas() -> String {
        let skip: (Character) -> Bool = { $0.isWhitespace || $0 == "," }
        guard let first = firstIndex(where: { !skip($0) }), let last = lastIndex(where: { !skip($0) }) else { return "" }
        return String(self[first...last])
    }
}
