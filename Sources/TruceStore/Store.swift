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
    let database: DatabaseQueue

    /// Opens (creating if needed) the store at `path` and migrates it.
    ///
    /// - Throws: ``TruceError`` (`store`) when the file cannot be opened or is not a Truce store.
    public static func open(path: String) throws -> Store {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw TruceError(.store, "cannot create the folder \(directory) for the store: \(error.localizedDescription)")
            }
        }
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA journal_mode = DELETE; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536")
            }
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try Schema.migrator.migrate(queue)
            return Store(path: path, database: queue)
        } catch let error as DatabaseError {
            throw TruceError(
                .store,
                "cannot open the store \(path): \(error.message ?? "SQLite error \(error.resultCode)"); "
                    + "is it a Truce store? Name another with --store")
        }
    }

    /// A store that lives in memory only, for tests and one-off checks.
    public static func inMemory() throws -> Store {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue)
        return Store(path: ":memory:", database: queue)
    }

    /// The schema migrations applied, oldest first.
    public func appliedMigrations() throws -> [String] {
        try database.read { db in try Schema.migrator.appliedMigrations(db) }
    }

    /// Every import, oldest first.
    public func snapshots() throws -> [Snapshot] {
        try database.read { db in
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
    public func register(_ agreement: Agreement) throws {
        try database.write { db in
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

    /// The number of rows in each table, for status displays and tests.
    public func counts() throws -> [String: Int] {
        try database.read { db in
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
        try database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? ORDER BY name", arguments: [table])
        }
    }
}
