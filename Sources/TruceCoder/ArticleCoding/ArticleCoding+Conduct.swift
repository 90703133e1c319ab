import TruceModel

/// Conduct over time is not a dated act: "the failure of the army and the militia to abide by the ceasefire",
/// "Hamas's refusal to release the hostages" judge how a side has behaved, not something it did on a day.
extension ArticleCoding {
    /// Nouns that turn the verb of their "to" clause into a judgement of conduct.
    static let conductNouns: Set<String> = [
        "failure", "failures", "refusal", "refusals", "unwillingness", "inability", "reluctance", "failing",
    ]

    /// Whether the verb at `verbRange` is the "to" clause of a failure or refusal noun: "the failure of X to abide
    /// by", "their refusal to respect". Looks back from the verb over adverbs to "to", then over at most twelve words
    /// of the noun's "of" phrase, not across punctuation or another "to".
    static func isConductOverTime(verbRange: Range<Int>, words: [CasualtyWords.Word]) -> Bool {
        guard let verb = words.firstIndex(where: { $0.range.lowerBound >= verbRange.lowerBound }) else { return false }
        var index = verb - 1
        while index >= 0, words[index].text.hasSuffix("ly"), !words[index + 1].punctuatedBefore { index -= 1 }
        guard index >= 1, words[index].text == "to", !words[index + 1].punctuatedBefore else { return false }
        var back = index - 1
        while back >= 0, back >= index - 12 {
            if conductNouns.contains(words[back].text) { return true }
            if words[back].text == "to" || words[back + 1].punctuatedBefore { return false }
            back -= 1
        }
        return false
    }
}
