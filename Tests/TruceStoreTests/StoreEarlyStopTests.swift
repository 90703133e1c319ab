import Foundation
import GRDB
import Testing
import TruceModel
import TruceStorage
import TruceStore
import TruceTestSupport

/// A reader that stops part way through an export releases what it read with: SQLite's read of the
/// events ends, so it no longer pins the write-ahead log. A checkpoint that truncates the log proves
/// it: it cannot complete while any reader still sees a state older than the log's end.
@Suite struct StoreEarlyStopTests {
    struct ReaderQuit: Error {}

    /// A store file of 2,000 events, and a plain connection to the same file, as another program's.
    static func store() async throws -> (Store, DatabaseQueue) {
        let folder = try TestPaths.temporaryDirectory("early-stop")
        let path = folder.appendingPathComponent("store.sqlite").path
        let store = try Store.open(path: path)
        let events = (1...2_000).map { Fixtures.event("E\($0)", "2020-03-\(String(format: "%02d", $0 % 28 + 1))", "Taliban") }
        _ = try await store.importEvents(
            from: ListedRecords(values: events), kind: "acled", input: "e.csv", importedAt: "2026-01-01T00:00:00Z", rejects: DiscardedRejects(),
            progress: { _ in })
        return (store, try DatabaseQueue(path: path))
    }

    /// Writes a row from the other connection, so the log holds a state newer than a running read.
    static func writeElsewhere(_ other: DatabaseQueue) throws {
        try other.write { db in
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS scratch (x INTEGER)")
            try db.execute(sql: "INSERT INTO scratch VALUES (1)")
        }
    }

    /// Whether a truncating checkpoint could not complete because a reader holds an older state.
    static func checkpointIsBlocked(_ other: DatabaseQueue) throws -> Bool {
        try other.writeWithoutTransaction { db in
            let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            let busy: Int = row?[0] ?? 1
            return busy != 0
        }
    }

    @Test func pagesThatStopEarlyEndTheirSnapshot() async throws {
        let (store, other) = try await Self.store()
        var blockedWhileReading = false
        var read = 0
        await #expect(throws: ReaderQuit.self) {
            try await store.forEachEventPage(matching: EventFilter(), pageSize: 10) { page in
                read += page.count
                try Self.writeElsewhere(other)
                blockedWhileReading = try Self.checkpointIsBlocked(other)
                throw ReaderQuit()
            }
        }
        #expect(read == 10)
        #expect(blockedWhileReading, "the pages' snapshot holds the log while they are read")
        #expect(try !Self.checkpointIsBlocked(other), "the snapshot ended with the stop")
        #expect(try await store.eventCount(matching: EventFilter()) == 2_000)
    }

    @Test func aCursorThatStopsEarlyEndsItsRead() async throws {
        let (store, other) = try await Self.store()
        var blockedWhileReading = false
        var visited = 0
        #expect(throws: ReaderQuit.self) {
            try store.forEachEvent(matching: EventFilter()) { _ in
                visited += 1
                guard visited == 10 else { return }
                try Self.writeElsewhere(other)
                blockedWhileReading = try Self.checkpointIsBlocked(other)
                throw ReaderQuit()
            }
        }
        #expect(visited == 10)
        #expect(blockedWhileReading, "the cursor's read holds the log while it runs")
        #expect(try !Self.checkpointIsBlocked(other), "the read ended with the stop")
    }
}
