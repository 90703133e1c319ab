/// One act done by several doers is one event: "the Lebanese Army and the State Security Forces will deploy" is one
/// deployment, as ACLED codes it (the first doer its actor 1, the others associated with it), not one per doer.
extension ArticleCoding {
    /// `events` with one event for each act of a compound subject: of the events of the same verb, code and target
    /// whose doers differ, the one whose doer is named first is kept, where the first of them stood. (Two sides acting
    /// on each other, "Hamas and Israel clashed", differ in their targets and stay.)
    static func oneEventPerCompoundSubject(_ events: [SentenceEvent]) -> [SentenceEvent] {
        guard events.count > 1 else { return events }
        var kept: [SentenceEvent] = []
        for event in events {
            guard let source = event.source,
                let index = kept.firstIndex(where: { earlier in
                    earlier.verbRange == event.verbRange && earlier.code == event.code && earlier.target == event.target
                        && earlier.source != nil && earlier.source != source
                })
            else {
                kept.append(event)
                continue
            }
            if let earlier = kept[index].source, source.range.lowerBound < earlier.range.lowerBound { kept[index] = event }
        }
        return kept
    }
}
