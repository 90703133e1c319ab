/// One act done by several doers is one event: "the Lebanese Army and the State Security Forces will deploy" is one
/// deployment, as ACLED codes it (the first doer its actor 1, the others associated with it), not one per doer.
extension ArticleCoding {
    /// `events` without the later members of a compound subject: an event of the same verb, code and target as an
    /// earlier one, whose doer is another member of the same subject, is dropped. (Two sides acting on each other,
    /// "Hamas and Israel clashed", differ in their targets and stay.)
    static func oneEventPerCompoundSubject(_ events: [SentenceEvent]) -> [SentenceEvent] {
        guard events.count > 1 else { return events }
        var kept: [SentenceEvent] = []
        for event in events {
            let repeated = kept.contains { earlier in
                earlier.verbRange == event.verbRange && earlier.code == event.code && earlier.target == event.target
                    && earlier.source != nil && event.source != nil && earlier.source != event.source
            }
            if !repeated { kept.append(event) }
        }
        return kept
    }
}
