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
    /// Where the review decisions and uploads made through the audited use cases are recorded;
    /// nil for a backend without an audit log (those use cases then refuse to run).
    public let audit: AuditTrail?

    /// An app over `storage`, reading time from `clock` (the system's by default), recording audited
    /// writes in `audit`.
    public init(storage: any TruceStorage, clock: WallClock = .system, audit: AuditTrail? = nil) {
        self.storage = storage
        self.clock = clock
        self.audit = audit
    }

    /// The audit trail, for a use case that must not write without one.
    ///
    /// - Throws: ``TruceError`` (`store`) when the app has none.
    func requireAudit() throws -> AuditTrail {
        guard let audit else { throw TruceError(.store, "this store keeps no audit log, so it cannot take audited writes") }
        return audit
    }
}
