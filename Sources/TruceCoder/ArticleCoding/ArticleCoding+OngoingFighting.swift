import TruceModel

/// Fighting told by its noun: "Fighting continued in several districts on Sunday", "clashes erupted near the airport",
/// "heavy shelling resumed overnight". The noun is the subject and the verb says the fighting went on, began again or
/// broke out, so the sentence reports the fighting itself, though no one is named as doing it.
extension ArticleCoding {
    /// The code of the fighting a sentence reports by a noun of fighting as the subject of a verb of going on or breaking
    /// out (up to two words between: "fighting also continued", "the clashes have intensified"); nil when it reports none.
    /// Not after a word that makes the noun an object or a modifier ("called for fighting to stop", "despite fighting
    /// that continued"): the noun must open the sentence or its clause, after at most two modifiers ("heavy fighting").
    static func ongoingFighting(_ words: [CasualtyWords.Word]) -> String? {
        for (index, word) in words.enumerated() {
            guard let code = ongoingFightingNouns[word.text], opensFightingClause(words, at: index) else { continue }
            var next = index + 1
            while next < words.count, next <= index + 3, !words[next].punctuatedBefore {
                if goingOnVerbs.contains(words[next].text) {
                    // "broke out", "flared up": the particle is part of the verb, nothing else is needed.
                    return code
                }
                guard ["also", "again", "have", "has", "had", "reportedly", "still", "then"].contains(words[next].text) else { break }
                next += 1
            }
        }
        return nil
    }

    /// Whether the noun at `index` opens its sentence or clause, after at most two modifiers ("heavy", "renewed").
    private static func opensFightingClause(_ words: [CasualtyWords.Word], at index: Int) -> Bool {
        var start = index
        while start > 0, index - start < 2, !words[start].punctuatedBefore, fightingModifiers.contains(words[start - 1].text) { start -= 1 }
        return start == 0 || words[start].punctuatedBefore || ["and", "but", "as", "while", "where", "when"].contains(words[start - 1].text)
    }

    private static let ongoingFightingNouns: [String: String] = [
        "fighting": EventKinds.fighting, "clashes": EventKinds.fighting, "battles": EventKinds.fighting, "gunfire": EventKinds.fighting,
        "shelling": EventKinds.shelling, "bombardment": EventKinds.shelling, "bombardments": EventKinds.shelling,
    ]
    private static let fightingModifiers: Set<String> = [
        "heavy", "fierce", "renewed", "sporadic", "intense", "fresh", "new", "the", "artillery", "street", "deadly", "intermittent",
    ]
    private static let goingOnVerbs: Set<String> = [
        "continued", "continues", "raged", "rages", "erupted", "erupts", "resumed", "resumes", "intensified", "intensifies",
        "escalated", "broke", "flared", "persisted", "persists", "spread", "spreads",
    ]
}
