import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TruceCore
import TruceStorage
import TruceTestSupport

@testable import TruceServer

/// Evidence files uploaded through the API: imported by the same core use case as `truce import`,
/// rejected rows reported with their line and field, every import audited, size-limited.
@Suite struct UploadRouteTests {
    @Test func anObservationsFileIsImportedWithItsBadRowsNamedAndAudited() async throws {
        let fixture = try await ServerFixture.make()
        let analyst = try await fixture.session(.analyst)
        let good = try String(contentsOfFile: TestPaths.example("observations.csv"), encoding: .utf8)
        let header = try #require(good.split(separator: "\n").first)
        let csv =
            "\(header)\nobs-new-1,2020-08-01,troop_level,USA,Afghanistan,8600,troops,Wire,,\nobs-bad-1,not-a-day,troop_level,USA,Afghanistan,1,troops,Wire,,\n"
        try await fixture.test(publicRead: false) { client in
            let reply = try await client.post(
                "/api/v1/imports/observations?name=..%2F..%2Fetc%2Fpasswd", body: csv, headers: TokenRouteTests.cookie(analyst))
            #expect(reply.status == .created, "\(reply.text)")
            let object = try #require(reply.json as? [String: Any])
            let summary = try #require(object["summary"] as? [String: Any])
            #expect(summary["stored"] as? Int == 1 && summary["rejected"] as? Int == 1, "\(summary)")
            #expect((summary["file"] as? String).map { !$0.contains("/") } == true, "the name can never be a path: \(summary["file"] ?? "")")
            let rejections = try #require(object["rejections"] as? [[String: Any]])
            #expect(
                rejections.count == 1 && rejections.first?["line"] as? Int == 3 && rejections.first?["field"] as? String == "date", "\(rejections)")
            let entry = try #require(try await fixture.store.auditEntries(matching: AuditFilter(kind: "import"), limit: 1, offset: 0).first)
            #expect(entry.actor == "ana" && entry.action == "import" && entry.recordID == String(summary["snapshot"] as? Int ?? -1))
            #expect(entry.after?.contains("\"stored\":1") == true)
        }
        let stored = try await fixture.app.storage.observations(indicator: "troop_level", asOf: nil)
        #expect(stored.contains { $0.key == "obs-new-1" } && !stored.contains { $0.key == "obs-bad-1" })
    }

    @Test func uploadsAreCheckedBeforeAnythingIsStored() async throws {
        let fixture = try await ServerFixture.make()
        let analyst = try await fixture.session(.analyst)
        let viewer = try await fixture.session(.viewer)
        let before = try await fixture.app.snapshots().count
        try await fixture.test(maximumBodyBytes: 1024, publicRead: false) { client in
            let headers = TokenRouteTests.cookie(analyst)
            let unknown = try await client.post("/api/v1/imports/spreadsheet", body: "a,b\n", headers: headers)
            #expect(unknown.status == .badRequest && unknown.error?["field"] == "kind")
            let deletions = try await client.post("/api/v1/imports/acled-deletions", body: "event_id_cnty,deleted_timestamp\nX,1\n", headers: headers)
            #expect(deletions.status == .badRequest && deletions.error?["field"] == "kind", "deletion lists are not uploaded")
            let empty = try await client.post("/api/v1/imports/acled", body: "", headers: headers)
            #expect(empty.status == .badRequest && empty.error?["field"] == "body")
            let notCSV = try await client.post("/api/v1/imports/acled", body: "{\"this\": \"is json\"}", headers: headers)
            #expect((400..<500).contains(notCSV.status.code), "a file that is not of its kind: \(notCSV.status) \(notCSV.text)")
            #expect(!notCSV.text.contains("truce-upload-") && !notCSV.text.contains("/tmp"), "no temporary path: \(notCSV.text)")
            let asViewer = try await client.post("/api/v1/imports/acled", body: "x", headers: TokenRouteTests.cookie(viewer))
            #expect(asViewer.status == .forbidden)
        }
        #expect(try await fixture.app.snapshots().count == before, "nothing was imported")
    }

    @Test func anOversizeUploadIsRefused() async throws {
        let fixture = try await ServerFixture.make()
        let analyst = try await fixture.session(.analyst)
        let server = TruceServer.application(
            configuration: ServerConfiguration(maximumBodyBytes: 100, publicRead: false, maximumUploadBytes: 2_000), app: fixture.app,
            agreements: fixture.agreements, accounts: fixture.accounts, alerts: fixture.alerts)
        try await server.test(.router) { client in
            let big = String(repeating: "x", count: 3_000)
            let reply = try await client.post("/api/v1/imports/acled", body: big, headers: TokenRouteTests.cookie(analyst))
            #expect(reply.status == .contentTooLarge && reply.error?["field"] == "body")
            let events = try await client.post(
                "/api/v1/events/search", body: "{\"actor\": \"\(String(repeating: "a", count: 200))\"}", headers: TokenRouteTests.cookie(analyst))
            #expect(events.status == .contentTooLarge, "other routes keep the smaller limit")
        }
    }

    @Test func anUploadThatChangesAProvisionsStatusRecordsAnAlertForItsWebhook() async throws {
        let fixture = try await ServerFixture.make(evidence: false)
        let analyst = try await fixture.session(.analyst)
        let events = try String(contentsOfFile: TestPaths.example("events.csv"), encoding: .utf8)
        try await fixture.alerts.setWebhook(agreement: "doha-2020", url: "http://127.0.0.1:9/hook", by: "ada")
        #expect(try await fixture.alerts.recent().isEmpty)
        try await fixture.test(publicRead: false) { client in
            let reply = try await client.post("/api/v1/imports/acled?name=events.csv", body: events, headers: TokenRouteTests.cookie(analyst))
            #expect(reply.status == .created, "\(reply.text)")
        }
        let kept = try await fixture.alerts.recent()
        #expect(!kept.isEmpty, "the events change some provision's status, as the same import by `truce import` does")
        #expect(kept.allSatisfy { $0.agreement == "doha-2020" && $0.nextAttemptAt != nil }, "due for delivery to the webhook at once")
        let statuses = Set(StatusChange.alertingStatuses.map(\.rawValue))
        #expect(kept.allSatisfy { statuses.contains($0.toStatus) })
    }
}
