import Foundation
import Testing
import TruceStorage
import TruceStore
import TruceTestSupport

/// The commands around `truce serve`: keeping agreements in the store and creating users.
@Suite struct ServeCommandsTests {
    @Test func agreementsAreAddedListedAndRemoved() async throws {
        let folder = try TestPaths.temporaryDirectory("truce-agreement-store")
        let store = folder.appendingPathComponent("t.sqlite").path
        let empty = await TruceInProcess.run(["agreement", "list", "--store", store])
        #expect(empty.stdout.contains("No agreement kept yet: truce agreement add FILE"))
        let added = await TruceInProcess.run(["agreement", "add", TestPaths.example("agreement.yaml"), "--store", store])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stderr.contains("Kept doha-2020 (8 provisions) in \(store)."))
        let listed = await TruceInProcess.run(["agreement", "list", "--store", store])
        #expect(listed.stdout.contains("doha-2020") && listed.stdout.contains("2020-02-29"))
        let removed = await TruceInProcess.run(["agreement", "remove", "doha-2020", "--store", store])
        #expect(removed.status == 0, "\(removed.stderr)")
        let again = await TruceInProcess.run(["agreement", "remove", "doha-2020", "--store", store])
        #expect(again.status != 0 && again.stderr.contains("keeps no agreement 'doha-2020'"))
        let log = try await Store.open(path: store).auditEntries(matching: AuditFilter(kind: "agreement"), limit: 10, offset: 0)
        #expect(log.map(\.action) == ["delete", "create"], "the command line's writes are audited too")
        #expect(log.allSatisfy { $0.actor.hasPrefix("cli:") && $0.recordID == "doha-2020" })
    }

    @Test func anImportKeepsTheStatusChangesItCausesForAnAgreementWithAWebhook() async throws {
        let folder = try TestPaths.temporaryDirectory("truce-import-alerts")
        let store = folder.appendingPathComponent("t.sqlite").path
        let added = await TruceInProcess.run(["agreement", "add", TestPaths.example("agreement.yaml"), "--store", store])
        #expect(added.status == 0, "\(added.stderr)")
        do {
            let opened = try Store.open(path: store)
            try await opened.saveWebhook(StoredWebhook(agreement: "doha-2020", url: "http://127.0.0.1:9/hook", savedAt: "2026-01-01T00:00:00Z"))
        }
        let imported = await TruceInProcess.run(["import", "acled", TestPaths.example("events.csv"), "--store", store])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("kept for the agreements' webhooks"), "\(imported.stderr)")
        let alerts = try await Store.open(path: store).alerts(agreement: "doha-2020", limit: 100)
        #expect(!alerts.isEmpty && alerts.allSatisfy { $0.nextAttemptAt != nil && $0.payload.contains("provision.status_changed") })
    }

    @Test func aBrokenAgreementIsNotKept() async throws {
        let folder = try TestPaths.temporaryDirectory("truce-agreement-store")
        let yaml = try String(contentsOfFile: TestPaths.example("agreement.yaml"), encoding: .utf8)
        let broken = folder.appendingPathComponent("broken.yaml")
        try Data(yaml.replacingOccurrences(of: "signed: 2020-02-29", with: "signed: someday").utf8).write(to: broken)
        let store = folder.appendingPathComponent("t.sqlite").path
        let result = await TruceInProcess.run(["agreement", "add", broken.path, "--store", store])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.yaml:"), "the error names the file and line: \(result.stderr)")
        let listed = await TruceInProcess.run(["agreement", "list", "--store", store])
        #expect(listed.stdout.contains("No agreement kept yet"))
    }

    @Test func usersAreCreatedFromStandardInput() throws {
        let folder = try TestPaths.temporaryDirectory("truce-users")
        let store = folder.appendingPathComponent("t.sqlite").path
        func addUser(_ arguments: [String], stdin: String) throws -> (status: Int32, stderr: String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: TruceBinary.path)
            process.arguments = ["user", "add"] + arguments + ["--store", store]
            let input = Pipe()
            let errors = folder.appendingPathComponent("stderr")
            FileManager.default.createFile(atPath: errors.path, contents: nil)
            let err = try FileHandle(forWritingTo: errors)
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = err
            try process.run()
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
            process.waitUntilExit()
            try err.close()
            return (process.terminationStatus, try String(contentsOf: errors, encoding: .utf8))
        }
        let saved = try addUser(["ada", "--role", "admin", "--password-stdin"], stdin: "a-long-password\n")
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(saved.stderr.contains("Saved user ada (admin)"))
        let short = try addUser(["bob", "--role", "viewer", "--password-stdin"], stdin: "short\n")
        #expect(short.status != 0 && short.stderr.contains("at least 10 characters"))
        let badName = try addUser(["../bob", "--role", "viewer", "--password-stdin"], stdin: "a-long-password\n")
        #expect(badName.status != 0 && badName.stderr.contains("a user name is"))
        let badRole = try addUser(["bob", "--role", "root", "--password-stdin"], stdin: "a-long-password\n")
        #expect(badRole.status != 0 && badRole.stderr.contains("root"))
        let noTerminal = try addUser(["bob", "--role", "viewer"], stdin: "")
        #expect(noTerminal.status != 0 && noTerminal.stderr.contains("--password-stdin"))
        let listed = try TruceBinary.run(["user", "list", "--store", store])
        #expect(listed.stdout.contains("ada") && listed.stdout.contains("admin") && !listed.stdout.contains("bob"))
        // The last admin is not demoted: nobody could manage users after.
        for role in ["viewer", "analyst"] {
            let demoted = try addUser(["ada", "--role", role, "--password-stdin"], stdin: "another-long-password\n")
            #expect(demoted.status == 1 && demoted.stderr.contains("last admin; add another admin first"), "\(demoted.stderr)")
        }
        #expect(try TruceBinary.run(["user", "list", "--store", store]).stdout.contains("admin"), "ada is still an admin")
        #expect(try addUser(["bob", "--role", "admin", "--password-stdin"], stdin: "a-long-password\n").status == 0)
        let demoted = try addUser(["ada", "--role", "viewer", "--password-stdin"], stdin: "a-long-password\n")
        #expect(demoted.status == 0, "an admin who is not the last may be demoted: \(demoted.stderr)")
    }
}
