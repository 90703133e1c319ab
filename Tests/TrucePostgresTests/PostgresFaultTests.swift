import Foundation
import Logging
import PostgresNIO
import Synchronization
import Testing
import TruceFormats
import TruceModel
import TrucePostgres
import TruceStorage
import TruceTestSupport

/// A server that goes away in the middle of an import: a clear error, and nothing half-written.
@Suite(.enabled(if: PostgresTestDatabase.isWanted)) struct PostgresFaultTests {
    /// Events, one a row, keyed `keyPrefix` and their number; when row `faultAt` is read, `fault` runs (the
    /// rows keep coming after it, as a file's would).
    struct FaultySource: ImportSource {
        var position = 0
        let total: Int
        let faultAt: Int
        let keyPrefix: String
        let fileHash: String?
        var notes: String?
        let fault: @Sendable () throws -> Void

        mutating func next() throws -> ParsedRow<Event>? {
            guard position < total else { return nil }
            position += 1
            if position == faultAt { try fault() }
            var event = StorageContractEvents.one
            event.key = keyPrefix + "\(position)"
            if let notes { event.notes = notes }
            return .value(event)
        }

        var bytesRead: Int { position }
        var totalBytes: Int { total }
        var notices: [String] { [] }

        /// After `cutAfter` rows it ends every other session of the database (the import's among them), as a
        /// server restart would, and waits for that to happen.
        static func cutting(total: Int, cutAfter: Int, url: String) -> FaultySource {
            FaultySource(total: total, faultAt: cutAfter, keyPrefix: "E", fileHash: "cut") {
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
        }

        /// Rows of a long note each; after `stallAfter` rows the proxy between the import and the server falls
        /// silent, so the import's socket fills and its writes wait for it to drain, and ten seconds later the
        /// proxy resets the connection.
        static func stalling(total: Int, stallAfter: Int, proxy: StallingProxy) -> FaultySource {
            let notes = String(repeating: "a note that makes the row long enough to fill the socket quickly ", count: 8)
            return FaultySource(total: total, faultAt: stallAfter, keyPrefix: "S", fileHash: "stall", notes: notes) {
                proxy.stall()
                DispatchQueue.global().asyncAfter(deadline: .now() + 10) { [proxy] in proxy.reset() }
            }
        }
    }

    /// The import must end, with a clear error and nothing stored, when its connection is reset while its
    /// writes wait for the server (postgres-nio's COPY writer never returned then: ``CopyWatch``).
    @Test func aConnectionResetWhileTheImportWaitsToSendEndsTheImport() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let location = try PostgresLocation(url: url)
            let proxy = try StallingProxy(upstreamPort: location.port)
            let proxied = "postgres://\(location.user):\(location.password ?? "")@127.0.0.1:\(proxy.port)/\(location.database)"
            let store = try await PostgresStore.open(url: proxied)
            // A hang must fail the test, not stall the suite: the import is given five minutes, far beyond the
            // few seconds it takes to fail, and a hung import is left behind (a task group would wait for it).
            let outcome = await FirstAnswer.of(
                {
                    do {
                        _ = try await store.importEvents(
                            from: FaultySource.stalling(total: 200_000, stallAfter: 5_000, proxy: proxy), kind: "acled", input: "stall.csv",
                            importedAt: "2026-01-01T00:00:00Z", rejects: DiscardedRejects(), progress: { _ in })
                        return "the import succeeded"
                    } catch let error as TruceError {
                        return error.message
                    } catch {
                        return "\(error)"
                    }
                },
                orAfter: .seconds(300), "the import still waited after five minutes")
            proxy.reset()
            await store.close()
            let saysWhy = outcome.contains("connection to the server was lost") || outcome.contains("closed the connection")
            #expect(outcome.contains("nothing was stored") && saysWhy, "\(outcome)")
            let again = try await PostgresStore.open(url: url)
            #expect(try await again.snapshots().isEmpty, "no snapshot of the ended import")
            #expect(try await again.eventCount(matching: EventFilter()) == 0, "no event of the ended import")
            await again.close()
        }
    }

    /// Cut early, midway and near the end: the session ends while chunks are being written, or just before the copy ends.
    @Test(arguments: [5_000, 30_000, 59_000])
    func aServerThatGoesAwayMidImportLeavesNothingAndSaysSo(cutAfter: Int) async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let store = try await PostgresStore.open(url: url)
            var failure: TruceError?
            do {
                _ = try await store.importEvents(
                    from: FaultySource.cutting(total: 60_000, cutAfter: cutAfter, url: url), kind: "acled", input: "big.csv",
                    importedAt: "2026-01-01T00:00:00Z",
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

/// The answer of whichever comes first: `work`, or `fallback` after `limit`. What has not answered is left
/// running, so a call that never returns cannot hold up the test.
final class FirstAnswer: Sendable {
    private let continuation: Mutex<CheckedContinuation<String, Never>?>

    private init(_ continuation: CheckedContinuation<String, Never>) { self.continuation = Mutex(continuation) }

    private func answer(_ text: String) { continuation.withLock { $0.take() }?.resume(returning: text) }

    static func of(_ work: @escaping @Sendable () async -> String, orAfter limit: Duration, _ fallback: String) async -> String {
        await withCheckedContinuation { continuation in
            let first = FirstAnswer(continuation)
            Task { first.answer(await work()) }
            Task {
                try? await Task.sleep(for: limit)
                first.answer(fallback)
            }
        }
    }
}
