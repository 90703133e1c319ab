import Foundation
import GRDB
import Testing
import TruceFormats
import TruceModel
import TruceStorage
import TruceTestSupport

@testable import TruceStore

#if canImport(Glibc)
    import Glibc
#endif

/// A store that does not exist yet is built aside and appears whole, or not at all.
@Suite struct StoreBuildTests {
    struct Planned: Error {}

    func newPath() throws -> String {
        try TestPaths.temporaryDirectory("truce-build").appendingPathComponent("s.sqlite").path
    }

    func folderEntries(of path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path).sorted()
    }

    /// The example events, imported as the CLI does: audited, with the store's rejects folder.
    func importExample(into store: Store, file: String = TestPaths.example("events.csv")) async throws -> ImportReport {
        try await store.importEvents(
            from: ACLEDReader(path: file), kind: "acled", input: URL(fileURLWithPath: file).lastPathComponent, importedAt: "2026-01-01T00:00:00Z",
            rejects: store.rejectsBesideStore, progress: { _ in },
            recording: { report in
                AuditEntry(
                    at: "2026-01-01T00:00:00Z", actor: "tester", action: "import", kind: "import", recordID: String(report.snapshot), before: nil,
                    after: "{}")
            })
    }

    @Test func aBuiltStoreAppearsOnlyWhenDoneAndOpensLikeAnyStore() async throws {
        let path = try newPath()
        #expect(Store.isNew(path: path))
        let report = try await Store.build(path: path) { store in
            let report = try await importExample(into: store)
            // Nothing at the store's name while it is built: no reader can see half of it.
            #expect(!FileManager.default.fileExists(atPath: path))
            return report
        }
        #expect(report.counts.stored > 0 && report.counts.stored == report.counts.read)
        #expect(try folderEntries(of: path) == ["s.sqlite"])
        #expect(!Store.isNew(path: path))

        let store = try Store.open(path: path)
        let mode = try await store.database.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        #expect(try await store.appliedMigrations() == Schema.migrator.migrations)
        let applicationID = try await store.database.read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") }
        #expect(applicationID == Store.applicationID)
        #expect(try await store.verify().isSound)
        #expect(
            try await store.auditEntries(matching: AuditFilter(kind: "import"), limit: 10, offset: 0).map(\.recordID) == [String(report.snapshot)])
        #expect(try await store.evidenceVersion() > 1)

        // The same rows as an import into a store opened the usual way, and its hashes: a second import changes nothing.
        let usual = try Store.open(path: try newPath())
        let usualReport = try await importExample(into: usual)
        #expect(try await store.counts() == usual.counts())
        let again = try await importExample(into: store)
        #expect(again.counts.unchanged == usualReport.counts.read && again.counts.stored == 0 && again.counts.updated == 0)
    }

    @Test func aFailedBuildLeavesNoStoreAndNoFile() async throws {
        let path = try newPath()
        await #expect(throws: Planned.self) {
            try await Store.build(path: path) { store in
                _ = try await importExample(into: store)
                throw Planned()
            }
        }
        #expect(try folderEntries(of: path) == [])
        #expect(Store.isNew(path: path))
    }

    @Test func whatAStoppedBuildLeftIsRemovedAndARunningBuildsFileIsNot() async throws {
        let path = try newPath()
        let old = Date(timeIntervalSinceNow: -3_600)
        // A build that stopped (its program killed): a half-written file and its journal, locked by no one.
        let stopped = path + StoreBuild.marker + "0badf00d"
        for name in [stopped, stopped + "-journal"] {
            #expect(FileManager.default.createFile(atPath: name, contents: Data("SQLite format 3\u{0}half".utf8)))
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: name)
        }
        // A build still running: its file is locked.
        let running = path + StoreBuild.marker + "1eadbeef"
        #expect(FileManager.default.createFile(atPath: running, contents: Data()))
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: running)
        let lock = open(running, O_RDWR)
        #expect(lock >= 0 && flock(lock, LOCK_EX) == 0)
        defer { close(lock) }

        _ = try await Store.build(path: path) { store in try await importExample(into: store) }
        #expect(try folderEntries(of: path) == ["s.sqlite", "s.sqlite.importing-1eadbeef"])
        #expect(try await Store.open(path: path).snapshots().count == 1)
    }

    @Test func ofTwoBuildsOfOneStoreTheSecondToFinishFailsAndKeepsNothing() async throws {
        let path = try newPath()
        let error = await #expect(throws: TruceError.self) {
            try await Store.build(path: path) { store in
                _ = try await importExample(into: store)
                // Another program creates the same store meanwhile, with other rows.
                _ = try await Store.build(path: path) { other in try await importExample(into: other, file: TestPaths.karabakh("events.csv")) }
            }
        }
        #expect(error?.code == .store)
        #expect(error?.message.contains("created by another program") == true)
        #expect(try folderEntries(of: path) == ["s.sqlite"])
        let store = try Store.open(path: path)
        let karabakh = try await importExample(into: try Store.open(path: try newPath()), file: TestPaths.karabakh("events.csv"))
        #expect(try await store.snapshots().map(\.counts.stored) == [karabakh.counts.stored])
        let doha = try await importExample(into: try Store.open(path: try newPath()))
        #expect(karabakh.counts.stored != doha.counts.stored)
    }

    @Test func anExistingStoreIsNotBuiltAgain() async throws {
        let path = try newPath()
        _ = try Store.open(path: path)
        #expect(!Store.isNew(path: path))
        await #expect(throws: TruceError.self) { try await Store.build(path: path) { _ in } }
        #expect(try await Store.open(path: path).snapshots().isEmpty)
    }
}
