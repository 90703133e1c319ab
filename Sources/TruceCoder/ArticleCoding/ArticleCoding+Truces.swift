import TruceModel

/// A truce told as a noun is news too: "I welcome the announcement of a ceasefire between Israel and Gaza-based
/// militants", "today's announcement of an extension of the truce in the Yemen conflict"; and so is a plan to end a
/// war accepted: "their governments have accepted the proposal to end the conflict between Israel and Hezbollah".
extension ArticleCoding {
    /// Nouns that report a truce coming about.
    static let truceNews: Set<String> = ["announcement", "extension", "renewal", "conclusion"]
    /// Nouns of a truce.
    static let truceNouns: Set<String> = ["ceasefire", "cease-fire", "truce", "armistice"]

    /// Verbs that take up a plan.
    static let acceptVerbs: Set<String> = [
        "accepted", "accepts", "accept", "approved", "approves", "approve", "endorsed", "endorses", "signed", "signs",
    ]
    /// Nouns of a plan or a deal.
    static let planNouns: Set<String> = ["proposal", "plan", "deal", "agreement", "arrangement", "framework", "offer", "initiative"]
    /// What a truce ends.
    static let fightingNouns: Set<String> = ["conflict", "war", "fighting", "hostilities", "violence"]

    /// "Their governments have accepted the United States' proposal to end the conflict between Israel and
    /// Hezbollah": accepting a plan to end a war is agreeing to a truce. The accepting verb, then within five words a
    /// noun of a plan, "to end" (or "halt", "stop") right after it, and within four words a noun of fighting; returns
    /// the verb's index and the fighting noun, after which the sides are named.
    static func acceptedPlanToEndFighting(_ words: [CasualtyWords.Word]) -> (Int, CasualtyWords.Word)? {
        for (index, word) in words.enumerated() where acceptVerbs.contains(word.text) {
            guard let plan = words[(index + 1)..<min(words.count, index + 6)].firstIndex(where: { planNouns.contains($0.text) }),
                plan + 2 < words.count, words[plan + 1].text == "to", ["end", "halt", "stop"].contains(words[plan + 2].text),
                let ended = words[(plan + 3)..<min(words.count, plan + 7)].first(where: { fightingNouns.contains($0.text) })
            else { continue }
            return (index, ended)
        }
        return nil
    }

    /// An agreement event (CAMEO 0871, declare a truce) for a sentence that announces or extends a truce by a noun
    /// ("the announcement of a ceasefire") or accepts a plan to end a war, between the first two actors named after it; nil when the sentence
    /// has none, or the article already has a truce event (a truce named again is the same truce).
    func truceEvent(
        words: [CasualtyWords.Word], sentence: Sentence, date: [DateMention], location: CodedLocation, lexical: LexicalSentence
    ) -> CodedEvent? {
        let start: Int
        let truce: CasualtyWords.Word
        if let news = words.firstIndex(where: { Self.truceNews.contains($0.text) }),
            let noun = words[(news + 1)..<min(words.count, news + 8)].first(where: { Self.truceNouns.contains($0.text) })
        {
            (start, truce) = (news, noun)
        } else if let accepted = Self.acceptedPlanToEndFighting(words) {
            (start, truce) = accepted
        } else {
            return nil
        }
        // Only a sentence that tells of a truce looks through the events coded so far: every sentence
        // doing so made a long article's coding quadratic.
        guard !result.events.contains(where: { $0.code.hasPrefix("0871") || $0.code.hasPrefix("057") }) else { return nil }
        let actors = coder.sentenceCoder.actors(in: sentence.text, on: sentence.published ?? article.publicationDate).filter {
            $0.range.lowerBound >= truce.range.upperBound && !$0.code.isEmpty
        }
        return codedEvent(
            code: "0871", source: actors.first, target: actors.dropFirst().first, verbRange: words[start].range, sentence: sentence,
            confidence: 0.6, date: date, location: location, lexical: lexical)
    }
}
