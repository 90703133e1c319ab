import Foundation
import Logging
import PostgresNIO
import Testing
import TruceModel
import TrucePostgres
import TruceStorage
import TruceTestSupport

/// An import of more events than the store holds (and at least 100,000) builds the events' secondary indexes
/// again at the end instead of updating them row by row: the indexes must all be back, and the rows right.
@Suite(.enabled(if: PostgresTestDatabase.isWanted)) struct PostgresBulkImportTests {
    /// The names of the indexes of `table`.
    static func indexes(of table: String, at url: String) async throws -> [String] {
        try await withTestConnection(to: url) { connection, logger in
            var names: [String] = []
            let rows = try await connection.query("SELECT indexname::text FROM pg_indexes WHERE tablename = \(table) ORDER BY 1", logger: logger)
            for try await name in rows.decode(String.self) { names.append(name) }
            return names
        }
    }

    @Test func aBulkImportRebuildsEveryIndexAndKeepsTheRows() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let store = try await PostgresStore.open(url: url)
            let before = try await Self.indexes(of: "events", at: url)
            #expect(before.contains("events_by_order"), "\(before)")
            let events = (1...100_000).map { Fixtures.event("B\($0)", "2020-03-\(String(format: "%02d", $0 % 28 + 1))", "Taliban") }
            let report = try await store.importEvents(
                from: ListedRecords(values: events), kind: "acled", input: "bulk.csv", importedAt: "2026-01-01T00:00:00Z",
                rejects: DiscardedRejects(), progress: { _ in })
            #expect(report.counts.stored == 100_000)
            #expect(try await Self.indexes(of: "events", at: url) == before, "every index is back")
            #expect(try await store.eventCount(matching: EventFilter()) == 100_000)
            // The rebuilt indexes serve the next import, which updates one row and adds one.
            var changed = events[41]
            changed.fatalities = Fatalities(exactly: 3)
            let next = try await store.importEvents(
                from: ListedRecords(values: [changed, Fixtures.event("B100001", "2020-04-01", "Taliban")]), kind: "acled", input: "more.csv",
                importedAt: "2026-01-02T00:00:00Z", rejects: DiscardedRejects(), progress: { _ in })
            #expect(next.counts.stored == 1 && next.counts.updated == 1)
            #expect(try await store.eventCount(matching: EventFilter()) == 100_001)
            await store.close()
        }
    }

    /// The first column of every row of `query`, as text.
    static func texts(_ query: PostgresQuery, at url: String) async throws -> [String] {
        try await withTestConnection(to: url) { connection, logger in
            var texts: [String] = []
            let rows = try await connection.query(query, logger: logger)
            for try await text in rows.decode(String.self) { texts.append(text) }
            return texts
        }
    }

    /// The names of the unique keys of `table`.
    static func uniqueKeys(of table: String, at url: String) async throws -> [String] {
        try await texts("SELECT conname::text FROM pg_constraint WHERE conrelid = \(table)::regclass AND contype = 'u' ORDER BY 1", at: url)
    }

    /// The definitions of the foreign keys of `table`.
    static func foreignKeys(of table: String, at url: String) async throws -> [String] {
        try await texts(
            "SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = \(table)::regclass AND contype = 'f' ORDER BY 1",
            at: url)
    }

    /// A first import copies its rows straight into the empty events table: keys, foreign keys and indexes
    /// must be back, the actors of its rows registered, so the same file again stores nothing and a revised
    /// row updates.
    @Test func aFirstImportIntoAnEmptyStoreKeepsKeysAndIndexes() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let store = try await PostgresStore.open(url: url)
            let indexes = try await Self.indexes(of: "events", at: url)
            let keys = try await Self.uniqueKeys(of: "events", at: url)
            let foreignKeys = try await Self.foreignKeys(of: "events", at: url)
            #expect(keys.count == 1, "\(keys)")
            #expect(foreignKeys.count == 1, "\(foreignKeys)")
            // Rows alternate between two pairs of actors, one without a second actor.
            let events = (1...500).map {
                Fixtures.event(
                    "E\($0)", "2020-03-\(String(format: "%02d", $0 % 28 + 1))", $0 % 2 == 0 ? "Taliban" : "Military Forces of Afghanistan",
                    $0 % 2 == 0 ? nil : "Police Forces of Afghanistan")
            }
            func importing(_ values: [Event], _ file: String) async throws -> ImportReport {
                try await store.importEvents(
                    from: ListedRecords(values: values), kind: "acled", input: file, importedAt: "2026-01-01T00:00:00Z",
                    rejects: DiscardedRejects(), progress: { _ in })
            }
            let first = try await importing(events, "first.csv")
            #expect(first.counts.stored == 500)
            #expect(try await Self.indexes(of: "events", at: url) == indexes)
            #expect(try await Self.uniqueKeys(of: "events", at: url) == keys)
            #expect(try await Self.foreignKeys(of: "events", at: url) == foreignKeys)
            let actors = try await Self.texts("SELECT name || ' ' || first_snapshot_id FROM actors ORDER BY name", at: url)
            let snapshot = first.snapshot
            #expect(
                actors == ["Military Forces of Afghanistan \(snapshot)", "Police Forces of Afghanistan \(snapshot)", "Taliban \(snapshot)"])
            let again = try await importing(events, "first.csv")
            #expect(again.counts.stored == 0 && again.counts.unchanged == 500)
            var revised = events[7]
            revised.fatalities = Fatalities(exactly: 4)
            let next = try await importing([revised], "revised.csv")
            #expect(next.counts.updated == 1 && next.counts.stored == 0)
            #expect(try await store.eventCount(matching: EventFilter()) == 500)
            await store.close()
        }
    }

    /// A first import whose file gives a key twice cannot keep the unique key when copied straight in: it is
    /// merged as any import, the later row winning, and the keys and indexes are back.
    @Test func aFirstImportGivingAKeyTwiceEndsAsTheLaterRow() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let store = try await PostgresStore.open(url: url)
            let indexes = try await Self.indexes(of: "events", at: url)
            let keys = try await Self.uniqueKeys(of: "events", at: url)
            let foreignKeys = try await Self.foreignKeys(of: "events", at: url)
            let rows = [
                Fixtures.event("K1", "2020-03-01", "Taliban"), Fixtures.event("K2", "2020-03-02", "Taliban"),
                Fixtures.event("K1", "2020-03-01", "Military Forces of Afghanistan"),
            ]
            let report = try await store.importEvents(
                from: ListedRecords(values: rows), kind: "acled", input: "twice.csv", importedAt: "2026-01-01T00:00:00Z",
                rejects: DiscardedRejects(), progress: { _ in })
            #expect(report.counts.stored == 2 && report.counts.updated == 1)
            #expect(try await store.eventCount(matching: EventFilter()) == 2)
            var byLater = EventFilter()
            byLater.actor = "Military Forces of Afghanistan"
            #expect(try await store.eventCount(matching: byLater) == 1)
            #expect(try await Self.indexes(of: "events", at: url) == indexes)
            #expect(try await Self.uniqueKeys(of: "events", at: url) == keys)
            #expect(try await Self.foreignKeys(of: "events", at: url) == foreignKeys)
            await store.close()
        }
    }
}
