/// Which ACLED event types a reviewer may give an event, by its CAMEO code.
///
/// CAMEO's roots 01–05 (public statements, appeals, intents to cooperate, consultation, diplomatic
/// cooperation) and 10 (demands) are things said, not done: an armed-conflict type (Battles,
/// Explosions/Remote violence, Violence against civilians) would make a statement count as violence
/// in every assessment. Such a code is offered only the other types, and an edit that gives it an
/// armed-conflict type is refused.
public enum EventTypeChoice {
    /// ACLED's event types, in ACLED's order.
    public static let eventTypes = [
        "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments",
    ]

    /// ACLED's political-violence types: the armed conflict a statement is not.
    public static let armedConflictTypes: Set<String> = ["battles", "explosions/remote violence", "violence against civilians"]

    /// The CAMEO roots of statements: 01–05 and 10.
    public static let statementRoots: Set<String> = ["01", "02", "03", "04", "05", "10"]

    /// Whether CAMEO `code` ("042", "1041") is a statement.
    public static func isStatement(code: String) -> Bool {
        code.count >= 2 && statementRoots.contains(String(code.prefix(2)))
    }

    /// Whether `eventType` is one of ACLED's armed-conflict types (any case).
    public static func isArmedConflict(_ eventType: String) -> Bool {
        armedConflictTypes.contains(eventType.lowercased())
    }

    /// The event types offered to an event of CAMEO `code`: every type, or, for a statement, those
    /// that are not armed conflict.
    public static func offered(forCode code: String?) -> [String] {
        guard let code, isStatement(code: code) else { return eventTypes }
        return eventTypes.filter { !isArmedConflict($0) }
    }

    /// Refuses an armed-conflict `eventType` for a statement `code`.
    ///
    /// - Throws: ``TruceError`` (`invalidInput`) whose message starts with `field 'event_type':` and names the types offered.
    public static func check(eventType: String, code: String) throws(TruceError) {
        guard isStatement(code: code), isArmedConflict(eventType) else { return }
        throw TruceError(
            .invalidInput,
            "field 'event_type': '\(eventType)' is an armed-conflict type and CAMEO \(code) is a statement "
                + "(CAMEO 01–05 and 10 are things said, not done); set one of "
                + offered(forCode: code).joined(separator: ", ") + ", or set code= to an act first")
    }
}

extension ReviewCluster {
    /// The CAMEO code the cluster's event would be accepted with: the edited one, else the one most reports give.
    public var eventCode: String? {
        guard kind == .event else { return nil }
        if let code = edits.code { return code }
        return EvidenceDraft.mostCommon(reports.compactMap(\.eventReport), { $0.record.code }).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The event types a reviewer is offered for this cluster (see ``EventTypeChoice``); empty for claims and figures.
    public var offeredEventTypes: [String] {
        kind == .event ? EventTypeChoice.offered(forCode: eventCode) : []
    }

    /// The cluster's edits with `assignments` (`field=value`) set, checked field by field and then
    /// together: an event whose code is a statement never takes an armed-conflict type.
    ///
    /// - Throws: ``TruceError`` (`invalidInput`) naming the first wrong field.
    public func edits(setting assignments: [String]) throws(TruceError) -> ReviewEdits {
        var edited = self
        for assignment in assignments { try edited.edits.set(assignment: assignment, kind: kind) }
        if kind == .event, let code = edited.eventCode, case .some(.some(let eventType)) = edited.edits.text("event_type") {
            try EventTypeChoice.check(eventType: eventType, code: code)
        }
        return edited.edits
    }
}
