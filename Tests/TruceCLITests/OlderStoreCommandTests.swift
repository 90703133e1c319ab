import Foundation
import GRDB
import Testing
import TruceTestSupport

@testable import TruceStore

/// A read-only store at an older schema on the command line: reading commands say what is the
/// case and what to do; `store verify` checks it as it is and leaves it unmigrated.
@Suite struct OlderStoreCommandTests {
    /// A store at schema v4 with the example events (only migrations v1 to v4 run), made read-only.
    func olderReadOnlyStore() throws -> String {
        let path = try TestPaths.temporaryDirectory("truce-older-cli").appendingPathComponent("truce.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v4")
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA application_id = \(Store.applicationID)") }
        _ = try Store(path: path, database: queue).importACLED(path: TestPaths.example("events.csv"), importedAt: "2026-01-01T00:00:00Z")
        try queue.close()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        return path
    }

    @Test func readingCommandsSayTheStoreIsOlderAndWhatToDo() async throws {
        let store = try olderReadOnlyStore()
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        for arguments in [["events"], ["check", TestPaths.example("agreement.yaml"), "--as-of", "2020-03-05"]] {
            let result = await TruceInProcess.run(arguments + ["--store", store])
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains("is at schema v4; this version of Truce needs \(Schema.latestMigration)"), "\(result.stderr)")
            #expect(result.stderr.contains("open it once with write access"), "\(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
    }

    @Test func storeVerifyChecksAnOlderReadOnlyStoreWithoutMigratingIt() async throws {
        let store = try olderReadOnlyStore()
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        let result = await TruceInProcess.run(["store", "verify", "--store", store])
        #expect(result.status == 1)
        #expect(result.stdout.contains("integrity: ok"))
        #expect(result.stdout.contains("schema: v4 (current: \(Schema.latestMigration))"))
        #expect(result.stdout.contains("problem: the schema is at v4, this version of Truce expects \(Schema.latestMigration): open the store once"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
    }
}
