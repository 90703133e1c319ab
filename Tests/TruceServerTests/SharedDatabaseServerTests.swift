import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TruceCore
import TrucePostgres
import TruceServer
import TruceStorage
import TruceTestSupport

/// Two servers over one PostgreSQL database, as behind a load balancer: what one knows of sessions, failed
/// logins, users and agreements, the other knows too.
@Suite(.enabled(if: PostgresTestDatabase.isWanted)) struct SharedDatabaseServerTests {
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: "truce_csrf=t"]

    /// A server over its own connection pool to the database at `url`.
    static func server(_ store: PostgresStore) -> some ApplicationProtocol {
        TruceServer.application(
            configuration: ServerConfiguration(publicRead: false), app: TruceApp(storage: store, clock: ServerFixture.clock),
            agreements: AgreementLibrary(store: store, clock: ServerFixture.clock),
            accounts: Accounts(store: store, hasher: BcryptHasher(cost: 4), clock: ServerFixture.clock), alerts: nil)
    }

    @Test func twoServersShareSessionsTheLoginRateLimitAndAgreements() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let first = try await PostgresStore.open(url: url)
            let second = try await PostgresStore.open(url: url)
            let accounts = Accounts(store: first, hasher: BcryptHasher(cost: 4), clock: ServerFixture.clock)
            try await accounts.addUser(name: "ada", role: .admin, password: "admin-password-1")
            try await accounts.addUser(name: "vera", role: .viewer, password: "viewer-password-1")
            let agreement = try await AgreementLibrary(store: first, clock: ServerFixture.clock).add(path: TestPaths.example("agreement.yaml"))

            try await Self.server(first).test(.router) { one in
                try await Self.server(second).test(.router) { two in
                    // Signed in on one server, the session opens the other's pages.
                    let signedIn = try await one.post("/login", body: "csrf=t&name=vera&password=viewer-password-1", headers: Self.form)
                    #expect(signedIn.status == .seeOther)
                    let session = try #require(signedIn.headers[values: .setCookie].first { $0.hasPrefix("truce_session=") })
                    let cookie = String(session.prefix { $0 != ";" })
                    let page = try await two.execute(uri: "/agreements", method: .get, headers: [.cookie: cookie]) { $0 }
                    #expect(page.status == .ok)
                    #expect(String(buffer: page.body).contains(agreement.id), "the agreement kept through the first store is listed by the second")

                    // Failed logins on one server count on the other.
                    for attempt in 1...5 {
                        let wrong = try await one.post("/login", body: "csrf=t&name=ada&password=wrong-\(attempt)", headers: Self.form)
                        #expect(wrong.status == .unauthorized)
                    }
                    let blocked = try await two.post("/login", body: "csrf=t&name=ada&password=admin-password-1", headers: Self.form)
                    #expect(blocked.status == .tooManyRequests, "the second server sees the first one's failures")

                    // Signing out on the second server ends the session on the first.
                    let token = String(cookie.dropFirst("truce_session=".count))
                    let csrf = try #require(try await accounts.session(token: token)?.csrfToken)
                    var out: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
                    out[.cookie] = cookie
                    let signedOut = try await two.post("/logout", body: "csrf=\(csrf)", headers: out)
                    #expect(signedOut.status == .seeOther)
                    let after = try await one.execute(uri: "/agreements", method: .get, headers: [.cookie: cookie]) { $0.status }
                    #expect(after == .seeOther, "the first server no longer knows the session")
                }
            }
            await first.close()
            await second.close()
        }
    }
}
