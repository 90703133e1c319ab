public import TruceModel

/// The record of imports and of the store itself.
public protocol SnapshotStore: Sendable {
    /// Every import, oldest first.
    func snapshots() async throws -> [Snapshot]
    /// The schema migrations applied, oldest first; the last names the schema version.
    func appliedMigrations() async throws -> [String]
    /// The number of records in each kind of table (`events`, `event_history`, `observations`,
    /// `claims`, `snapshots`, `actors`, `sources`).
    func counts() async throws -> [String: Int]
}
