import Foundation
import Testing
import TruceModel
import TrucePostgres
import TruceStorage
import TruceTestSupport

/// LISTEN/NOTIFY: a store tells listeners in other processes (here, another pool) that evidence changed or
/// that the job queue moved.
@Suite(.enabled(if: PostgresTestDatabase.isWanted)) struct PostgresNoticeTests {
    /// The first element of `sequence`, or nil when none comes within `seconds`.
    static func first<Element: Sendable>(of sequence: AsyncThrowingStream<Element, any Error>, within seconds: Int) async throws -> Element? {
        try await withThrowingTaskGroup(of: Element?.self) { group in
            group.addTask {
                for try await element in sequence { return element }
                return nil
            }
            group.addTask {
                try await Task.sleep(for: .seconds(seconds))
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
    }

    @Test func aListenerSeesAnImportsNoticeWithItsSnapshot() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let writer = try await PostgresStore.open(url: url)
            let reader = try await PostgresStore.open(url: url)
            let changes = try await reader.evidenceChanges()
            let report = try await writer.importEvents(
                from: ListedRecords(values: [Fixtures.event("E1", "2020-03-02", "Taliban")]), kind: "acled", input: "events.csv",
                importedAt: "2026-01-01T00:00:00Z", rejects: DiscardedRejects(), progress: { _ in })
            let notice = try await Self.first(of: changes, within: 30)
            #expect(notice == EvidenceChange(snapshot: report.snapshot), "the import's snapshot, announced at its commit")
            await writer.close()
            await reader.close()
        }
    }

    @Test func aFailedImportAnnouncesNothing() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let store = try await PostgresStore.open(url: url)
            let changes = try await store.evidenceChanges()
            let cut = ListedRecords<Event>([.value(Fixtures.event("E1", "2020-03-02", "Taliban"))], failAfter: 1)
            await #expect(throws: (any Error).self) {
                try await store.importEvents(
                    from: cut, kind: "acled", input: "events.csv", importedAt: "2026-01-01T00:00:00Z", rejects: DiscardedRejects(),
                    progress: { _ in })
            }
            let good = try await store.importEvents(
                from: ListedRecords(values: [Fixtures.event("E2", "2020-03-03", "Taliban")]), kind: "acled", input: "events.csv",
                importedAt: "2026-01-01T00:00:00Z", rejects: DiscardedRejects(), progress: { _ in })
            // The rolled-back import's notice was never delivered: the first one is the good import's.
            #expect(try await Self.first(of: changes, within: 30) == EvidenceChange(snapshot: good.snapshot))
            await store.close()
        }
    }

    @Test func queueingAJobNotifiesListeners() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let store = try await PostgresStore.open(url: url)
            let notices = try await store.jobNotices()
            let contents = Data("event_id_cnty\n".utf8)
            let id = try await store.enqueue(
                QueuedImport(kind: "acled", fileName: "a.csv", contents: contents, contentHash: "x", encoding: "auto"))
            #expect(try await Self.first(of: notices, within: 30) == id)
            await store.close()
        }
    }

    @Test func listeningOnAServerThatIsNotThereIsAClearError() async throws {
        let store = try await PostgresTestDatabase.withURL { (url: String) async throws -> PostgresStore in
            try await PostgresStore.open(url: url)
        }
        // The database was dropped: listening names it.
        let error = await #expect(throws: TruceError.self) { _ = try await store.evidenceChanges() }
        #expect(error?.message.contains("listen for changes") == true, "\(String(describing: error?.message))")
        await store.close()
    }
}
