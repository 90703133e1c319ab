import TruceModel

/// A relative clause on an act describes that act: in "the attack, which killed five soldiers, was claimed by the
/// Taliban" or "launched strikes that have killed 30", the killing is the attack's outcome, not a second event.
extension ArticleCoding {
    /// Nouns of an act that a relative clause can describe.
    static let describedActNouns: Set<String> = [
        "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "bombing", "bombings", "assault", "assaults", "raid",
        "raids", "ambush", "ambushes", "explosion", "explosions", "blast", "blasts", "shelling", "bombardment", "offensive",
    ]

    /// Words between a relative pronoun and its verb: "which was carried out", "that have reportedly killed".
    private static let relativeFillers: Set<String> = ["was", "were", "is", "are", "has", "have", "had", "reportedly", "also", "allegedly"]

    /// Whether the verb at `verbRange` is the verb of a relative clause on a noun of act: "the attack, which killed",
    /// "strikes that have killed".
    static func describesActNoun(verbRange: Range<Int>, words: [CasualtyWords.Word]) -> Bool {
        guard let verb = words.firstIndex(where: { $0.range.lowerBound >= verbRange.lowerBound }) else { return false }
        var index = verb - 1
        while index >= 0, relativeFillers.contains(words[index].text), !words[index + 1].punctuatedBefore { index -= 1 }
        guard index >= 1, words[index].text == "which" || words[index].text == "that", !words[index + 1].punctuatedBefore else {
            return false
        }
        return describedActNouns.contains(words[index - 1].text)
    }

    /// Folds a relative clause's act into the act it describes: the sentence's last event telling the same act,
    /// else the article's last event when the sentence has none yet ("Fighters attacked a post. The attack, which
    /// killed five, …"). Returns false when there is no such act, and the clause's act stays an event.
    /// With `named`, the act is named by its noun ("the strike killed three"), so it is the act told before whatever its
    /// kind; its victims fill a side the act left unnamed.
    mutating func foldIntoDescribedAct(
        _ event: CodedEvent, events: inout [CodedEvent], casualties: CasualtyReport, killedPlaced: inout Bool, named: Bool = false
    ) -> Bool {
        func fold(into described: inout CodedEvent) {
            if !killedPlaced, described.fatalities.low == nil, described.fatalities.best == nil {
                attachFatalities(casualties, to: &described)
                killedPlaced = true
            }
            if named, described.actor2 == nil, event.actor2 != described.actor1 { described.actor2 = event.actor2 }
        }
        func same(_ told: CodedEvent) -> Bool {
            named ? EventKinds.isViolent(told.code) && told.modality == event.modality : Self.tellSameAct(told, event)
        }
        if let index = events.lastIndex(where: same) {
            fold(into: &events[index])
            return true
        }
        if events.isEmpty, let last = result.events.indices.last, result.events[last].repeats == nil,
            EventKinds.isViolent(result.events[last].code), same(result.events[last])
        {
            var described = result.events[last]
            fold(into: &described)
            result.events[last] = described
            return true
        }
        return false
    }
}
