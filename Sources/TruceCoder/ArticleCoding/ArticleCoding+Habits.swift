/// A habit is not a dated act: "the rebels used to attack the convoys", "the army would shell the town every night"
/// tell what was done again and again, over a time the sentence does not date, and "we will continue to conduct
/// operations" promises a way of acting kept up; a report of that day's act does not read so.
extension ArticleCoding {
    /// Adverbs that can stand between "would" or "used to" and the verb: "would routinely shell".
    private static let habitAdverbs: Set<String> = ["often", "still", "also", "then", "regularly", "routinely", "sometimes", "always"]

    /// Doers of a habit told with "used to", besides names.
    private static let habitDoers: Set<String> = [
        "they", "he", "she", "we", "it", "forces", "rebels", "insurgents", "militants", "fighters", "troops", "army", "militia",
        "militias", "soldiers", "police", "gunmen", "group", "groups",
    ]

    /// Words that say an act recurs: "every night", "each day", "daily", "routinely".
    private static let recurrenceWords: Set<String> = [
        "daily", "nightly", "weekly", "routinely", "regularly", "repeatedly", "habitually", "often", "frequently",
    ]
    private static let recurrenceUnits: Set<String> = [
        "day", "days", "night", "nights", "week", "weeks", "month", "morning", "mornings", "evening", "evenings", "time", "year",
    ]

    /// Whether the verb at `verbRange` tells a habit: "used to" right before it after its doer (a name, a pronoun, a
    /// noun of armed people: "the rebels used to attack"; not "weapons used to attack", a tool), or "would" with a word
    /// of recurrence in its sentence ("would fly 100 sorties each day"), or "continue to" under a promise or a plan
    /// ("we'd continue to conduct operations"). "Would" alone is a possibility, which the modality says.
    static func tellsHabit(verbRange: Range<Int>, words: [CasualtyWords.Word]) -> Bool {
        guard let verb = words.firstIndex(where: { $0.range.lowerBound >= verbRange.lowerBound }) else { return false }
        var index = verb - 1
        while index >= 0, habitAdverbs.contains(words[index].text) || words[index].text.hasSuffix("ly"), !words[index + 1].punctuatedBefore {
            index -= 1
        }
        guard index >= 0, !words[index + 1].punctuatedBefore else { return false }
        // "will continue to strike", "will continue to conduct strikes" (a verb of doing before the act's noun).
        var to = index
        if to >= 1, words[to].text != "to", doingVerbs.contains(words[to].text), !words[to].punctuatedBefore { to -= 1 }
        if words[to].text == "to", to >= 2, words[to - 1].text == "continue", !words[to].punctuatedBefore {
            return promisesToGoOn(before: to - 1, words: words)
        }
        if words[index].text == "to", index >= 2, words[index - 1].text == "used", !words[index].punctuatedBefore {
            let doer = words[index - 2]
            return doer.capitalised || habitDoers.contains(doer.text)
        }
        guard words[index].text == "would" else { return false }
        return recurs(words)
    }

    /// Words before "continue" that make it a promise or a plan to go on: "will continue to", "we'd continue to",
    /// "pledged to continue to".
    private static let goingOnModals: Set<String> = ["will", "would", "shall", "to", "must", "should", "can", "could", "may", "might"]

    /// Verbs that do the act their object names: "conduct strikes", "launch raids".
    private static let doingVerbs: Set<String> = ["conduct", "launch", "mount", "stage", "wage"]

    /// Whether "continue" at `index` is promised, planned or urged ("we will continue to conduct operations", "we'd
    /// continue to strike"): a way of acting kept up, with no day of its own, not an act. "Continue" as a present or
    /// a past ("the rebels continue to shell", "continued to attack on Monday") reports acts, and is not read here.
    private static func promisesToGoOn(before index: Int, words: [CasualtyWords.Word]) -> Bool {
        guard index >= 1, !words[index].punctuatedBefore else { return false }
        let before = words[index - 1].text
        return goingOnModals.contains(before) || before.hasSuffix("'d") || before.hasSuffix("'ll")
    }

    /// Whether a sentence says its act recurs: "every night", "each day", "twice a week", "30 sorties a day", "daily".
    static func recurs(_ words: [CasualtyWords.Word]) -> Bool {
        for (index, word) in words.enumerated() {
            if recurrenceWords.contains(word.text) { return true }
            guard index + 1 < words.count, recurrenceUnits.contains(words[index + 1].text) else { continue }
            if ["every", "each", "per"].contains(word.text) { return true }
            // "a day", "a night" after a count: "100 flights a day".
            if word.text == "a", index > 0, !["for", "in", "within", "after", "one", "of"].contains(words[index - 1].text) { return true }
        }
        return false
    }
}
