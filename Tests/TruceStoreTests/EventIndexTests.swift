import Foundation
import GRDB
import Testing
import TruceModel
import TruceStorage
import TruceTestSupport

@testable import TruceStore

/// The secondary indexes of `events`: which a store has, and how a bulk import builds them again.
@Suite struct EventIndexTests {
    let stamp = "2026-01-01T00:00:00Z"

    /// A store as main left it before `v11-fewer-event-indexes` (at `users-removal`, five indexes on
    /// `events`, the example events in it) loses the three unused indexes when opened, and keeps every event.
    @Test func aStoreMadeBeforeKeepsItsEventsAndLosesTheUnusedIndexes() throws {
        let path = try TestPaths.temporaryDirectory("truce-index-migration").appendingPathComponent("truce.sqlite").path
        let old = try Store.open(path: path, upTo: "users-removal")
        let file = TestPaths.example("events.csv")
        let first = try old.importACLED(path: file, importedAt: stamp)
        #expect(Set(try old.indexNames(on: "events")).isSuperset(of: ["events_by_date", "events_by_country", "events_by_dataset"]))
        let before = try old.events(matching: EventFilter(), limit: nil)

        let store = try Store.open(path: path)
        #expect(try store.appliedMigrations().last == "v11-fewer-event-indexes")
        let indexes = Set(try store.indexNames(on: "events"))
        #expect(indexes.isDisjoint(with: ["events_by_date", "events_by_country", "events_by_dataset"]), "\(indexes)")
        #expect(indexes.isSuperset(of: Schema.eventIndexNames), "\(indexes)")
        #expect(try store.events(matching: EventFilter(), limit: nil).events == before.events)
        // The content hashes are those the earlier version stored: the same file again changes nothing.
        let again = try store.importACLED(path: file, importedAt: stamp, bulkFrom: 0)
        #expect(again.counts.unchanged == first.counts.read && again.counts.stored == 0 && again.counts.updated == 0)
        #expect(Set(try store.indexNames(on: "events")) == indexes)
    }

    /// The bulk rebuild asks SQLite for sorter threads, which only helps if the SQLite linked in
    /// honours the setting (a build with `SQLITE_MAX_WORKER_THREADS=0` answers 0).
    @Test func theLinkedSQLiteTakesSorterThreads() throws {
        let queue = try DatabaseQueue()
        let threads = try queue.inDatabase { db in
            try Int.fetchOne(db, sql: "PRAGMA threads = \(EventIndexRebuild.sorterThreads)")
        }
        #expect(threads == EventIndexRebuild.sorterThreads)
    }

    /// The rebuild gives the connection its own sorter and cache settings back, so later statements of
    /// the same connection (other imports, queries) run as before.
    @Test func theRebuildRestoresTheConnectionsSettings() throws {
        let store = try Store.inMemory()
        let settings = try store.database.write { db -> [Int?] in
            try db.execute(sql: "PRAGMA threads = 1; PRAGMA cache_size = -12345")
            try EventIndexRebuild.drop(in: db)
            let dropped = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'")
            try EventIndexRebuild.build(in: db)
            #expect(Set(dropped).isDisjoint(with: Schema.eventIndexNames))
            return [try Int.fetchOne(db, sql: "PRAGMA threads"), try Int.fetchOne(db, sql: "PRAGMA cache_size")]
        }
        #expect(settings == [1, -12345])
        #expect(Set(try store.indexNames(on: "events")).isSuperset(of: Schema.eventIndexNames))
    }

    /// Before the indexes are built, the import's dirty pages go to the log between statements (where
    /// no statement journal copies them first), and the transaction stays whole: a rollback after the
    /// write still leaves nothing behind.
    @Test func cachedPagesGoToTheLogAndARollbackStillDropsThem() throws {
        let path = try TestPaths.temporaryDirectory("truce-cache-flush").appendingPathComponent("truce.sqlite").path
        let store = try Store.open(path: path)
        let log = path + "-wal"
        let sizes = try store.database.writeWithoutTransaction { db -> (before: Int, after: Int) in
            try db.execute(sql: "BEGIN IMMEDIATE")
            for index in 0..<200 {
                try db.execute(
                    sql: "INSERT INTO snapshots (source, file_name, file_hash, imported_at) VALUES ('test', ?, '', ?)",
                    arguments: [String(repeating: "f", count: 500), "\(index)"])
            }
            let before = try Self.size(of: log)
            try EventIndexRebuild.writeCachedPages(in: db)
            let after = try Self.size(of: log)
            #expect(db.isInsideTransaction)
            try db.execute(sql: "ROLLBACK")
            return (before, after)
        }
        #expect(sizes.after > sizes.before, "\(sizes)")
        #expect(try store.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM snapshots") } == 0)
    }

    private static func size(of path: String) throws -> Int {
        guard FileManager.default.fileExists(atPath: path) else { return 0 }
        return (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }
}
