import Foundation
import GRDB
public import TruceModel

/// Truce's embedded store: one SQLite file, created on first use and
/// migrated to the current schema when opened.
///
/// Each domain operation is one transaction; an import either lands whole
/// or not at all.
public struct Store: Sendable {
    /// The database file, or `:memory:`.
    public let path: String
    /// A `DatabasePool` (WAL: readers proceed while an import writes) or a `DatabaseQueue`
    /// (in memory, rollback journal, or read-only).
    let database: any DatabaseWriter

    init(path: String, database: any DatabaseWriter) {
        self.path = path
        self.database = database
    }

    /// SQLite's `application_id` of a Truce store ("TRCE"): it tells a Truce store from
    /// another application's SQLite file, which Truce must not take over.
    public static let applicationID: Int32 = 0x5452_4345

    /// Opens (creating if needed) the store at `path` and migrates it.
    ///
    /// - Parameter configuration: journal mode, pool and cache sizes, read-only access;
    ///   the defaults suit every command.
    /// - Throws: ``TruceError`` (`store`) when the path is a folder, the file is not a SQLite
    ///   database, belongs to another application, is damaged or busy, or cannot be written.
    public static func open(path: String, configuration: StoreConfiguration = StoreConfiguration()) throws -> Store {
        try StoreOpening(path: path, configuration: configuration).open()
    }

    /// A store that lives in memory only, for tests and one-off checks.
    public static func inMemory() throws -> Store {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue)
        // Marked as a file store is, so that it verifies the same.
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA application_id = \(Store.applicationID)") }
        return Store(path: ":memory:", database: queue)
    }

    /// The schema migrations applied, oldest first.
    public func appliedMigrations() throws -> [String] {
        try read { db in try Schema.migrator.appliedMigrations(db) }
    }

    /// Every import, oldest first.
    public func snapshots() throws -> [Snapshot] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM snapshots ORDER BY id").map { row in
                Snapshot(
                    id: row["id"], source: row["source"], file: row["file_name"], fileHash: row["file_hash"],
                    importedAt: row["imported_at"],
                    counts: ImportCounts(
                        read: row["rows_read"], stored: row["stored"], updated: row["updated"], unchanged: row["unchanged"],
                        rejected: row["rejected"]
                    )
                )
            }
        }
    }

    /// Records the agreement's actors and aliases, so that the store can say
    /// which data-set names map to nothing.
    /// Writes nothing when the store already holds exactly these actors for the agreement,
    /// so assessing an agreement again leaves the file as it was.
    public func register(_ agreement: Agreement) throws {
        if try isRegistered(agreement) { return }
        try write { db in
            try db.execute(sql: "DELETE FROM actor_aliases WHERE agreement_id = ?", arguments: [agreement.id])
            try db.execute(sql: "DELETE FROM actor_codes WHERE agreement_id = ?", arguments: [agreement.id])
            for actor in agreement.actors {
                for code in Set(actor.codes) {
                    try db.execute(
                        sql: "INSERT INTO actor_codes (agreement_id, actor_id, code) VALUES (?, ?, ?)",
                        arguments: [agreement.id, actor.id, code]
                    )
                }
                for alias in Set([actor.name] + actor.aliases) {
                    try db.execute(
                        sql: "INSERT INTO actor_aliases (agreement_id, actor_id, alias) VALUES (?, ?, ?)",
                        arguments: [agreement.id, actor.id, alias]
                    )
                }
            }
        }
    }

    /// Whether the store holds exactly the agreement's actors, aliases and codes (see ``register(_:)``).
    public func isRegistered(_ agreement: Agreement) throws -> Bool {
        var codes: Set<[String]> = []
        var aliases: Set<[String]> = []
        for actor in agreement.actors {
            for code in actor.codes { codes.insert([actor.id, code]) }
            for alias in [actor.name] + actor.aliases { aliases.insert([actor.id, alias]) }
        }
        return try read { db in
            let storedCodes = try Row.fetchAll(db, sql: "SELECT actor_id, code FROM actor_codes WHERE agreement_id = ?", arguments: [agreement.id])
                .map { [$0["actor_id"] as String, $0["code"] as String] }
            let storedAliases = try Row.fetchAll(
                db, sql: "SELECT actor_id, alias FROM actor_aliases WHERE agreement_id = ?", arguments: [agreement.id]
            ).map { [$0["actor_id"] as String, $0["alias"] as String] }
            return Set(storedCodes) == codes && Set(storedAliases) == aliases && storedCodes.count == codes.count
                && storedAliases.count == aliases.count
        }
    }

    /// The number of rows in each table, for status displays and tests.
    public func counts() throws -> [String: Int] {
        try read { db in
            var result: [String: Int] = [:]
            for table in ["events", "event_history", "observations", "claims", "snapshots", "actors", "sources"] {
                result[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            return result
        }
    }
}

extension Store {
    /// The names of a table's indexes, sorted; for checks and tests.
    public func indexNames(on table: String) throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? ORDER BY name", arguments: [table])
        }
    }
}
