import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TruceStorage
import TruceTestSupport

@testable import TruceServer

/// API tokens through HTTP: created once with their secret, listed without it, acting with the
/// owner's role on `/api/v1/` without CSRF, and refused once revoked.
@Suite struct TokenRouteTests {
    /// Headers of a request signed in by cookie, with the session's CSRF token.
    static func cookie(_ session: (cookie: String, csrf: String)) -> HTTPFields {
        var headers: HTTPFields = [.cookie: session.cookie]
        headers[Handlers.csrfHeader] = session.csrf
        return headers
    }

    static func bearer(_ secret: String) -> HTTPFields { [.authorization: "Bearer \(secret)"] }

    @Test func aTokenIsShownOnceActsWithItsOwnersRoleAndStopsWhenRevoked() async throws {
        let fixture = try await ServerFixture.make()
        let analyst = try await fixture.session(.analyst)
        try await fixture.test(publicRead: false) { client in
            let created = try await client.post("/api/v1/tokens", body: #"{"label": "nightly import"}"#, headers: Self.cookie(analyst))
            #expect(created.status == .created, "\(created.text)")
            let object = try #require(created.json as? [String: Any])
            let secret = try #require(object["secret"] as? String)
            let token = try #require(object["token"] as? [String: Any])
            let id = try #require(token["id"] as? Int)
            #expect(secret.hasPrefix("truce_") && secret.count == 70)
            #expect(token["user"] as? String == "ana" && token["label"] as? String == "nightly import" && token["revokedAt"] == nil)

            let stored = try #require(try await fixture.store.apiTokens(ofUser: "ana").first)
            #expect(stored.tokenHash.count == 64 && stored.tokenHash != secret && !stored.tokenHash.contains(secret.dropFirst(6)))
            #expect(!created.text.contains(stored.tokenHash), "the hash is never sent")

            let listed = try await client.execute(uri: "/api/v1/tokens", method: .get, headers: Self.bearer(secret)) {
                Reply(status: $0.status, headers: $0.headers, text: String(buffer: $0.body))
            }
            #expect(listed.status == .ok && listed.text.contains("nightly import"))
            #expect(!listed.text.contains(secret) && !listed.text.contains(stored.tokenHash), "listed without the secret")

            let events = try await client.execute(uri: "/api/v1/events?limit=1", method: .get, headers: Self.bearer(secret)) { $0.status }
            #expect(events == .ok, "a token opens the closed API")
            let yaml = try String(contentsOfFile: TestPaths.example("agreement.yaml"), encoding: .utf8)
            let adminOnly = try await client.post("/api/v1/agreements", body: yaml, headers: Self.bearer(secret))
            #expect(adminOnly.status == .forbidden, "the analyst's token has the analyst's role")
            let page = try await client.execute(uri: "/account", method: .get, headers: Self.bearer(secret)) { $0.status }
            #expect(page == .seeOther, "tokens open the API only, not the pages")

            let revoked = try await client.execute(uri: "/api/v1/tokens/\(id)", method: .delete, headers: Self.bearer(secret)) {
                Reply(status: $0.status, headers: $0.headers, text: String(buffer: $0.body))
            }
            #expect(revoked.status == .ok && revoked.text.contains("revokedAt"), "\(revoked.text)")
            let after = try await client.execute(uri: "/api/v1/events", method: .get, headers: Self.bearer(secret)) {
                Reply(status: $0.status, headers: $0.headers, text: String(buffer: $0.body))
            }
            #expect(after.status == .unauthorized && after.error?["code"] == "invalid_token" && after.error?["field"] == "Authorization")
            let again = try await client.execute(uri: "/api/v1/tokens/\(id)", method: .delete, headers: Self.cookie(analyst)) {
                Reply(status: $0.status, headers: $0.headers, text: String(buffer: $0.body))
            }
            #expect(again.status == .badRequest && again.error?["field"] == "token", "revoking twice: \(again.text)")
            #expect(try await fixture.store.apiTokens(ofUser: "ana").first?.revokedAt != nil, "a revoked token is kept, marked")

            let audit = try await fixture.store.auditEntries(matching: AuditFilter(kind: "api_token"), limit: 10, offset: 0)
            #expect(audit.map(\.action) == ["revoke", "create"] && audit.allSatisfy { $0.actor == "ana" })
            #expect(
                audit.allSatisfy { !($0.after ?? "").contains(secret) && !($0.after ?? "").contains(stored.tokenHash) }, "audited without the secret")
        }
    }

    @Test func anAdminTokenWritesWithoutCSRFWhileCookiesStillNeedIt() async throws {
        let fixture = try await ServerFixture.make()
        let admin = try await fixture.session(.admin)
        try await fixture.test(publicRead: false) { client in
            let created = try await client.post("/api/v1/tokens", body: #"{"label": "deploy"}"#, headers: Self.cookie(admin))
            let secret = try #require((created.json as? [String: Any])?["secret"] as? String)
            let yaml = try String(contentsOfFile: TestPaths.example("agreement.yaml"), encoding: .utf8)
            let withToken = try await client.post("/api/v1/agreements", body: yaml, headers: Self.bearer(secret))
            #expect(withToken.status == .created, "\(withToken.text)")
            let cookieOnly = try await client.post("/api/v1/agreements", body: yaml, headers: [.cookie: admin.cookie])
            #expect(cookieOnly.status == .forbidden && cookieOnly.error?["code"] == "csrf")
            let latest = try #require(try await fixture.store.auditEntries(matching: AuditFilter(kind: "agreement"), limit: 1, offset: 0).first)
            #expect(latest.actor == "ada" && latest.action == "update", "the token's owner is the one audited")
        }
    }

    @Test(arguments: [
        "Basic YWRhOmFkbWluLXBhc3N3b3JkLTE=", "Bearer", "Bearer ", "Bearer truce_", "Bearer " + String(repeating: "0", count: 64),
        "Bearer truce_" + String(repeating: "0", count: 64), "Bearer ' OR 1=1 --",
    ])
    func aBadAuthorizationHeaderIsRefusedClearly(_ header: String) async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.test(publicRead: true) { client in
            let reply = try await client.execute(uri: "/api/v1/agreements", method: .get, headers: [.authorization: header]) {
                Reply(status: $0.status, headers: $0.headers, text: String(buffer: $0.body))
            }
            #expect(reply.status == .unauthorized && reply.error?["code"] == "invalid_token" && reply.error?["field"] == "Authorization", "\(header)")
        }
    }

    @Test func usersManageTheirOwnTokensAndAdminsAnyones() async throws {
        let fixture = try await ServerFixture.make()
        let viewer = try await fixture.session(.viewer)
        let admin = try await fixture.session(.admin)
        try await fixture.test(publicRead: false) { client in
            let forOther = try await client.post("/api/v1/tokens", body: #"{"label": "x", "user": "ada"}"#, headers: Self.cookie(viewer))
            #expect(forOther.status == .forbidden && forOther.error?["field"] == "user")
            let othersList = try await client.execute(uri: "/api/v1/tokens?user=ada", method: .get, headers: Self.cookie(viewer)) { $0.status }
            #expect(othersList == .forbidden)
            let forVera = try await client.post("/api/v1/tokens", body: #"{"label": "for vera", "user": "vera"}"#, headers: Self.cookie(admin))
            #expect(forVera.status == .created)
            let adasID = try await fixture.store.saveAPIToken(StoredAPIToken(tokenHash: "h", user: "ada", label: "ada's", createdAt: "t"))
            let revokeOthers = try await client.execute(uri: "/api/v1/tokens/\(adasID)", method: .delete, headers: Self.cookie(viewer)) { $0.status }
            #expect(revokeOthers == .notFound, "another user's token reads as missing")
            #expect(try await fixture.store.apiToken(id: adasID)?.revokedAt == nil)
            let mine = try await client.execute(uri: "/api/v1/tokens", method: .get, headers: Self.cookie(viewer)) { String(buffer: $0.body) }
            #expect(mine.contains("for vera") && !mine.contains("ada's"), "a viewer sees their own only")
            let all = try await client.execute(uri: "/api/v1/tokens", method: .get, headers: Self.cookie(admin)) { String(buffer: $0.body) }
            #expect(all.contains("for vera") && all.contains("ada's"), "an admin sees everyone's")
            for body in [
                #"{"label": ""}"#, #"{}"#, #"{"label": "\#(String(repeating: "a", count: 101))"}"#, #"{"label": 5.5}"#, "not json",
                #"{"label": "a", "role": "admin"}"#,
            ] {
                let reply = try await client.post("/api/v1/tokens", body: body, headers: Self.cookie(viewer))
                #expect(reply.status == .badRequest && reply.error?["field"] != nil, "\(body): \(reply.text)")
            }
        }
    }

    @Test func theTokensPageShowsANewSecretOnceAndEscapesLabels() async throws {
        let fixture = try await ServerFixture.make()
        let viewer = try await fixture.session(.viewer)
        try await fixture.test(publicRead: false) { client in
            var headers: HTTPFields = [.cookie: viewer.cookie, .contentType: "application/x-www-form-urlencoded"]
            headers[.accept] = "text/html"
            let created = try await client.post("/account/tokens", body: "csrf=\(viewer.csrf)&label=%3Cscript%3Ex%3C%2Fscript%3E", headers: headers)
            #expect(created.status == .created && created.text.contains("not shown again: <code>truce_"))
            #expect(created.text.contains("&lt;script&gt;x&lt;/script&gt;") && !created.text.contains("<script>x"))
            let later = try await client.execute(uri: "/account/tokens", method: .get, headers: [.cookie: viewer.cookie]) { String(buffer: $0.body) }
            #expect(!later.contains("truce_") && later.contains("Revoke"), "the secret is not shown again")
            let id = try #require(try await fixture.store.apiTokens(ofUser: "vera").first?.id)
            let revoked = try await client.post("/account/tokens/\(id)/revoke", body: "csrf=\(viewer.csrf)", headers: headers)
            #expect(revoked.status == .seeOther)
            #expect(try await fixture.store.apiToken(id: id)?.revokedAt != nil)
        }
    }
}
