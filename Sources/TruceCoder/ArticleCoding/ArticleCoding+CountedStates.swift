import TruceModel

extension ArticleCoding {
    /// Words that tell an arrest done: beside them, people held are the arrest's outcome, and its event stays.
    static let arrestsDone: Set<String> = [
        "arrested", "detained", "captured", "seized", "abducted", "kidnapped", "rounded", "took", "taken", "snatched",
    ]

    /// The events a sentence that tells a state of things by a count keeps (issue 12 item 5):
    /// - people held ("holds 1,200 fighters in custody", "detains 40 journalists": `prisoners_held`) are a state, not an
    ///   arrest: no detention event, unless the sentence tells an arrest done ("detained 40 on Monday and holds 300");
    /// - a truce breached more than once with no day named ("breached the truce 60 times since it began") is a tally, a
    ///   figure, not one violation (as a tally of attacks is, `ArticleCoder.code`);
    /// - a saying whose words are such a figure ("the ministry said it holds 900 fighters in custody", "the UN said 7
    ///   million people are displaced") is the claim and the figure; its statement event (CAMEO 010) names no one acted
    ///   on but the people counted, and is left out.
    static func withoutCountedStates(
        _ events: [CodedEvent], figures: [FoundFigure], sentence: String, words: [String], namesADay: Bool
    ) -> [CodedEvent] {
        guard !figures.isEmpty else { return events }
        let holds =
            figures.contains { $0.indicator == "prisoners_held" || $0.indicator == "hostages_held" } && !words.contains(where: arrestsDone.contains)
        let tallies = !namesADay && figures.contains { $0.noun == "times" && $0.indicator == "ceasefire_violations" && $0.value > 1 }
        let bytes = Array(sentence.utf8)
        let counted = figures.map {
            String(decoding: bytes[min($0.range.lowerBound, bytes.count)..<min($0.range.upperBound, bytes.count)], as: UTF8.self)
        }
        return events.filter { event in
            if holds, EventKinds.isDetention(event.code) { return false }
            if tallies, event.code.hasPrefix("196") { return false }
            if event.code == "010" {
                guard let target = event.actor2?.text else { return false }
                return !counted.contains { $0.contains(target) }
            }
            return true
        }
    }

    /// Words of believing or fearing that make a death a belief about someone's fate.
    private static let beliefWords: Set<String> = [
        "believe", "believes", "believed", "fear", "fears", "feared", "presume", "presumed", "assume", "assumed", "think", "thought",
    ]

    /// Whether the sentence tells deaths only as a belief about a state: "officials believe at least 35 of them are dead",
    /// "the families fear that their sons are dead". No killing is reported (no act, no day, no doer), so no event is made
    /// of it. ("At least 20 people are dead after the blast" believes nothing, and stays news.)
    static func tellsBelievedDeaths(_ words: [String]) -> Bool {
        words.indices.contains { index in
            words[index] == "dead" && index > 0 && ["are", "is", "be", "were", "was"].contains(words[index - 1])
                && words[max(0, index - 10)..<index].contains(where: beliefWords.contains)
        }
    }
}
