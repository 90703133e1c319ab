import Foundation
import GRDB
import Testing
import TruceModel
import TruceStorage
import TruceTestSupport

@testable import TruceStore

/// A store made by an older Truce, which this one would migrate, opened where it must not be
/// written: reading it is refused with what to do, verifying it works and migrates nothing.
@Suite struct StoreOlderSchemaTests {
    /// A store at schema v5 holding the example events, made by running only migrations v1 to v5,
    /// then made read-only. Opening it with SQLite's read-only flag keeps it unwritten even for
    /// root, whom the file's mode does not stop.
    func olderReadOnlyStore(_ label: String) throws -> String {
        let path = try TestPaths.temporaryDirectory(label).appendingPathComponent("truce.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v5")
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA application_id = \(Store.applicationID)") }
        _ = try Store(path: path, database: queue).importACLED(path: TestPaths.example("events.csv"), importedAt: "2026-01-01T00:00:00Z")
        try queue.close()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        return path
    }

    @Test func readingAnOlderReadOnlyStoreSaysWhatIsTheCaseAndWhatToDo() throws {
        let path = try olderReadOnlyStore("truce-older-read")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = try #require(throws: TruceError.self) { try Store.open(path: path, configuration: .readOnly) }
        #expect(error.code == .store)
        #expect(error.message.contains("the store \(path) is at schema v5; this version of Truce needs \(Schema.latestMigration)"))
        #expect(error.message.contains("open it once with write access, which migrates it, or work on a writable copy"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func anOlderReadOnlyStoreIsVerifiedWithoutBeingMigrated() async throws {
        let path = try olderReadOnlyStore("truce-older-verify")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let store = try Store.open(path: path, configuration: .verifying)
        let verification = try await store.verify()
        #expect(verification.integrityProblems.isEmpty)
        #expect(verification.applicationID == Store.applicationID)
        #expect(verification.appliedMigrations == ["v1", "v2", "v3", "v4", "v5"])
        #expect(
            verification.problems == [
                "the schema is at v5, this version of Truce expects \(Schema.latestMigration): open the store once with write access to migrate it"
            ])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try await store.appliedMigrations().last == "v5")
    }

    /// Damage in an older store is found as in a current one: verifying reads every page whatever the schema.
    @Test func damageInAnOlderReadOnlyStoreIsFound() throws {
        let path = try olderReadOnlyStore("truce-older-damaged")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let header = try Data(contentsOf: URL(fileURLWithPath: path)).prefix(18)
        let pageSize = UInt64(header[16]) << 8 | UInt64(header[17])
        let pages = try handle.seekToEnd() / pageSize
        try handle.seek(toOffset: pages / 2 * pageSize)
        try handle.write(contentsOf: Data(repeating: 0x5A, count: Int(pageSize)))
        try handle.close()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let verification: StoreVerification
        do {
            verification = try Store.open(path: path, configuration: .verifying).verify()
        } catch let error as TruceError {
            // Damage SQLite notices as soon as it opens the file is reported as such.
            #expect(error.message.contains("damaged"))
            return
        }
        #expect(verification.problems.contains { $0.hasPrefix("damaged") })
    }

    @Test func withWriteAccessAnOlderStoreIsMigratedAndThenReadsReadOnly() throws {
        let path = try olderReadOnlyStore("truce-older-migrate")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        let events = try Store.open(path: path).counts()["events"]
        #expect(events ?? 0 > 0)
        let readOnly = try Store.open(path: path, configuration: .readOnly)
        #expect(try readOnly.appliedMigrations().last == Schema.latestMigration)
        #expect(try readOnly.counts()["events"] == events)
    }
}
