import Foundation
import Logging
import PostgresNIO
import Testing
import TruceFormats
import TruceModel
import TrucePostgres
import TruceStorage
import TruceTestSupport

/// A server that goes away in the middle of an import: a clear error, and nothing half-written.
@Suite(.enabled(if: PostgresTestDatabase.isWanted)) struct PostgresFaultTests {
    /// Events, one a row; after `cutAfter` rows it ends every other session of the database (the
    /// import's among them), as a server restart would, and waits for that to happen.
    struct CutSource: ImportSource {
        var position = 0
        let total: Int
        let cutAfter: Int
        let url: String

        mutating func next() throws -> ParsedRow<Event>? {
            guard position < total else { return nil }
            position += 1
            if position == cutAfter {
                // psql, a program of its own: the import's task must not wait on a task of the same process.
                let psql = Process()
                psql.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                psql.arguments = [
                    "psql", url, "-qAtc",
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
                ]
                psql.standardOutput = FileHandle.nullDevice
                try psql.run()
                psql.waitUntilExit()
            }
            var event = StorageContractEvents.one
            event.key = "E\(position)"
            return .value(event)
        }

        var bytesRead: Int { position }
        var totalBytes: Int { total }
        var notices: [String] { [] }
        var fileHash: String? { "cut" }
    }

    /// Cut early, midway and near the end: the session ends while chunks are being written, or just before the copy ends.
    @Test(arguments: [5_000, 30_000, 59_000])
    func aServerThatGoesAwayMidImportLeavesNothingAndSaysSo(cutAfter: Int) async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let store = try await PostgresStore.open(url: url)
            var failure: TruceError?
            do {
                _ = try await store.importEvents(
                    from: CutSource(total: 60_000, cutAfter: cutAfter, url: url), kind: "acled", input: "big.csv", importedAt: "2026-01-01T00:00:00Z",
                    rejects: DiscardedRejects(), progress: { _ in })
            } catch let error as TruceError {
                failure = error
            }
            await store.close()
            let message = try #require(failure?.message, "the import failed")
            // Which of the two the client meets first depends on timing: the server's FATAL "terminating
            // connection" (a write after it fails with it) or the closed socket.
            let saysWhy = message.contains("connection to the server was lost") || message.contains("the server is shutting down or starting")
            #expect(message.contains("nothing was stored") && saysWhy, "\(message)")
            let again = try await PostgresStore.open(url: url)
            #expect(try await again.snapshots().isEmpty, "no snapshot of the cut import")
            #expect(try await again.eventCount(matching: EventFilter()) == 0, "no event of the cut import")
            await again.close()
        }
    }
}
