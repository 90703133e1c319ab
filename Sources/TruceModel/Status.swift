/// A provision's or reading's standing on a day. Spelled the same in JSON,
/// tables and the API.
public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
    /// Not yet due, or its window has not closed.
    case pending
    case complied
    case violated
    /// Due, and not done.
    case overdue
    /// Done, after the due date.
    case compliedLate = "complied_late"
    /// Done according to a party's own report only: not yet verified by the provision's monitors
    /// (`verified_by`).
    case declared
    /// A provision it requires failed, so it no longer applies.
    case lapsed
    /// The evidence cannot decide (e.g. too few events for the statistical test).
    case inconclusive
    /// The provision's readings disagree.
    case disputed

    /// Whether a script should be alerted: violated or overdue.
    public var isAlarming: Bool { self == .violated || self == .overdue }
}
