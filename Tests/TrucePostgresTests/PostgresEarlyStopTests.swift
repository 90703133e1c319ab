import Foundation
import Logging
import PostgresNIO
import Testing
import TruceModel
import TrucePostgres
import TruceStorage
import TruceTestSupport

/// A reader that stops part way through an export (a server's client that hung up, standard output closed
/// under `| head`) stops the query on the server too: no statement of the store's sessions is left running
/// through the remaining rows, none is left inside a transaction, and the store answers the next request.
@Suite(.enabled(if: PostgresTestDatabase.isWanted)) struct PostgresEarlyStopTests {
    static let storedEvents = 200_000

    /// Thrown by the readers below after their first rows, as a failed write to a client would be.
    struct ReaderQuit: Error {}

    /// One session of the database other than the test's own.
    struct Session: CustomStringConvertible {
        var pid: Int
        var state: String
        var query: String
        var description: String { "\(pid) \(state): \(query)" }
    }

    /// The client sessions on the store's database other than the one asking, as `pg_stat_activity` shows them.
    static func otherSessions(at url: String) async throws -> [Session] {
        try await withTestConnection(to: url) { connection, logger in
            var sessions: [Session] = []
            let rows = try await connection.query(
                """
                SELECT pid, coalesce(state, ''), coalesce(query, '') FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
                """, logger: logger)
            for try await (pid, state, query) in rows.decode((Int32, String, String).self) {
                sessions.append(Session(pid: Int(pid), state: state, query: query))
            }
            return sessions
        }
    }

    @Test func anExportThatStopsAfterTenEventsLeavesNoQueryRunning() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let store = try await PostgresStore.open(url: url)
            let events = (1...Self.storedEvents).map { Fixtures.event("S\($0)", "2020-03-\(String(format: "%02d", $0 % 28 + 1))", "Taliban") }
            _ = try await store.importEvents(
                from: ListedRecords(values: events), kind: "acled", input: "many.csv", importedAt: "2026-01-01T00:00:00Z",
                rejects: DiscardedRejects(), progress: { _ in })

            // The server's export: pages handed to a client that hangs up after the first.
            var paged = 0
            await #expect(throws: ReaderQuit.self) {
                try await store.forEachEventPage(matching: EventFilter(), pageSize: 10) { page in
                    paged += page.count
                    throw ReaderQuit()
                }
            }
            #expect(paged == 10)
            let afterPages = try await Self.otherSessions(at: url)
            #expect(afterPages.allSatisfy { $0.state == "idle" }, "a session still busy after the reader quit: \(afterPages)")

            // The CLI's export: events one at a time to a standard output that closes after ten.
            var visited = 0
            await #expect(throws: ReaderQuit.self) {
                try await store.forEachEvent(matching: EventFilter(), limit: nil) { _ in
                    visited += 1
                    if visited == 10 { throw ReaderQuit() }
                }
            }
            #expect(visited == 10)
            let afterEvents = try await Self.otherSessions(at: url)
            #expect(afterEvents.allSatisfy { $0.state == "idle" }, "a session still busy after the reader quit: \(afterEvents)")

            // The connections are fit for the next requests, outside any transaction left over.
            #expect(try await store.eventCount(matching: EventFilter()) == Self.storedEvents)
            // A whole read in pages of a thousand (pages of three took 66,667 round trips, most of the suite's tail).
            var firstKeys: [String] = []
            let read = try await store.forEachEventPage(matching: EventFilter(), pageSize: 1_000) { page in
                if firstKeys.isEmpty { firstKeys = page.map(\.key) }
            }
            #expect(firstKeys.count == 1_000 && read == Self.storedEvents)
            let fresh = Fixtures.event("after", "2020-04-01", "Taliban")
            let report = try await store.importEvents(
                from: ListedRecords(values: [fresh]), kind: "acled", input: "one.csv", importedAt: "2026-01-02T00:00:00Z",
                rejects: DiscardedRejects(), progress: { _ in })
            #expect(report.counts.stored == 1, "an import after the stops commits")
            #expect(try await store.eventCount(matching: EventFilter()) == Self.storedEvents + 1)
            await store.close()
        }
    }

    @Test func aCompleteReadThroughTheCursorSeesEveryEventInOrderFromOneState() async throws {
        try await PostgresTestDatabase.with { store in
            let events = (1...2_500).map { Fixtures.event("C\($0)", "2020-05-\(String(format: "%02d", $0 % 28 + 1))", "Taliban") }
            _ = try await store.importEvents(
                from: ListedRecords(values: events), kind: "acled", input: "c.csv", importedAt: "2026-01-01T00:00:00Z",
                rejects: DiscardedRejects(), progress: { _ in })
            var keys: [String] = []
            var days: [Day] = []
            var pages = 0
            // An import between two pages is not seen: the cursor reads the state of its first page.
            let read = try await store.forEachEventPage(matching: EventFilter(), pageSize: 1_000) { page in
                pages += 1
                keys += page.map(\.key)
                days += page.map(\.date.day)
                if pages == 1 {
                    _ = try await store.importEvents(
                        from: ListedRecords(values: [Fixtures.event("C0", "2020-05-01", "Taliban")]), kind: "acled", input: "d.csv",
                        importedAt: "2026-01-02T00:00:00Z", rejects: DiscardedRejects(), progress: { _ in })
                }
            }
            #expect(read == 2_500 && pages == 3)
            #expect(keys.count == 2_500 && Set(keys) == Set(events.map(\.key)), "every event once, not the one imported part way")
            #expect(zip(days, days.dropFirst()).allSatisfy { $0 <= $1 }, "oldest first")
            var visited: [String] = []
            try await store.forEachEvent(matching: EventFilter(), limit: nil) { visited.append($0.key) }
            #expect(visited.count == 2_501 && Set(visited).contains("C0"))
        }
    }
}
