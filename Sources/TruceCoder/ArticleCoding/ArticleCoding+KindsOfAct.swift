/// A kind of act is not an act: "Attacks targeting peacekeepers may constitute war crimes", "Shelling of schools would
/// violate international law", "Strikes on hospitals are illegal" judge a class of acts, with no determiner, number or
/// possessive to pick out any one of them, by a predicate of law in the present or under a modal. News tells acts done
/// with a past verb ("strikes on hospitals killed 12") or a determiner ("the attacks on peacekeepers constitute"), which
/// this reading leaves alone.
extension ArticleCoding {
    /// Plural nouns of act and nouns of act used as mass nouns that can head such a subject.
    private static let kindOfActHeads: Set<String> = [
        "attacks", "strikes", "airstrikes", "air-strikes", "raids", "assaults", "ambushes", "bombings", "shelling", "shellings",
        "bombardment", "bombardments", "killings", "shootings", "abductions", "kidnappings", "executions", "targeting",
        "bombing", "firing", "looting", "torture",
    ]

    /// Verbs of a judgement in law, in the present or a modal's base form.
    private static let lawVerbs: Set<String> = [
        "constitute", "constitutes", "amount", "amounts", "violate", "violates", "breach", "breaches", "contravene", "contravenes",
    ]

    /// Words after "is", "are" or "be" that judge in law: "are illegal", "would be unlawful", "may be war crimes".
    private static let lawJudgements: Set<String> = ["illegal", "unlawful", "prohibited", "forbidden", "banned", "war", "crimes", "crime"]

    private static let judgingModals: Set<String> = ["may", "might", "could", "would", "can", "will", "also", "still", "clearly"]

    /// Words that pick out acts (a determiner, a possessive, a number word): with one, the subject tells acts done.
    private static let pickingWords: Set<String> = [
        "the", "a", "an", "this", "these", "those", "that", "its", "their", "his", "her", "our", "my", "your", "last", "recent",
        "latest", "yesterday's", "friday's", "two", "three", "several", "many", "some", "both",
    ]

    /// The byte offset where the predicate of a clause judging a kind of act begins, when the sentence opens with one
    /// (or its "that" clause does: "The envoy warned that attacks on aid workers may constitute war crimes"); nil when it
    /// does not. Acts named before that offset are the kind judged, not acts done.
    static func kindOfActPredicate(_ words: [CasualtyWords.Word]) -> Int? {
        var starts = [0]
        for (index, word) in words.enumerated() where word.text == "that" && index + 1 < words.count { starts.append(index + 1) }
        for start in starts {
            if let offset = judgedKind(words, from: start) { return offset }
        }
        return nil
    }

    /// The predicate's offset when the clause at `start` is a bare subject of act ("Deliberate attacks targeting aid
    /// workers", "Shelling of schools") followed within its clause by a judgement in law.
    private static func judgedKind(_ words: [CasualtyWords.Word], from start: Int) -> Int? {
        var index = start
        // Up to two modifiers before the head ("Deliberate", "indiscriminate Russian").
        while index < words.count, index - start < 3, !kindOfActHeads.contains(words[index].text) {
            if pickingWords.contains(words[index].text) || words[index].text.first?.isNumber == true { return nil }
            index += 1
        }
        guard index < words.count, kindOfActHeads.contains(words[index].text) else { return nil }
        // The subject's words after its head ("on hospitals", "targeting peacekeepers in the south"), up to twelve.
        var cursor = index + 1
        while cursor < words.count, cursor - index <= 12 {
            if words[cursor].punctuatedBefore, !words[cursor].commaBefore { return nil }
            if let offset = judgement(words, at: cursor) { return offset }
            if tellsActDone(words, at: cursor) { return nil }
            cursor += 1
        }
        return nil
    }

    /// Whether the word at `index` (after the head) is a past verb of the subject's acts ("Strikes on the town killed 12 and may
    /// constitute …" tell acts done): a word in "-ed" not followed by the preposition of a participle ("attacks
    /// targeted at aid workers", "raids carried out by militias").
    private static func tellsActDone(_ words: [CasualtyWords.Word], at index: Int) -> Bool {
        // After a preposition or a determiner it is an adjective: "strikes on crowded markets".
        guard words[index].text.hasSuffix("ed"), !adjectiveLeaders.contains(words[index - 1].text) else { return false }
        let next = index + 1 < words.count ? words[index + 1].text : ""
        return !["at", "against", "on", "out", "by", "in", "toward", "towards", "to"].contains(next)
    }

    private static let adjectiveLeaders: Set<String> = ["on", "of", "in", "at", "against", "targeting", "the", "a", "an", "and", "or"]

    /// The offset of a judgement in law that opens at `index`: a modal or adverb, then a verb of law ("may constitute",
    /// "violates") or a form of "be" before a word of law ("would be illegal", "are war crimes").
    private static func judgement(_ words: [CasualtyWords.Word], at index: Int) -> Int? {
        var cursor = index
        while cursor < words.count, cursor - index < 2, judgingModals.contains(words[cursor].text) { cursor += 1 }
        guard cursor < words.count else { return nil }
        let word = words[cursor].text
        if lawVerbs.contains(word) { return words[index].range.lowerBound }
        // "are illegal", "would be unlawful", "may be considered war crimes".
        guard ["is", "are", "be"].contains(word), cursor + 1 < words.count else { return nil }
        var next = cursor + 1
        if ["considered", "deemed", "regarded"].contains(words[next].text), next + 1 < words.count { next += 1 }
        if words[next].text == "as", next + 1 < words.count { next += 1 }
        return lawJudgements.contains(words[next].text) ? words[index].range.lowerBound : nil
    }
}
