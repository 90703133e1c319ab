import GRDB
import GRDBSQLite

/// Drops the secondary indexes of `events` before a bulk import and builds them again at its end,
/// inside the import's transaction (``Schema/eventIndexes``).
enum EventIndexRebuild {
    /// The helper threads SQLite's sorter may use to build an index. By then the import's reading
    /// thread has finished, so a second core is free to sort while the writing thread reads the table.
    static let sorterThreads = 2

    /// The page cache, in KiB, while the indexes are built. SQLite sizes each sorted run of an index
    /// build by the cache: with the store's 64 MiB, one run held every key of a million rows and most of
    /// the sort went to cache misses while merging its lists; runs of 4 MiB sort within the CPU's caches
    /// and are merged from temporary files, which took about a third off the CPU of the two builds and
    /// 56 MB off the peak (docs/import-performance.md). The scan of the table reads each page once, so it
    /// needs no larger cache.
    static let buildCacheKiB = 4_096

    /// Drops every secondary index of `events` that exists.
    static func drop(in db: Database) throws {
        for name in Schema.eventIndexNames { try db.execute(sql: "DROP INDEX IF EXISTS \(name)") }
    }

    /// Builds every secondary index of `events` with up to ``sorterThreads`` sorter threads and a page
    /// cache of ``buildCacheKiB``, then gives the connection back its own settings.
    ///
    /// The rows the import left in the page cache are written to the log first, between statements.
    /// Left dirty, the smaller cache spilled them during `CREATE INDEX`, and a page spilled while a
    /// statement is open is first copied into that statement's journal, in case the statement fails:
    /// each import copied up to its whole cache (64 MiB) into a temporary file for nothing. Written
    /// now, they are the same frames the commit would write.
    static func build(in db: Database) throws {
        try writeCachedPages(in: db)
        let threads = try Int.fetchOne(db, sql: "PRAGMA threads") ?? 0
        let cache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2_000
        try db.execute(sql: "PRAGMA threads = \(sorterThreads); PRAGMA cache_size = -\(buildCacheKiB)")
        defer { try? db.execute(sql: "PRAGMA threads = \(threads); PRAGMA cache_size = \(cache)") }
        for sql in Schema.eventIndexes { try db.execute(sql: sql) }
    }

    /// Writes the transaction's dirty pages to the log (`sqlite3_db_cacheflush`); the transaction stays open.
    static func writeCachedPages(in db: Database) throws {
        let code = sqlite3_db_cacheflush(db.sqliteConnection)
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }
}
