import TruceModel

/// An act named again by its noun is the act told before: in "U.S. forces conducted an airstrike near Jilib. The strike
/// killed three militants", the killing is the airstrike's outcome, not a second event with nobody doing it.
extension ArticleCoding {
    /// Nouns of one act that "the" can point back to.
    private static let singleActNouns: Set<String> = [
        "attack", "strike", "airstrike", "bombing", "assault", "raid", "ambush", "explosion", "blast", "shelling", "bombardment",
        "operation",
    ]

    /// Words that may stand between the noun and its verb: "the strike also killed", "the raid reportedly killed".
    private static let verbFillers: Set<String> = ["was", "were", "has", "had", "reportedly", "also", "allegedly", "apparently"]

    /// Whether the subject of the verb at `verbRange` is a definite noun of one act: "the strike killed", "the U.S. drone
    /// strike also killed", "that the raid killed". The determiner opens the sentence or a clause ("…indicate that the
    /// strike killed"), so the noun is the whole subject, not the object of something before it.
    static func namesActBefore(verbRange: Range<Int>, words: [CasualtyWords.Word]) -> Bool {
        guard let verb = words.firstIndex(where: { $0.range.lowerBound >= verbRange.lowerBound }), verb > 0 else { return false }
        var index = verb - 1
        while index > 0, verbFillers.contains(words[index].text), !words[index + 1].punctuatedBefore { index -= 1 }
        guard singleActNouns.contains(words[index].text), !words[index + 1].punctuatedBefore else { return false }
        // Up to two words of kind between the determiner and the noun ("the U.S. drone strike").
        var determiner = index - 1
        while determiner >= 0, index - determiner <= 3, !["the", "this", "that"].contains(words[determiner].text) {
            if words[determiner + 1].punctuatedBefore { return false }
            determiner -= 1
        }
        guard determiner >= 0, index - determiner <= 3 else { return false }
        return determiner == 0 || words[determiner].punctuatedBefore || words[determiner - 1].text == "that"
    }
}
