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

    /// Events, one a row, of a long note each; after `stallAfter` rows the proxy between the import and the
    /// server falls silent, so the import's socket fills and its writes wait for it to drain, and ten seconds
    /// later the proxy resets the connection. The rows keep coming meanwhile, as a file's would.
    struct StallingSource: ImportSource {
        var position = 0
        let total: Int
        let stallAfter: Int
        let proxy: StallingProxy

        mutating func next() throws -> ParsedRow<Event>? {
            guard position < total else { return nil }
            position += 1
            if position == stallAfter {
                proxy.stall()
                DispatchQueue.global().asyncAfter(deadline: .now() + 10) { [proxy] in proxy.reset() }
            }
            var event = StorageContractEvents.one
            event.key = "S\(position)"
            event.notes = String(repeating: "a note that makes the row long enough to fill the socket quickly ", count: 8)
            return .value(event)
        }

        var bytesRead: Int { position }
        var totalBytes: Int { total }
        var notices: [String] { [] }
        var fileHash: String? { "stall" }
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
                            from: StallingSource(total: 200_000, stallAfter: 5_000, proxy: proxy), kind: "acled", input: "stall.csv",
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

    @Test func aServerThatGoesAwayMidImportLeavesNothingAndSaysSo() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let store = try await PostgresStore.open(url: url)
            var failure: TruceError?
            do {
                _ = try await store.importEvents(
                    from: CutSource(total: 60_000, cutAfter: 30_000, url: url), kind: "acled", input: "big.csv", importedAt: "2026-01-01T00:00:00Z",
                    rejects: DiscardedRejects(), progress: { _ in })
            } catch let error as TruceError {
                failure = error
            }
            await store.close()
            let message = try #require(failure?.message, "the import failed")
            #expect(message.contains("nothing was stored") && message.contains("connection to the server was lost"), "\(message)")
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
