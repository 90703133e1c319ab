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
        let location = try PostgresLocation(url: url)
        let logger = Logger(label: "test")
        let connection = try await PostgresConnection.connect(
            configuration: PostgresConnection.Configuration(
                host: location.host, port: location.port, username: location.user, password: location.password, database: location.database,
                tls: .disable), id: 1, logger: logger)
        var names: [String] = []
        let rows = try await connection.query("SELECT indexname::text FROM pg_indexes WHERE tablename = \(table) ORDER BY 1", logger: logger)
        for try await name in rows.decode(String.self) { names.append(name) }
        try await connection.close()
        return names
    }

    @Test func aBulkImportRebuildsEveryIndexAndKeepsTheRows() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let store = try await PostgresStore.open(url: url)
            let before = try await Self.indexes(of: "events", at: url)
            #expect(before.count == 9, "\(before)")
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
}
