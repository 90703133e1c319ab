import Dispatch
import Foundation
import Testing
import TruceCore
import TruceFormats
import TruceModel
import TruceStorage
import TruceStore
import TruceTestSupport

/// A SQLite import reached through the async storage API runs off Swift's cooperative pool: while
/// imports hold (or wait for) the store's writer, other async work and readers of the same store
/// go on; cancelling the importing task stops the import and stores nothing.
@Suite struct ImportOffThreadTests {
    /// A real ACLED export of 10,674 rows: progress is reported at rows 4,096 and 8,192 and at the end.
    let large = TestPaths.shared("acled/acled_asia_2015_v6.csv")
    let asOf = Fixtures.day("2020-03-11")

    func openStore(_ label: String) throws -> (Store, TruceApp) {
        let path = try TestPaths.temporaryDirectory(label).appendingPathComponent("truce.sqlite").path
        let store = try Store.open(path: path)
        return (store, TruceApp(storage: store))
    }

    func acled(_ path: String) -> ImportRequest { ImportRequest(kind: .acled, path: path, rejects: RejectsInMemory()) }

    /// One more import than the cooperative pool has threads, the first held inside its transaction
    /// until the reader is done, the others waiting for the writer: had any of them run on the pool,
    /// the pool would be full and the reader could not run until the held import gave up waiting.
    @Test func readersAndOtherAsyncWorkCompleteWhileImportsHoldTheWriter() async throws {
        let (_, app) = try openStore("truce-offthread")
        let agreement = try app.agreement(path: TestPaths.example("agreement.yaml"))
        _ = try await app.importDataset(acled(TestPaths.example("events.csv")))
        let before = try await app.assess(AssessmentRequest(agreement: agreement, asOf: asOf))
        let eventsBefore = try await app.eventCount(matching: EventFilter())

        let gate = ImportGate()
        let imports = ProcessInfo.processInfo.activeProcessorCount + 1
        var reports: [ImportReport] = []
        try await withThrowingTaskGroup(of: ImportReport.self) { group in
            for _ in 0..<imports {
                group.addTask { try await app.importDataset(acled(large)) { _ in gate.holdFirst() } }
            }
            await gate.running()
            // Plain async work, a page of events and an assessment, all while an import is inside its transaction.
            let sum = await withTaskGroup(of: Int.self) { tasks in
                for number in 1...20 {
                    tasks.addTask {
                        await Task.yield()
                        return number
                    }
                }
                return await tasks.reduce(0, +)
            }
            let page = try await app.events(matching: EventFilter(), limit: 5)
            let during = try await app.assess(AssessmentRequest(agreement: agreement, asOf: asOf, registerActors: false))
            gate.open()
            #expect(sum == 210)
            // The readers saw the store as it was: the held import has not committed.
            #expect(page.total == eventsBefore && page.events.count == 5)
            #expect(during == before)
            for try await report in group { reports.append(report) }
        }
        #expect(gate.log == ["import running", "reader done", "import released"])
        // Every import landed whole, one after the other: the first stored the file, the others found it unchanged.
        #expect(reports.count == imports)
        let stored = reports.filter { $0.counts.stored > 0 }
        #expect(stored.count == 1 && stored[0].counts.stored > 10_000)
        #expect(reports.allSatisfy { $0.counts.read == stored[0].counts.read })
        #expect(try await app.eventCount(matching: EventFilter()) == eventsBefore + stored[0].counts.stored)
        #expect(try await app.snapshots().count == 1 + imports)
    }

    /// The import notices the cancellation at its next progress report and rolls back; the store
    /// then takes the same file whole.
    @Test func cancellingTheImportingTaskStoresNothing() async throws {
        let (store, app) = try openStore("truce-offthread-cancel")
        let gate = ImportGate()
        let request = acled(large)
        let task = Task { try await app.importDataset(request) { _ in gate.holdFirst() } }
        await gate.running()
        task.cancel()
        gate.open()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(try await store.counts()["events"] == 0)
        #expect(try await app.snapshots().isEmpty)
        let report = try await app.importDataset(request)
        #expect(report.counts.stored > 10_000 && report.counts.stored + report.counts.rejected == report.counts.read)
        #expect(try await store.verify().isSound)
    }
}

/// Holds the first import that reports progress inside its transaction (on the import's own thread)
/// until the test opens the gate, and logs the order of what happened.
private final class ImportGate: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String] = []
    private var held = false
    private var waiter: CheckedContinuation<Void, Never>?
    private let release = DispatchSemaphore(value: 0)

    var log: [String] { lock.withLock { entries } }

    /// Called from an import's progress report: the first call waits for ``open()``, at most two
    /// minutes, so that a pool wrongly blocked fails the test instead of hanging it.
    func holdFirst() {
        let first = lock.withLock { () -> Bool in
            guard !held else { return false }
            held = true
            entries.append("import running")
            return true
        }
        guard first else { return }
        lock.withLock { () -> CheckedContinuation<Void, Never>? in
            defer { waiter = nil }
            return waiter
        }?.resume()
        let released = release.wait(timeout: .now() + 120) == .success
        lock.withLock { entries.append(released ? "import released" : "import gave up waiting") }
    }

    /// Returns once an import is held.
    func running() async {
        await withCheckedContinuation { continuation in
            let now = lock.withLock { () -> Bool in
                if held { return true }
                waiter = continuation
                return false
            }
            if now { continuation.resume() }
        }
    }

    /// Lets the held import go on.
    func open() {
        lock.withLock { entries.append("reader done") }
        release.signal()
    }
}
