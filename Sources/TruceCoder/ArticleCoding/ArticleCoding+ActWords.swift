/// What the words of a sentence say of its acts, beside the verbs: whether an air force is only named, whether an act
/// is told without a count, and whether a word of the verb dictionary names an act as a noun.
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

    /// Words that cannot stand between "a" and a verb of the phrase it opens: "a group will attack".
    private static let verbGroupWords: Set<String> = [
        "will", "would", "can", "could", "may", "might", "must", "should", "shall", "to", "did", "does", "do", "not", "had", "has",
        "have", "was", "were", "is", "are", "who", "that", "which",
    ]

    /// Verbs of warding off: what they take as object is an act kept from happening, not one done.
    private static let wardingVerbs: Set<String> = [
        "deter", "deters", "deterred", "deterring", "counter", "counters", "countered", "countering", "repel", "repels", "repelled",
        "repelling", "thwart", "thwarts", "thwarted", "thwarting", "foil", "foils", "foiled", "foiling", "defeat", "defeats",
        "defeated", "defeating", "intercept", "intercepts", "intercepted", "intercepting", "avert", "averts", "averted",
        "averting", "repulse", "repulsed", "repulsing", "prevent", "prevents", "prevented", "preventing",
    ]

    /// Whether the word of the verb dictionary at `verbRange` names an act as a noun, so that the sentence reports no
    /// act by it:
    /// - a singular noun of act after "a" or "an" and one to three words of the phrase ("an October 7th-style attack",
    ///   "a deadly suicide attack"): a singular subject would take "attacks" or "attacked", and a modal between ("a
    ///   group will attack") keeps it a verb, as any other verb stays one ("a State Department official said"); "a"
    ///   right before it is `ClauseAnalysis`' case;
    /// - the object of a verb of warding off, at most two words after it ("deterring Houthi attacks", "repelled the
    ///   attack"), not across "and" ("intercepted and attacked a convoy"): an act kept from happening.
    static func namesActAsNoun(verbRange: Range<Int>, words: [CasualtyWords.Word]) -> Bool {
        guard let verb = words.firstIndex(where: { $0.range.lowerBound >= verbRange.lowerBound }) else { return false }
        let form = words[verb].text
        // A singular noun of act: "said" or "met" after "a State Department official" are verbs.
        let singularActNoun = describedActNouns.contains(form) && !form.hasSuffix("s")
        var index = verb - 1
        while index >= 0, index >= verb - 4, !words[index + 1].punctuatedBefore {
            let word = words[index].text
            if wardingVerbs.contains(word) { return verb - index <= 3 }
            if word == "a" || word == "an" { return singularActNoun && verb - index >= 2 }
            if verbGroupWords.contains(word) || ["and", "or", "then", "but"].contains(word) { return false }
            index -= 1
        }
        return false
    }
}
