import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TruceStorage
import TruceTestSupport

@testable import TruceServer

/// The audit log through HTTP: writes made through the server are recorded by the core with who,
/// when and the record before and after; admins page through them and restore a removed agreement.
@Suite struct AuditRouteTests {
    @Test func aRemovedAgreementIsAuditedAndRestoredByAnAdmin() async throws {
        let fixture = try await ServerFixture.make()
        let admin = try await fixture.session(.admin)
        try await fixture.test(publicRead: false) { client in
            let headers = TokenRouteTests.cookie(admin)
            let removed = try await client.execute(uri: "/api/v1/agreements/doha-2020", method: .delete, headers: headers) { $0.status }
            #expect(removed == .noContent)
            let gone = try await client.execute(uri: "/api/v1/agreements/doha-2020", method: .get, headers: headers) { $0.status }
            #expect(gone == .notFound)

            let log = try await client.execute(uri: "/api/v1/audit?kind=agreement&record=doha-2020", method: .get, headers: headers) {
                Reply(status: $0.status, headers: $0.headers, text: String(buffer: $0.body))
            }
            let page = try #require(log.json as? [String: Any])
            #expect(page["total"] as? Int == 2 && page["limit"] as? Int == 50 && page["offset"] as? Int == 0)
            let entries = try #require(page["entries"] as? [[String: Any]])
            #expect(entries.map { $0["action"] as? String } == ["delete", "create"])
            let deletion = try #require(entries.first)
            #expect(deletion["actor"] as? String == "ada" && deletion["after"] == nil)
            #expect((deletion["before"] as? String)?.contains("Agreement for Bringing Peace to Afghanistan") == true)
            let id = try #require(deletion["id"] as? Int)

            let restored = try await client.execute(uri: "/api/v1/audit/\(id)/restore", method: .post, headers: headers) {
                Reply(status: $0.status, headers: $0.headers, text: String(buffer: $0.body))
            }
            #expect(restored.status == .ok && restored.text.contains("doha-2020"), "\(restored.text)")
            let back = try await client.execute(uri: "/api/v1/agreements/doha-2020", method: .get, headers: headers) { $0.status }
            #expect(back == .ok)
            let newest = try #require(try await fixture.store.auditEntries(matching: AuditFilter(), limit: 1, offset: 0).first)
            #expect(newest.action == "restore" && newest.actor == "ada" && newest.kind == "agreement")

            let creation = try #require(entries.last?["id"] as? Int)
            let nothingBefore = try await client.execute(uri: "/api/v1/audit/\(creation)/restore", method: .post, headers: headers) {
                Reply(status: $0.status, headers: $0.headers, text: String(buffer: $0.body))
            }
            #expect(nothingBefore.status == .badRequest && nothingBefore.error?["field"] == "entry")
            for bad in ["0", "-1", "abc", "99999999"] {
                let reply = try await client.execute(uri: "/api/v1/audit/\(bad)/restore", method: .post, headers: headers) {
                    Reply(status: $0.status, headers: $0.headers, text: String(buffer: $0.body))
                }
                #expect((400..<500).contains(reply.status.code) && reply.error?["field"] == "entry", "\(bad): \(reply.text)")
            }
        }
    }

    @Test func userChangesAreAuditedWithoutPasswords() async throws {
        let fixture = try await ServerFixture.make()
        let admin = try await fixture.session(.admin)
        try await fixture.test(publicRead: false) { client in
            var headers: HTTPFields = [.cookie: admin.cookie, .contentType: "application/x-www-form-urlencoded"]
            headers[.accept] = "text/html"
            _ = try await client.post("/admin/users", body: "csrf=\(admin.csrf)&name=vera&role=analyst&password=vera-new-password", headers: headers)
            let entry = try #require(
                try await fixture.store.auditEntries(matching: AuditFilter(kind: "user", recordID: "vera"), limit: 1, offset: 0).first)
            #expect(entry.action == "update" && entry.actor == "ada")
            #expect(entry.before?.contains("\"role\":\"viewer\"") == true && entry.after?.contains("\"role\":\"analyst\"") == true)
            #expect(!(entry.after ?? "").contains("vera-new-password") && !(entry.after ?? "").contains("$2"), "no password, no hash")
        }
    }

    @Test func theAuditPageIsPagedFilteredAndEscaped() async throws {
        let fixture = try await ServerFixture.make()
        let admin = try await fixture.session(.admin)
        for index in 1...7 {
            try await fixture.store.appendAuditEntry(
                AuditEntry(
                    at: "2026-01-0\(index)T00:00:00Z", actor: "<b>mallory</b>", action: "create", kind: "event", recordID: "E\(index)", before: nil,
                    after: #"{"notes":"<script>alert(1)</script>"}"#))
        }
        try await fixture.test(publicRead: false) { client in
            let page = try await client.execute(uri: "/admin/audit?kind=event&limit=3&offset=3", method: .get, headers: [.cookie: admin.cookie]) {
                String(buffer: $0.body)
            }
            #expect(page.contains("7 entries; showing 4 to 6"))
            #expect(page.contains("<td>E4</td>") && page.contains("<td>E2</td>") && !page.contains("<td>E5</td>") && !page.contains("<td>E1</td>"))
            #expect(!page.contains("<script>alert") && page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!page.contains("<b>mallory</b>") && page.contains("&lt;b&gt;mallory&lt;/b&gt;"))
            #expect(page.contains("offset=0") && page.contains("offset=6"), "links to newer and older pages")
            let none = try await client.execute(uri: "/admin/audit?actor=%27%20OR%201%3D1%20--", method: .get, headers: [.cookie: admin.cookie]) {
                String(buffer: $0.body)
            }
            #expect(none.contains("0 entries"), "filters match literally")
        }
    }

    @Test(arguments: [
        ("/api/v1/audit?limit=0", "limit"), ("/api/v1/audit?limit=501", "limit"), ("/api/v1/audit?limit=99999999999999999999", "limit"),
        ("/api/v1/audit?offset=-1", "offset"), ("/api/v1/audit?offset=1e9", "offset"),
        ("/api/v1/audit?kind=\(String(repeating: "k", count: 201))", "kind"),
        ("/api/v1/tokens?user=\(String(repeating: "u", count: 201))", "user"),
    ])
    func absurdAuditAndTokenQueriesNameTheirField(_ uri: String, _ field: String) async throws {
        let fixture = try await ServerFixture.make()
        let admin = try await fixture.session(.admin)
        try await fixture.test(publicRead: false) { client in
            let reply = try await client.execute(uri: uri, method: .get, headers: [.cookie: admin.cookie]) {
                Reply(status: $0.status, headers: $0.headers, text: String(buffer: $0.body))
            }
            #expect(reply.status == .badRequest && reply.error?["field"] == field, "\(uri): \(reply.text)")
        }
    }
}
