import TruceModel
public import TruceStorage

/// Truce's application core: every use case a front end offers (assess, import, list and
/// export events, link incidents, map actors, score implementation, ...) as plain calls
/// that take values and return values over the storage protocols.
///
/// The CLI, the server and the workers each parse their input, call the same method here
/// and render the answer; none holds use-case logic of its own. Errors are ``TruceError``s
/// whose messages name no flag or request field: where an error concerns one input, its
/// `parameter` names it, and the front end adds its own hint.
public struct TruceApp: Sendable {
    /// Where evidence, snapshots and actors are kept.
    public let storage: any TruceStorage
    /// The only source of the current time: tests pass a fixed one.
    public let clock: WallClock
    /// Where the review decisions, evidence writes and uploads made through the audited use cases are
    /// recorded: the storage's own audit log.
    public let audit: AuditTrail

    /// An app over `storage`, reading time from `clock` (the system's by default), recording audited
    /// writes in the storage's audit log, stamped by `clock`.
    public init(storage: any TruceStorage, clock: WallClock = .system) {
        self.storage = storage
        self.clock = clock
        self.audit = AuditTrail(log: storage, clock: clock)
    }
}
