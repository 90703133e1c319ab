/// What the words of a sentence say of its acts, beside the verbs: whether an air force is only named, and whether
/// an act is told without a count.
extension ArticleCoding {
    /// Whether the only sign of an air strike in the sentence is an air force named ("the Iranian air force would
    /// fly …", "an air force spokesman said"): the force is a doer, not an act; a strike is told by a verb or a noun
    /// of one ("air force jets struck", "an airstrike").
    static func namesOnlyAnAirForce(_ words: [CasualtyWords.Word]) -> Bool {
        var withoutForce: [CasualtyWords.Word] = []
        var named = false
        for (index, word) in words.enumerated() {
            if word.text == "air", index + 1 < words.count, ["force", "forces"].contains(words[index + 1].text) {
                named = true
                continue
            }
            withoutForce.append(word)
        }
        return named && !CasualtyWords.methods(in: withoutForce).contains(.airStrike)
    }

    /// Whether the sentence names a violent act ("strikes", "attacks", "rockets") that no count stands before: the
    /// count of "the dozens of rockets" tallies the rockets, not the "Israeli strikes" told beside them.
    static func namesUncountedAct(_ words: [CasualtyWords.Word], acts: [ActCount]) -> Bool {
        guard !acts.isEmpty else { return false }
        return words.contains { word in
            CasualtyWords.violentActNouns.contains(word.text) && !acts.contains { $0.range.contains(word.range.lowerBound) }
        }
    }
}
