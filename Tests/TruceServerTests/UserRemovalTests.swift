import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TruceCore
import TruceModel
import TruceStorage
import TruceTestSupport

@testable import TruceServer

/// Removing users: their sessions and tokens stop at once, the audit log keeps who they were, and
/// the last admin stays.
@Suite struct UserRemovalTests {
    @Test func aRemovedUsersSessionAndTokenStopAtOnceAndTheAuditLogKeepsThem() async throws {
        let fixture = try await ServerFixture.make()
        let analyst = try await fixture.session(.analyst)
        let admin = try await fixture.session(.admin)
        let secret = try await fixture.test(publicRead: false) { client -> String in
            let created = try await client.post(
                "/api/v1/tokens", body: #"{"label": "nightly import"}"#, headers: TokenRouteTests.cookie(analyst))
            #expect(created.status == .created)
            let secret = try #require((created.json as? [String: Any])?["secret"] as? String)
            let before = try await client.execute(uri: "/api/v1/events?limit=1", method: .get, headers: TokenRouteTests.bearer(secret)) { $0.status }
            #expect(before == .ok)

            let removed = try await client.execute(uri: "/api/v1/users/ana", method: .delete, headers: TokenRouteTests.cookie(admin)) {
                Reply(status: $0.status, headers: $0.headers, text: String(buffer: $0.body))
            }
            #expect(removed.status == .ok, "\(removed.text)")
            let summary = try #require(removed.json as? [String: Any])
            #expect(summary["name"] as? String == "ana" && summary["role"] as? String == "analyst" && summary["removed_at"] is String)
            #expect(!removed.text.contains("$2"), "no password hash")

            let token = try await client.execute(uri: "/api/v1/events?limit=1", method: .get, headers: TokenRouteTests.bearer(secret)) { $0.status }
            #expect(token == .unauthorized, "the token stopped")
            let page = try await client.execute(uri: "/agreements", method: .get, headers: [.cookie: analyst.cookie]) { $0 }
            #expect(page.status == .seeOther && page.headers[.location]?.hasPrefix("/login") == true, "the session ended")
            return secret
        }
        await #expect(throws: LoginError.self) { try await fixture.accounts.logIn(name: "ana", password: "analyst-password-1") }
        let tokens = try await fixture.store.apiTokens(ofUser: "ana")
        #expect(tokens.count == 1 && tokens.allSatisfy { $0.revokedAt != nil }, "kept, revoked")
        let user = try #require(try await fixture.store.user(named: "ana"))
        #expect(user.removedAt != nil && user.role == .analyst, "kept, marked removed")

        let log = try await fixture.app.audit.entries(matching: AuditFilter(kind: "user", recordID: "ana"), limit: 10, offset: 0).entries
        let entry = try #require(log.first)
        #expect(entry.action == "remove" && entry.actor == "ada")
        #expect(entry.before?.contains("\"role\":\"analyst\"") == true)
        #expect(entry.after?.contains("\"removedAt\"") == true && entry.after?.contains("\"revokedTokens\":[\(tokens[0].id)]") == true)

        // Adding the name again brings the account back, recorded as a restore; the old token stays revoked.
        try await fixture.accounts.addUser(name: "ana", role: .analyst, password: "a-new-password-2", by: "ada")
        _ = try await fixture.accounts.logIn(name: "ana", password: "a-new-password-2")
        let restored = try await fixture.app.audit.entries(matching: AuditFilter(kind: "user", recordID: "ana"), limit: 1, offset: 0).entries
        #expect(restored.first?.action == "restore")
        #expect(try await fixture.accounts.bearer(secret) == nil)
    }

    @Test func theLastAdminCannotBeRemovedAndTheErrorNamesTheField() async throws {
        let fixture = try await ServerFixture.make()
        let admin = try await fixture.session(.admin)
        try await fixture.test(publicRead: false) { client in
            let refused = try await client.execute(uri: "/api/v1/users/ada", method: .delete, headers: TokenRouteTests.cookie(admin)) {
                Reply(status: $0.status, headers: $0.headers, text: String(buffer: $0.body))
            }
            #expect(refused.status == .conflict)
            #expect(refused.error?["code"] == "conflict" && refused.error?["field"] == "name")
            #expect(refused.error?["message"]?.contains("last admin") == true, "\(refused.text)")
            let unknown = try await client.execute(uri: "/api/v1/users/nobody", method: .delete, headers: TokenRouteTests.cookie(admin)) {
                $0.status
            }
            #expect(unknown == .notFound)
        }
        #expect(try await fixture.store.user(named: "ada")?.removedAt == nil)
        // With a second admin, the first may go; then the second is the last.
        try await fixture.accounts.addUser(name: "root2", role: .admin, password: "second-admin-pw", by: "ada")
        try await fixture.accounts.removeUser(name: "ada", by: "root2")
        await #expect(throws: TruceError.self) { try await fixture.accounts.removeUser(name: "root2", by: "root2") }
        #expect(try await fixture.store.removeUser(named: "root2", at: "2026-01-01T00:00:00Z") == .lastAdmin, "the store holds the rule too")
    }

    @Test func theUsersPageRemovesAUserWithAButton() async throws {
        let fixture = try await ServerFixture.make()
        let admin = try await fixture.session(.admin)
        try await fixture.test(publicRead: false) { client in
            let page = try await client.execute(uri: "/admin/users", method: .get, headers: [.cookie: admin.cookie]) { String(buffer: $0.body) }
            #expect(page.contains("action=\"/admin/users/vera/remove\""))
            var form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            form[.cookie] = admin.cookie
            let removed = try await client.post("/admin/users/vera/remove", body: "csrf=\(admin.csrf)", headers: form)
            #expect(removed.status == .seeOther && removed.headers[.location] == "/admin/users")
            let after = try await client.execute(uri: "/admin/users", method: .get, headers: [.cookie: admin.cookie]) { String(buffer: $0.body) }
            #expect(after.contains("removed 20") && !after.contains("action=\"/admin/users/vera/remove\""))
            let lastAdmin = try await client.post("/admin/users/ada/remove", body: "csrf=\(admin.csrf)", headers: form)
            #expect(lastAdmin.status == .conflict && lastAdmin.text.contains("last admin"))
        }
    }

    @Test func theLastAdminIsNotMadeAViewerFromTheUsersPage() async throws {
        let fixture = try await ServerFixture.make()
        let admin = try await fixture.session(.admin)
        try await fixture.test(publicRead: false) { client in
            var form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            form[.cookie] = admin.cookie
            for role in ["viewer", "analyst"] {
                let demoted = try await client.post(
                    "/admin/users", body: "csrf=\(admin.csrf)&name=ada&role=\(role)&password=another-admin-pw", headers: form)
                #expect(demoted.status == .conflict, "\(demoted.status)")
                #expect(demoted.text.contains("last admin; add another admin first"), "the page says what to do first")
            }
        }
        #expect(try await fixture.store.user(named: "ada")?.role == .admin, "ada is still an admin")
        await #expect(throws: TruceError.self) {
            try await fixture.accounts.addUser(name: "ada", role: .viewer, password: "another-admin-pw", by: "ada")
        }
        let log = try await fixture.app.audit.entries(matching: AuditFilter(kind: "user", recordID: "ada"), limit: 10, offset: 0).entries
        #expect(log.allSatisfy { $0.after?.contains("viewer") != true }, "no refused change is in the audit log")
    }
}
