import GRDB

/// Drops the secondary indexes of `events` before a bulk import and builds them again at its end,
/// inside the import's transaction (``Schema/eventIndexes``).
enum EventIndexRebuild {
    /// The helper threads SQLite's sorter may use to build an index. By then the import's reading
    /// thread has finished, so a second core is free to sort while the writing thread reads the table.
    static let sorterThreads = 2

    /// Drops every secondary index of `events` that exists.
    static func drop(in db: Database) throws {
        for name in Schema.eventIndexNames { try db.execute(sql: "DROP INDEX IF EXISTS \(name)") }
    }

    /// Builds every secondary index of `events` with up to ``sorterThreads`` sorter threads, then
    /// gives the connection back its own setting.
    static func build(in db: Database) throws {
        let previous = try Int.fetchOne(db, sql: "PRAGMA threads") ?? 0
        try db.execute(sql: "PRAGMA threads = \(sorterThreads)")
        defer { try? db.execute(sql: "PRAGMA threads = \(previous)") }
        for sql in Schema.eventIndexes { try db.execute(sql: sql) }
    }
}
