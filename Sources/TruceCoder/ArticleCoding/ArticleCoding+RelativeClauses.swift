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

    /// Whether the words at `range` lie in a clause that "in which" or "during which" opens after a noun of act: "the
    /// attack on the base on Friday, in which one peacekeeper was killed". The clause tells the act's outcome; who
    /// condemned or reported the act ("The council condemned the attack …, in which …") did not do it.
    static func isInActsWhichClause(_ range: Range<Int>, words: [CasualtyWords.Word]) -> Bool {
        guard let first = words.firstIndex(where: { $0.range.lowerBound >= range.lowerBound }) else { return false }
        var index = first
        while index >= 2, first - index <= 10 {
            if words[index].text == "which", ["in", "during"].contains(words[index - 1].text), words[index - 1].punctuatedBefore {
                // The act's noun phrase may be long: "the attack on 3 March against a United Nations Mission in South
                // Sudan (UNMISS) base in Upper Nile state, in which …".
                let before = words[max(0, index - 20)..<(index - 1)]
                return before.contains { isActNoun($0.text) || describedActNouns.contains($0.text) }
            }
            if index < first, words[index + 1].punctuatedBefore { return false }
            index -= 1
        }
        return false
    }

    /// The doer of an act whose outcome an "in which" clause tells: its "by" agent or possessor, else a non-state armed
    /// group named before it (one that claimed it: "Militants claimed the ambush …, during which four soldiers died");
    /// never another actor (the one who condemned or reported it).
    static func doerOfDescribedAct(_ actors: [ActorMention], before offset: Int, in sentence: String) -> ActorMention? {
        agentAfterBy(actors, in: sentence) ?? possessiveDoer(actors, in: sentence)
            ?? actors.last { $0.range.upperBound <= offset && ArmedGroups.isArmedGroup(code: $0.code) }
    }
}
