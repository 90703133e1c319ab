/// A notice that a store's evidence changed: an import, or a review decision that accepted or
/// withdrew evidence, committed.
public struct EvidenceChange: Sendable, Hashable {
    /// The snapshot of the change, when it has one.
    public var snapshot: Int64?

    /// A change recorded in `snapshot`.
    public init(snapshot: Int64?) {
        self.snapshot = snapshot
    }
}

/// A store that tells listeners when its evidence changes, whichever process changed it: what a
/// server needs to refresh its assessments. PostgreSQL stores are feeds (LISTEN/NOTIFY); a SQLite file
/// is not one (its writers are other processes the file cannot announce), so its readers look again instead.
public protocol EvidenceChangeFeed: Sendable {
    /// Starts listening and returns once listening: the sequence yields a notice for every change
    /// committed from then on, in commit order, until the listener is dropped.
    ///
    /// - Throws: ``TruceError`` (`store`) when listening cannot start; the sequence throws it when the
    ///   connection is lost, after which a listener starts again and looks at the store afresh (notices
    ///   sent meanwhile are not replayed).
    func evidenceChanges() async throws -> AsyncThrowingStream<EvidenceChange, any Error>
}
