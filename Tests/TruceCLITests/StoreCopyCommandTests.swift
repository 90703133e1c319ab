import Foundation
import Testing
import TruceFormats
import TruceModel
import TruceStorage
import TruceStore
import TruceTestSupport

/// `truce store copy` moves a store to PostgreSQL and back without loss.
@Suite(.enabled(if: PostgresTestDatabase.isWanted)) struct StoreCopyCommandTests {
    static let stamp = "2026-01-01T00:00:00Z"

    static func event(_ key: String, deaths: Int, revision: Int) -> Event {
        var event = Event(
            key: key, dataset: "acled", date: DateSpan.acled(day: Day(iso: "2020-03-20")!, timePrecision: 1),
            type: EventType(event: "Battles", subEvent: "Armed clash"), actor1: EventActor(name: "Taliban"),
            actor2: EventActor(name: "Military Forces of Afghanistan (2004-2021)"), location: Location(country: "Afghanistan", admin1: "Helmand"),
            fatalities: Fatalities(exactly: deaths), sources: ["Test Wire"])
        event.revision = revision
        event.attributes = ["note": "line \"one\"\ttab\\back"]
        return event
    }

    /// A store with something in every kind of table: the Doha example, revisions kept in history,
    /// a deletion, coded articles and review decisions.
    static func fullStore() async throws -> String {
        let path = try TestPaths.temporaryDirectory("truce-copy").appendingPathComponent("a.sqlite").path
        let store = try Store.open(path: path)
        _ = try store.importACLED(path: TestPaths.example("events.csv"), importedAt: stamp)
        _ = try store.importObservations(path: TestPaths.example("observations.csv"), importedAt: stamp)
        _ = try store.importClaims(path: TestPaths.example("claims.csv"), importedAt: stamp)
        for (deaths, revision) in [(1, 100), (4, 200)] {
            _ = try await store.importEvents(
                from: ListedRecords(values: [event("X1", deaths: deaths, revision: revision), event("X2", deaths: 0, revision: 1)]), kind: "acled",
                input: "extra.csv", importedAt: stamp, rejects: DiscardedRejects(), progress: { _ in })
        }
        _ = try await store.importDeletions(
            from: ListedRecords(values: [ACLEDDeletion(key: "X2")]), input: "deleted.csv", importedAt: stamp, rejects: DiscardedRejects(),
            progress: { _ in })
        try ReviewFixtures.populate(store)
        _ = try await store.accept([1], by: ReviewStamp(reviewer: "kim", at: stamp), allowNonAct: false, indicator: nil)
        _ = try await store.reject([2], note: "a pledge", by: ReviewStamp(reviewer: "kim", at: stamp))
        // What the server keeps: an agreement, a user, a session and a failed login.
        try await store.saveAgreement(
            id: "doha-2020", yaml: try String(contentsOfFile: TestPaths.example("agreement.yaml"), encoding: .utf8), savedAt: stamp)
        try await store.saveUser(StoredUser(name: "kim", role: .analyst, passwordHash: "$2b$04$notarealhash", updatedAt: stamp))
        try await store.saveSession(StoredSession(tokenHash: "ab12", user: "kim", csrfToken: "c", expiresAt: 1_900_000_000))
        try await store.recordFailedLogin(name: "kim", at: 1_600_000_000)
        // And its audit log, an API token, a webhook and an alert.
        try await store.saveUser(
            StoredUser(name: "ada", role: .admin, passwordHash: "$2b$04$notarealhash", updatedAt: stamp),
            recording: AuditEntry(
                at: stamp, actor: "cli:root", action: "create", kind: "user", recordID: "ada", before: nil, after: #"{"role":"admin"}"#))
        _ = try await store.saveAPIToken(StoredAPIToken(tokenHash: "cd34", user: "ada", label: "nightly", createdAt: stamp, revokedAt: stamp))
        try await store.saveWebhook(StoredWebhook(agreement: "doha-2020", url: "https://example.org/hook", savedAt: stamp))
        _ = try await store.addAlert(
            StoredAlert(
                id: 0, agreement: "doha-2020", provision: "P1", fromStatus: "pending", toStatus: "violated", asOf: "2020-03-04", payload: "{}",
                detectedAt: stamp, attempts: 2, lastError: "503", nextAttemptAt: 1_600_000_000))
        return path
    }

    @Test func aStoreGoesToPostgreSQLAndBackWithoutLoss() async throws {
        let original = try await Self.fullStore()
        let back = URL(fileURLWithPath: original).deletingLastPathComponent().appendingPathComponent("back.sqlite").path
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let there = await TruceInProcess.run(["store", "copy", "--from", "sqlite:" + original, "--to", url, "--format", "json"])
            try #require(there.status == 0, "\(there.stderr)")
            let copied = try #require(try JSONSerialization.jsonObject(with: Data(there.stdout.utf8)) as? [[String: Any]])
            let rows = Dictionary(uniqueKeysWithValues: copied.map { ($0["table"] as! String, $0["rows"] as! Int) })
            for table in [
                "snapshots", "events", "event_history", "event_deletions", "articles", "candidate_clusters", "candidates", "review_actions",
                "agreements", "users", "sessions", "failed_logins", "webhooks", "alerts", "audit_log", "api_tokens",
            ] {
                #expect((rows[table] ?? 0) > 0, "\(table) is copied: \(rows)")
            }
            let backAgain = await TruceInProcess.run(["store", "copy", "--from", url, "--to", "sqlite:" + back])
            try #require(backAgain.status == 0, "\(backAgain.stderr)")
            #expect(backAgain.stdout.contains("every table's count and checksum verified"))
            let checksums = { (json: String) -> [String] in
                ((try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]) ?? []).map { "\($0["table"]!) \($0["checksum"]!)" }
            }
            let returned = await TruceInProcess.run([
                "store", "copy", "--from", "sqlite:" + back, "--to", "sqlite:" + back + ".2", "--format", "json",
            ])
            #expect(checksums(returned.stdout) == checksums(there.stdout), "the same checksums all the way")

            let stores = [["--store", original], ["--database", url], ["--store", back]]
            for snapshot in [[], ["--snapshot", "1"], ["--snapshot", "5"]] {
                let check = ["check", TestPaths.example("agreement.yaml"), "--as-of", "2021-05-01", "--format", "json"] + snapshot
                let outputs = await [
                    TruceInProcess.run(check + stores[0]), TruceInProcess.run(check + stores[1]), TruceInProcess.run(check + stores[2]),
                ]
                #expect(!outputs[0].stdout.isEmpty && outputs.allSatisfy { $0.stdout == outputs[0].stdout }, "check \(snapshot)")
            }
            for listing in [
                ["review", "list", "--state", "all", "--format", "json"], ["events", "--format", "json"],
                ["review", "show", "1", "--format", "json"], ["agreement", "list"], ["user", "list"],
            ] {
                let outputs = await [
                    TruceInProcess.run(listing + stores[0]), TruceInProcess.run(listing + stores[1]), TruceInProcess.run(listing + stores[2]),
                ]
                #expect(!outputs[0].stdout.isEmpty && outputs.allSatisfy { $0.stdout == outputs[0].stdout }, "\(listing.joined(separator: " "))")
            }
            // Both backends hash rows alike: the same file again changes nothing in the copy.
            for store in stores.dropFirst() {
                let again = await TruceInProcess.run(["import", "acled", TestPaths.example("events.csv"), "--format", "json"] + store)
                #expect(again.stdout.contains("\"unchanged\" : 122"), "\(store[0]): \(again.stdout) \(again.stderr)")
            }
        }
    }

    @Test func aDestinationWithRecordsIsRefusedAndLeftAlone() async throws {
        let original = try await Self.fullStore()
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let first = await TruceInProcess.run(["import", "claims", TestPaths.example("claims.csv"), "--database", url])
            try #require(first.status == 0, "\(first.stderr)")
            let refused = await TruceInProcess.run(["store", "copy", "--from", original, "--to", url])
            #expect(refused.status == 1 && refused.stderr.contains("already holds records"), "\(refused.stderr)")
            let snapshots = await TruceInProcess.run(["snapshots", "--database", url, "--format", "json"])
            #expect(snapshots.stdout.components(separatedBy: "\"id\"").count == 2, "still one snapshot: \(snapshots.stdout)")
            let onFile = await TruceInProcess.run(["store", "copy", "--from", url, "--to", original])
            #expect(onFile.status == 1 && onFile.stderr.contains("exists already"), "\(onFile.stderr)")
        }
    }
}
