import Foundation
import GRDB
import Testing
import TruceStorage
import TruceStore
import TruceTestSupport

/// The command line's writes go through the core's recorded writes, as the server's do: audited, and the
/// status changes they cause kept for the agreements' webhooks.
@Suite struct RecordedWritesCommandTests {
    @Test func aReviewAcceptanceIsAuditedAndKeepsTheStatusChangeForTheWebhook() async throws {
        let store = try ReviewFixtures.storeFile()
        let added = await TruceInProcess.run(["agreement", "add", TestPaths.example("agreement.yaml"), "--store", store])
        #expect(added.status == 0, "\(added.stderr)")
        try await Store.open(path: store).saveWebhook(
            StoredWebhook(agreement: "doha-2020", url: "https://example.org/hook", savedAt: "2026-01-01T00:00:00Z"))

        let accept = await TruceInProcess.run(["review", "accept", "1", "--store", store, "--reviewer", "kim"])
        #expect(accept.status == 0, "\(accept.stderr)")
        let opened = try Store.open(path: store)
        let alerts = try await opened.alerts(agreement: "doha-2020", limit: 100)
        let attacks = alerts.filter { $0.provision == "no-attacks-on-coalition" }
        #expect(attacks.count == 1 && attacks.first?.toStatus == "violated", "\(alerts.map { "\($0.provision) \($0.toStatus)" })")
        #expect(attacks.first?.nextAttemptAt != nil, "due for `truce serve` to deliver")
        #expect(attacks.first?.payload.contains("article:1") == true, "the accepted record is the evidence")

        let reject = await TruceInProcess.run(["review", "reject", "2", "--note", "a pledge", "--store", store])
        #expect(reject.status == 0, "\(reject.stderr)")
        let entries = try await opened.auditEntries(matching: AuditFilter(kind: "review_cluster"), limit: 10, offset: 0)
        #expect(entries.map(\.action) == ["reject", "accept"])
        #expect(entries.map(\.recordID) == ["2", "1"])
        #expect(entries[1].actor == "cli:kim", "the reviewer named on the command line")
        #expect(entries[0].actor.hasPrefix("cli:") && entries[0].actor != "cli:kim", "else the account running the command")
        #expect(entries[1].before?.contains("\"state\":\"pending\"") == true && entries[1].after?.contains("\"state\":\"accepted\"") == true)

        let reopen = await TruceInProcess.run(["review", "reopen", "1", "--store", store, "--reviewer", "kim"])
        #expect(reopen.status == 0, "\(reopen.stderr)")
        let reopened = try await opened.auditEntries(matching: AuditFilter(kind: "review_cluster", recordID: "1"), limit: 10, offset: 0)
        #expect(reopened.first?.action == "reopen")
    }

    @Test func importsAreAuditedAsTheAccountRunningTheCommand() async throws {
        let folder = try TestPaths.temporaryDirectory("truce-import-audit")
        let store = folder.appendingPathComponent("t.sqlite").path
        let imported = await TruceInProcess.run(["import", "observations", TestPaths.example("observations.csv"), "--store", store])
        #expect(imported.status == 0, "\(imported.stderr)")
        let entries = try await Store.open(path: store).auditEntries(matching: AuditFilter(kind: "import"), limit: 10, offset: 0)
        try #require(entries.count == 1)
        #expect(entries[0].action == "import" && entries[0].actor.hasPrefix("cli:"))
        #expect(entries[0].after?.contains("observations.csv") == true, "\(entries[0].after ?? "")")
        let snapshots = try await Store.open(path: store).snapshots()
        #expect(entries[0].recordID == String(try #require(snapshots.last).id))
    }

    @Test func usersAreRemovedFromTheCommandLineButNotTheLastAdmin() async throws {
        let folder = try TestPaths.temporaryDirectory("truce-user-remove")
        let path = folder.appendingPathComponent("t.sqlite").path
        let store = try Store.open(path: path)
        for (name, role) in [("ada", Role.admin), ("bob", .analyst)] {
            try await store.saveUser(StoredUser(name: name, role: role, passwordHash: "$2b$04$x", updatedAt: "2026-01-01T00:00:00Z"))
        }
        try await store.saveSession(StoredSession(tokenHash: "h", user: "bob", csrfToken: "c", expiresAt: 4_000_000_000))
        let lastAdmin = await TruceInProcess.run(["user", "remove", "ada", "--store", path])
        #expect(lastAdmin.status == 1 && lastAdmin.stderr.contains("last admin"), "\(lastAdmin.stderr)")
        let removed = await TruceInProcess.run(["user", "remove", "bob", "--store", path])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stderr.contains("Removed user bob (analyst)"))
        #expect(try await store.session(tokenHash: "h") == nil, "the session ended")
        #expect(try await store.user(named: "bob")?.removedAt != nil, "kept, marked removed")
        let again = await TruceInProcess.run(["user", "remove", "bob", "--store", path])
        #expect(again.status == 1 && again.stderr.contains("was removed"))
        let unknown = await TruceInProcess.run(["user", "remove", "nobody", "--store", path])
        #expect(unknown.status == 1 && unknown.stderr.contains("no user 'nobody'"))
        let listed = await TruceInProcess.run(["user", "list", "--store", path])
        #expect(listed.stdout.contains("REMOVED"))
        let log = try await store.auditEntries(matching: AuditFilter(kind: "user", recordID: "bob"), limit: 10, offset: 0)
        #expect(log.map(\.action) == ["remove"] && log[0].actor.hasPrefix("cli:"))
    }

    /// Makes the store at `path` refuse every further audit entry, as a full disk or a broken log would.
    static func refuseAuditEntries(at path: String) throws {
        try DatabaseQueue(path: path).write { db in
            try db.execute(
                sql: "CREATE TRIGGER audit_log_refuses_entries BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
        }
    }

    @Test func aWriteWhoseAuditEntryIsRefusedLandsNowhere() async throws {
        let store = try ReviewFixtures.storeFile()
        let opened = try Store.open(path: store)
        for (name, role) in [("ada", Role.admin), ("bob", .analyst)] {
            try await opened.saveUser(StoredUser(name: name, role: role, passwordHash: "$2b$04$x", updatedAt: "2026-01-01T00:00:00Z"))
        }
        let snapshots = try await opened.snapshots().count
        let entries = try await opened.auditEntryCount(matching: AuditFilter())
        try Self.refuseAuditEntries(at: store)

        let imported = await TruceInProcess.run(["import", "observations", TestPaths.example("observations.csv"), "--store", store])
        #expect(imported.status != 0 && imported.stderr.contains("nothing was stored"), "\(imported.stderr)")
        #expect(try await opened.snapshots().count == snapshots, "the import whose entry was refused left no snapshot")
        #expect(
            !(try await opened.observations(indicator: "troop_level", asOf: nil).contains { $0.key == "obs-troops-2020-02-29" }), "and no observation"
        )

        let accept = await TruceInProcess.run(["review", "accept", "1", "--store", store, "--reviewer", "kim"])
        #expect(accept.status != 0, "\(accept.stderr)")
        #expect(try await opened.reviewCluster(1).state == .pending, "the acceptance whose entry was refused is undone")
        let reject = await TruceInProcess.run(["review", "reject", "2", "--note", "a pledge", "--store", store])
        #expect(reject.status != 0, "\(reject.stderr)")
        #expect(try await opened.reviewCluster(2).state == .pending, "so is the rejection")

        let removed = await TruceInProcess.run(["user", "remove", "bob", "--store", store])
        #expect(removed.status != 0, "\(removed.stderr)")
        #expect(try await opened.user(named: "bob")?.removedAt == nil, "the removal whose entry was refused is undone")
        #expect(try await opened.auditEntryCount(matching: AuditFilter()) == entries, "and no entry was added")
    }
}
