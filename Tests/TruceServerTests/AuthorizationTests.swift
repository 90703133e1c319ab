import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TruceStorage
import TruceTestSupport

@testable import TruceServer

/// Every route, for every role and for no login, in the closed and the public mode: allowed
/// exactly when the route's rule says so.
@Suite struct AuthorizationTests {
    /// A request to `rule`'s route that would succeed for a caller allowed to make it.
    static func request(for rule: RouteRule, session: (cookie: String, csrf: String)?) throws -> (uri: String, headers: HTTPFields, body: String?) {
        let uri = rule.path.replacingOccurrences(of: ":agreement", with: "doha-2020").replacingOccurrences(of: ":provision", with: "riv")
            .replacingOccurrences(of: ":entry", with: "1").replacingOccurrences(of: ":token", with: "1")
            .replacingOccurrences(of: ":cluster", with: "1").replacingOccurrences(of: ":kind", with: "observations")
            .replacingOccurrences(of: ":key", with: "no-such-key")
            .replacingOccurrences(of: ":user", with: "newbie")
        var headers: HTTPFields = [:]
        let preLogin = "pre-login-token"
        headers[.cookie] = [session?.cookie, "truce_csrf=\(preLogin)"].compactMap { $0 }.joined(separator: "; ")
        if let session { headers[Handlers.csrfHeader] = session.csrf }
        let csrf = session?.csrf ?? preLogin
        let form = "application/x-www-form-urlencoded"
        switch (rule.method, rule.path) {
        case (.post, "/login"):
            headers[.contentType] = form
            return (uri, headers, "csrf=\(csrf)&name=ada&password=admin-password-1&next=%2Fagreements")
        case (.post, "/logout"):
            headers[.contentType] = form
            return (uri, headers, "csrf=\(csrf)")
        case (.post, "/admin/users"):
            headers[.contentType] = form
            return (uri, headers, "csrf=\(csrf)&name=newbie&role=viewer&password=newbie-password-1")
        case (.post, "/admin/webhooks"):
            headers[.contentType] = form
            return (uri, headers, "csrf=\(csrf)&agreement=doha-2020&url=http%3A%2F%2F127.0.0.1%3A9%2Fhook")
        case (.post, "/agreements/new"), (.post, "/agreements/:agreement/edit"):
            headers[.contentType] = form
            let yaml = try String(contentsOfFile: TestPaths.example("agreement.yaml"), encoding: .utf8)
            return (uri, headers, "csrf=\(csrf)&yaml=\(yaml.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")")
        case (.put, "/api/v1/agreements/:agreement/webhook"):
            return (uri, headers, #"{"url": "http://127.0.0.1:9/hook"}"#)
        case (.post, "/api/v1/agreements"), (.post, "/api/v1/agreements/check"):
            return (uri, headers, try String(contentsOfFile: TestPaths.example("agreement.yaml"), encoding: .utf8))
        case (.post, "/api/v1/events/search"):
            return (uri, headers, #"{"actor": "taliban"}"#)
        case (.post, "/account/tokens"):
            headers[.contentType] = form
            return (uri, headers, "csrf=\(csrf)&label=matrix")
        case (.post, "/admin/audit/:entry/restore"), (.post, "/account/tokens/:token/revoke"), (.post, "/review/:cluster/accept"),
            (.post, "/admin/users/:user/remove"),
            (.post, "/review/:cluster/reject"):
            headers[.contentType] = form
            return (uri, headers, "csrf=\(csrf)")
        case (.post, "/review/:cluster/edit"):
            headers[.contentType] = form
            return (uri, headers, "csrf=\(csrf)&field=fatalities&value=3")
        case (.patch, "/api/v1/review/:cluster"):
            return (uri, headers, #"{"fatalities": "3"}"#)
        case (.post, "/api/v1/imports/:kind"):
            return (
                uri, headers,
                "id,date,indicator,actor,country,value,unit,source,url,notes\nobs-m,2020-08-01,troop_level,USA,Afghanistan,1,troops,W,,\n"
            )
        case (.post, "/api/v1/events"):
            return (uri, headers, #"{"date": "2020-08-01", "event_type": "Battles", "actor1": "Taliban", "country": "Afghanistan"}"#)
        case (.patch, "/api/v1/events/manual/:key"):
            return (uri, headers, #"{"fatalities": 2}"#)
        case (.post, "/api/v1/observations"):
            return (uri, headers, #"{"id": "obs-m", "date": "2020-08-01", "indicator": "troop_level", "value": 1, "source": "W"}"#)
        case (.post, "/api/v1/claims"):
            return (uri, headers, #"{"id": "c-m", "date": "2020-08-01", "speaker": "USA", "quote": "q", "source": "W"}"#)
        case (.post, "/api/v1/audit/:entry/restore"):
            return (uri, headers, nil)
        case (.post, "/api/v1/tokens"):
            return (uri, headers, #"{"label": "matrix"}"#)
        default:
            return (uri, headers, nil)
        }
    }

    @Test(arguments: [false, true])
    func everyRouteForEveryRole(publicRead: Bool) async throws {
        let fixture = try await ServerFixture.make()
        let callers: [Role?] = [nil] + Role.allCases
        try await fixture.test(publicRead: publicRead) { client in
            for rule in Handlers.rules {
                for caller in callers {
                    // A fresh session each time: one of the routes signs out.
                    let session = caller == nil ? nil : try await fixture.session(caller!)
                    let request = try Self.request(for: rule, session: session)
                    let reply = try await client.execute(
                        uri: request.uri, method: rule.method, headers: request.headers, body: request.body.map { ByteBuffer(string: $0) }
                    ) { Reply(status: $0.status, headers: $0.headers, text: String(buffer: $0.body)) }
                    let who = "\(rule.method) \(rule.path) as \(caller?.rawValue ?? "nobody")\(publicRead ? " (public)" : "")"
                    let sentToLogin = reply.status == .seeOther && reply.headers[.location]?.hasPrefix("/login?next=") == true
                    let publicAllows = publicRead && rule.access == .read
                    let allowed = publicAllows || rule.access.minimumRole.map { minimum in caller.map { $0 >= minimum } ?? false } ?? true
                    let refused = reply.status.code == 401 || reply.status.code == 403
                    if allowed {
                        #expect(!refused, "\(who): \(reply.status.code) \(reply.text.prefix(200))")
                        #expect(!sentToLogin, "\(who): sent to \(reply.headers[.location] ?? "")")
                        #expect(reply.status.code < 500, "\(who): \(reply.status)")
                    } else if caller == nil {
                        if rule.path.hasPrefix("/api/") {
                            #expect(reply.status == .unauthorized && reply.error?["code"] == "unauthorized", "\(who): \(reply.status)")
                        } else {
                            #expect(sentToLogin, "\(who): \(reply.status)")
                        }
                    } else {
                        #expect(reply.status == .forbidden, "\(who): \(reply.status)")
                    }
                }
            }
        }
    }

    @Test func everyRuleIsARoute() async throws {
        // Registration refuses a route without a rule; a rule without a route would answer 404 here.
        let fixture = try await ServerFixture.make()
        let admin = try await fixture.session(.admin)
        try await fixture.test { client in
            for rule in Handlers.rules where rule.method == .get {
                let request = try Self.request(for: rule, session: admin)
                let reply = try await client.execute(uri: request.uri, method: .get, headers: request.headers) { $0.status }
                #expect(reply != .notFound, "\(rule.path)")
            }
        }
        #expect(Set(Handlers.rules.map { "\($0.method) \($0.path)" }).count == Handlers.rules.count, "one rule per route")
    }
}

/// Signing in and out, cookies, CSRF and the login rate limit, through HTTP.
@Suite struct SessionTests {
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    func setCookies(_ reply: Reply) -> [String] { reply.headers[values: .setCookie] }

    @Test func signingInSetsAProtectedCookieThatOpensTheClosedPages() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.test(publicRead: false) { client in
            let closed = try await client.get("/agreements")
            #expect(closed.status == .seeOther && closed.headers[.location] == "/login?next=%2Fagreements")
            let api = try await client.get("/api/v1/agreements")
            #expect(api.status == .unauthorized)

            let login = try await client.get("/login?next=/agreements")
            let csrfCookie = try #require(setCookies(login).first { $0.hasPrefix("truce_csrf=") })
            for flag in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/"] { #expect(csrfCookie.contains(flag), "\(flag) in \(csrfCookie)") }
            let token = String(csrfCookie.dropFirst("truce_csrf=".count).prefix { $0 != ";" })
            #expect(login.text.contains("name=\"csrf\" value=\"\(token)\""), "the form carries the cookie's token")

            var headers = Self.form
            headers[.cookie] = "truce_csrf=\(token)"
            let signedIn = try await client.post(
                "/login", body: "csrf=\(token)&name=vera&password=viewer-password-1&next=%2Fagreements", headers: headers)
            #expect(signedIn.status == .seeOther && signedIn.headers[.location] == "/agreements")
            let session = try #require(setCookies(signedIn).first { $0.hasPrefix("truce_session=") })
            for flag in ["HttpOnly", "Secure", "SameSite=Strict", "Max-Age=28800"] { #expect(session.contains(flag), "\(flag) in \(session)") }
            let cookie = String(session.prefix { $0 != ";" })
            let open = try await client.execute(uri: "/agreements", method: .get, headers: [.cookie: cookie]) { $0.status }
            #expect(open == .ok)
            let account = try await client.execute(uri: "/account", method: .get, headers: [.cookie: cookie]) { String(buffer: $0.body) }
            #expect(account.contains("Signed in as <strong>vera</strong>, role viewer"))
        }
    }

    @Test func aFormWithoutItsTokenIsRefused() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.test(publicRead: false) { client in
            var headers = Self.form
            headers[.cookie] = "truce_csrf=one-token"
            let forged = try await client.post("/login", body: "csrf=another-token&name=vera&password=viewer-password-1", headers: headers)
            #expect(forged.status == .forbidden && forged.text.contains("<code>csrf</code>"))
            let noCookie = try await client.post("/login", body: "csrf=&name=vera&password=viewer-password-1", headers: Self.form)
            #expect(noCookie.status == .forbidden)

            let admin = try await fixture.session(.admin)
            var signed = Self.form
            signed[.cookie] = admin.cookie
            let addUser = try await client.post("/admin/users", body: "name=mallory&role=admin&password=mallory-password", headers: signed)
            #expect(addUser.status == .forbidden, "a signed-in form without the session's token")
            #expect(try await fixture.accounts.store.user(named: "mallory") == nil, "and nothing changed")

            let yaml = try String(contentsOfFile: TestPaths.example("agreement.yaml"), encoding: .utf8)
            let noHeader = try await client.post("/api/v1/agreements", body: yaml, headers: [.cookie: admin.cookie])
            #expect(noHeader.status == .forbidden && noHeader.error?["field"] == "X-CSRF-Token")
            var withHeader: HTTPFields = [.cookie: admin.cookie]
            withHeader[Handlers.csrfHeader] = admin.csrf
            let created = try await client.post("/api/v1/agreements", body: yaml, headers: withHeader)
            #expect(created.status == .created)
        }
    }

    @Test func loginsAreRateLimitedPerName() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.test(publicRead: false) { client in
            var headers = Self.form
            headers[.cookie] = "truce_csrf=t"
            for attempt in 1...5 {
                let wrong = try await client.post("/login", body: "csrf=t&name=ada&password=wrong-\(attempt)", headers: headers)
                #expect(wrong.status == .unauthorized && wrong.text.contains("Wrong name or password."))
            }
            let blocked = try await client.post("/login", body: "csrf=t&name=ada&password=admin-password-1", headers: headers)
            #expect(blocked.status == .tooManyRequests, "even the right password waits")
            #expect(blocked.headers[.retryAfter] == "900")
            let other = try await client.post("/login", body: "csrf=t&name=vera&password=viewer-password-1", headers: headers)
            #expect(other.status == .seeOther, "other names are not blocked")
            let unknown = try await client.post("/login", body: "csrf=t&name=nobody&password=whatever-it-is", headers: headers)
            #expect(unknown.status == .unauthorized && unknown.text.contains("Wrong name or password."), "unknown names read as wrong passwords")
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        let fixture = try await ServerFixture.make()
        let session = try await fixture.session(.viewer)
        try await fixture.test(publicRead: false) { client in
            var headers = Self.form
            headers[.cookie] = session.cookie
            let out = try await client.post("/logout", body: "csrf=\(session.csrf)", headers: headers)
            #expect(out.status == .seeOther && out.headers[.location] == "/login")
            #expect(setCookies(out).contains { $0.hasPrefix("truce_session=;") && $0.contains("Max-Age=0") })
            let after = try await client.execute(uri: "/agreements", method: .get, headers: [.cookie: session.cookie]) { $0.status }
            #expect(after == .seeOther, "the old cookie no longer opens anything")
        }
    }

    @Test(arguments: ["//evil.example/x", "https://evil.example", "/\\evil.example", "agreements"])
    func signingInNeverLeavesTheSite(_ next: String) {
        #expect(Handlers.safeNext(next) == "/agreements")
    }

    @Test func anAdminAddsUsersThroughTheForm() async throws {
        let fixture = try await ServerFixture.make()
        let admin = try await fixture.session(.admin)
        try await fixture.test(publicRead: false) { client in
            var headers = Self.form
            headers[.cookie] = admin.cookie
            let saved = try await client.post(
                "/admin/users", body: "csrf=\(admin.csrf)&name=nadia&role=analyst&password=nadia-password-1", headers: headers)
            #expect(saved.status == .seeOther)
            #expect(try await fixture.accounts.store.user(named: "nadia")?.role == .analyst)
            let short = try await client.post("/admin/users", body: "csrf=\(admin.csrf)&name=nadia&role=analyst&password=short", headers: headers)
            #expect(short.status == .badRequest && short.text.contains("at least 10 characters"))
            let badRole = try await client.post(
                "/admin/users", body: "csrf=\(admin.csrf)&name=nadia&role=root&password=nadia-password-1", headers: headers)
            #expect(badRole.status == .badRequest && badRole.text.contains("<code>role</code>"))
            let page = try await client.execute(uri: "/admin/users", method: .get, headers: [.cookie: admin.cookie]) { String(buffer: $0.body) }
            #expect(page.contains("<td>nadia</td><td>analyst</td>") && !page.contains("nadia-password-1"))
        }
    }

    @Test func theStoreKeepsNeitherPasswordsNorTokens() async throws {
        let fixture = try await ServerFixture.make()
        let session = try await fixture.accounts.logIn(name: "ada", password: "admin-password-1")
        let user = try #require(try await fixture.accounts.store.user(named: "ada"))
        #expect(user.passwordHash.hasPrefix("$2") && !user.passwordHash.contains("admin-password-1"))
        #expect(try await fixture.accounts.store.session(tokenHash: session.token) == nil, "the token itself finds nothing")
        #expect(try await fixture.accounts.session(token: session.token)?.user == "ada")
        #expect(try await fixture.accounts.session(token: String(repeating: "0", count: 64)) == nil)
        #expect(try await fixture.accounts.session(token: "'; DROP TABLE sessions; --") == nil)
    }
}
