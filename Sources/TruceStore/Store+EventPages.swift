import Dispatch
import GRDB
public import TruceModel
public import TruceStorage

extension Store {
    /// Reads the pages of a WAL store from one snapshot: a read transaction of its own, opened when the
    /// first page is read and ended when the last is, on a connection outside the pool of readers, so a
    /// slow receiver holds no pooled reader and writers go on (SQLite keeps what the snapshot sees until
    /// it ends, so the write-ahead log grows past its checkpoint for the time of the export), with a
    /// small page cache of its own (``snapshotCacheKiB``). A store
    /// on one connection (in memory, a rollback journal, read-only) cannot hold a read open without
    /// holding off its writers: each of its pages is a read of its own that also reads the evidence
    /// version, and the pages stop with a `conflict` error when it changes.
    @discardableResult
    public func forEachEventPage(matching filter: EventFilter, pageSize: Int, _ body: ([Event]) async throws -> Void) async throws -> Int {
        let pageSize = max(1, pageSize)
        if let pool = database as? DatabasePool {
            let snapshot = try await Self.snapshot(of: pool)
            // The snapshot's transaction ends when it is released, at the end of this call.
            return try await Self.readPages(pageSize: pageSize, body) { position in
                try await snapshot.read { db in try Self.eventPage(filter, after: position, limit: pageSize, in: db) }
            }
        }
        var first: Int64?
        return try await Self.readPages(pageSize: pageSize, body) { position in
            let (version, page) = try await database.read { db in
                (try Self.evidenceVersion(in: db), try Self.eventPage(filter, after: position, limit: pageSize, in: db))
            }
            if let first, first != version {
                throw TruceError(
                    .conflict,
                    "the evidence changed while its events were being read; a store in memory, with a rollback journal or opened "
                        + "read-only cannot keep one state while it is written: read them again")
            }
            first = version
            return page
        }
    }

    /// Reads pages with `read` (given where the last page ended) and hands each non-empty one to `body`
    /// before reading the next, until a page comes back short; returns how many events were read.
    private static func readPages(
        pageSize: Int, _ body: ([Event]) async throws -> Void, read: (EventPosition?) async throws -> [Event]
    ) async throws -> Int {
        var position: EventPosition?
        var count = 0
        while true {
            let page = try await read(position)
            count += page.count
            if !page.isEmpty { try await body(page) }
            guard page.count == pageSize, let last = page.last else { return count }
            position = EventPosition(of: last)
        }
    }

    private static func eventPage(_ filter: EventFilter, after position: EventPosition?, limit: Int, in db: Database) throws -> [Event] {
        let (sql, arguments) = eventPageQuery(filter, after: position, limit: limit)
        return EventRow.events(try Row.fetchAll(db, sql: sql, arguments: arguments))
    }

    private static func evidenceVersion(in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT version FROM evidence_version WHERE id = 1") ?? 0
    }

    /// Pages of the snapshot's cache, in KiB: an export reads each page of the file about once, so a large
    /// cache would only hold memory for as long as a download lasts, once per download.
    static let snapshotCacheKiB = 4_096

    /// A snapshot of `pool`, opened on a thread of Dispatch's: opening a connection may wait on the file.
    private static func snapshot(of pool: DatabasePool) async throws -> DatabaseSnapshot {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(
                    with: Result {
                        let snapshot = try pool.makeSnapshot()
                        try snapshot.read { db in try db.execute(sql: "PRAGMA cache_size = -\(snapshotCacheKiB)") }
                        return snapshot
                    })
            }
        }
    }
}
