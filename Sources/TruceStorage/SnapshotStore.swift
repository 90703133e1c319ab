public import TruceModel

/// The record of imports and of the store itself: its schema, its size, its soundness.
public protocol SnapshotStore: Sendable {
    /// Every import, oldest first.
    func snapshots() async throws -> [Snapshot]
    /// The schema migrations applied, oldest first; the last names the schema version.
    func appliedMigrations() async throws -> [String]
    /// The number of records in each kind of table (`events`, `event_history`, `observations`,
    /// `claims`, `snapshots`, `actors`, `sources`).
    func counts() async throws -> [String: Int]
    /// Reads the whole store (every page, not only what commands happen to read) and reports
    /// damage, a store not marked as Truce's, and a schema behind this version; never writes.
    ///
    /// - Throws: only when the store cannot be read at all; damage is reported, not thrown.
    func verify() async throws -> StoreVerification
}
