import TruceModel

/// One act told twice is one event: news tells an act in several words of one sentence ("conducted strikes
/// against targets used by Houthi rebels" reads as a strike and as fighting), and again later in the story
/// ("I authorized a precision strike" after "on Saturday … an airstrike in Kabul").
extension ArticleCoding {
    /// The sentence's events with each act told once: events of the same kind of act (political violence,
    /// demonstrations, strategic developments; CAMEO's own family when no ACLED type is known) whose sides
    /// overlap — a side in common, in either role, or no side named in one of them — are one event. The kept one
    /// is the most specific (a strike or shelling over fighting in general), then the one told first; it takes the
    /// counts the other had and it lacked, and a side it left unnamed.
    static func mergedWithinSentence(_ events: [CodedEvent]) -> [CodedEvent] {
        guard events.count > 1 else { return events }
        var kept: [CodedEvent] = []
        for event in events {
            guard let index = kept.firstIndex(where: { tellSameAct($0, event) }) else {
                kept.append(event)
                continue
            }
            let (better, other) = preference(kept[index]) >= preference(event) ? (kept[index], event) : (event, kept[index])
            kept[index] = absorbing(other, into: better)
        }
        return kept
    }

    /// Whether two events of one article can be the same act: the same kind of act, overlapping sides, and the
    /// same class of modality (a promise is not the act done).
    static func tellSameAct(_ first: CodedEvent, _ second: CodedEvent) -> Bool {
        guard kind(of: first) == kind(of: second), (first.modality == .done) == (second.modality == .done) else { return false }
        let one = sides(of: first)
        let other = sides(of: second)
        return one.isEmpty || other.isEmpty || !one.isDisjoint(with: other)
    }

    /// The kind of act: the ACLED family of its type, else its CAMEO root.
    static func kind(of event: CodedEvent) -> String {
        if let type = event.acledEventType, !type.isEmpty { return "acled\(family(of: type))" }
        return "cameo" + event.code.prefix(2)
    }

    /// The actor codes of an event's two sides.
    static func sides(of event: CodedEvent) -> Set<String> {
        Set([event.actor1?.code, event.actor2?.code].compactMap { $0 }.filter { !$0.isEmpty })
    }

    /// Which of two tellings of one act to keep: the one with the more specific code; on a tie, the one told first
    /// (a clause's main verb comes before the participles that add to it: "attacked two army camps …, killing 25
    /// soldiers" is the camps' attack, whatever side "killing" seems to name).
    static func preference(_ event: CodedEvent) -> Int {
        event.code.count > 3 || !(event.code == EventKinds.fighting || event.code.hasSuffix("0")) ? 1 : 0
    }

    /// `kept` with what only `other` knew: its counts, and a side `kept` left unnamed.
    static func absorbing(_ other: CodedEvent, into kept: CodedEvent) -> CodedEvent {
        var merged = kept
        if merged.fatalities.low == nil && merged.fatalities.best == nil { merged.fatalities = other.fatalities }
        merged.count = merged.count ?? other.count
        merged.detained = merged.detained ?? other.detained
        let known = sides(of: merged)
        if merged.actor1 == nil, let actor = other.actor1, !known.contains(actor.code ?? "") { merged.actor1 = actor }
        if merged.actor2 == nil, let actor = other.actor2, !known.contains(actor.code ?? ""), actor.code != merged.actor1?.code {
            merged.actor2 = actor
        }
        return merged
    }

    /// Whether an act (an event with an ACLED type) retells one the article already reported: it reports no one killed
    /// or held (those counts are matched by `markRepeats`), an earlier event tells the same act, and either its
    /// sentence gives it no date of its own and it names no side the earlier event does not, or it has the same
    /// date, the same sides (named) and the same region as the earlier one — the headline's or the lead's act told
    /// again in the body ("US forces strike Houthi targets in Yemen on Thursday … On Thursday, US forces struck …").
    func retellsEarlierEvent(_ event: CodedEvent, ownDate: Bool) -> Bool {
        // Statements and contacts (no ACLED type) are not retold acts: each "an official said" is a statement of its own.
        guard let type = event.acledEventType, !type.isEmpty, event.fatalities.low == nil, event.fatalities.best == nil,
            event.detained == nil
        else { return false }
        let named = Self.sides(of: event)
        // A bounded look back, as `markRepeats` does, so a huge article stays linear.
        return result.events.suffix(64).contains { earlier in
            guard earlier.repeats == nil, Self.tellSameAct(earlier, event), earlier.acledEventType == event.acledEventType else { return false }
            if ownDate {
                return earlier.date == event.date && !named.isEmpty && named == Self.sides(of: earlier)
                    && earlier.location.admin1 == event.location.admin1
            }
            return named.isSubset(of: Self.sides(of: earlier))
        }
    }
}
