import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
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
        let app = TruceApp(storage: store, clock: ServerFixture.clock)
        let agreements = AgreementLibrary(store: store, clock: ServerFixture.clock)
        return TruceServer.application(
            configuration: ServerConfiguration(publicRead: false), app: app, agreements: agreements,
            accounts: Accounts(store: store, hasher: BcryptHasher(cost: 4), clock: ServerFixture.clock),
            alerts: Alerts(store: store, app: app, agreements: agreements))
    }

    @Test func aTokenMadeOnOneServerWritesThroughTheOtherAndEveryWriteIsAudited() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let first = try await PostgresStore.open(url: url)
            let second = try await PostgresStore.open(url: url)
            let accounts = Accounts(store: first, hasher: BcryptHasher(cost: 4), clock: ServerFixture.clock)
            try await accounts.addUser(name: "ada", role: .admin, password: "admin-password-1", by: "setup")
            let session = try await accounts.logIn(name: "ada", password: "admin-password-1")
            let signedIn = TokenRouteTests.cookie(("truce_session=\(session.token)", session.signedIn.csrfToken))

            try await Self.server(first).test(.router) { one in
                try await Self.server(second).test(.router) { two in
                    let created = try await one.post("/api/v1/tokens", body: #"{"label": "deploy"}"#, headers: signedIn)
                    #expect(created.status == .created, "a token is made over PostgreSQL: \(created.text)")
                    let object = try #require(created.json as? [String: Any])
                    let secret = try #require(object["secret"] as? String)
                    let id = try #require((object["token"] as? [String: Any])?["id"] as? Int)
                    let bearer: HTTPFields = [.authorization: "Bearer \(secret)"]

                    let yaml = try String(contentsOfFile: TestPaths.example("agreement.yaml"), encoding: .utf8)
                    let uploaded = try await two.post("/api/v1/agreements", body: yaml, headers: bearer)
                    #expect(uploaded.status == .created, "the token made on one server writes through the other: \(uploaded.text)")
                    let observation =
                        #"{"id": "obs-pg-1", "date": "2020-08-01", "indicator": "troop_level", "actor": "USA", "country": "Afghanistan", "value": 8600, "unit": "troops", "source": "Wire"}"#
                    let written = try await two.post("/api/v1/observations", body: observation, headers: bearer)
                    #expect(written.status == .created, "an evidence write runs over PostgreSQL: \(written.text)")

                    let audit = try await one.execute(uri: "/api/v1/audit?limit=10", method: .get, headers: bearer) {
                        Reply(status: $0.status, headers: $0.headers, text: String(buffer: $0.body))
                    }
                    #expect(audit.status == .ok, "the audit log is served over PostgreSQL: \(audit.text)")
                    let entries = try #require((audit.json as? [String: Any])?["entries"] as? [[String: Any]])
                    let seen = entries.map { "\($0["action"] ?? "") \($0["kind"] ?? "") \($0["recordID"] ?? "") \($0["actor"] ?? "")" }
                    #expect(
                        seen == [
                            "create observation obs-pg-1 ada", "create agreement doha-2020 ada", "create api_token \(id) ada",
                            "create user ada setup",
                        ],
                        "every write is audited, by whom: \(seen)")
                    #expect(!audit.text.contains(secret), "the secret is never in the log")

                    let revoked = try await one.execute(uri: "/api/v1/tokens/\(id)", method: .delete, headers: bearer) { $0.status }
                    #expect(revoked == .ok)
                    let refused = try await two.execute(uri: "/api/v1/events", method: .get, headers: bearer) { $0.status }
                    #expect(refused == .unauthorized, "a token revoked on one server stops working on the other")
                }
            }
            await first.close()
            await second.close()
        }
    }

    @Test func twoServersShareSessionsTheLoginRateLimitAndAgreements() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let first = try await PostgresStore.open(url: url)
            let second = try await PostgresStore.open(url: url)
            let accounts = Accounts(store: first, hasher: BcryptHasher(cost: 4), clock: ServerFixture.clock)
            try await accounts.addUser(name: "ada", role: .admin, password: "admin-password-1", by: "setup")
            try await accounts.addUser(name: "vera", role: .viewer, password: "viewer-password-1", by: "setup")
            let agreement = try await AgreementLibrary(store: first, clock: ServerFixture.clock)
                .add(path: TestPaths.example("agreement.yaml"), by: "setup")

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

    /// A webhook receiver that keeps every body sent to it, after a pause that lets the other server's round overlap.
    final class Recorder: WebhookSender {
        let bodies = Mutex<[String]>([])

        func send(_ body: Data, to destination: WebhookDestination) async throws {
            try await Task.sleep(for: .milliseconds(5))
            bodies.withLock { $0.append(String(decoding: body, as: UTF8.self)) }
        }
    }

    @Test func twoServersDeliverEachDueAlertOnce() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let first = try await PostgresStore.open(url: url)
            let second = try await PostgresStore.open(url: url)
            let library = AgreementLibrary(store: first, clock: ServerFixture.clock)
            try await library.add(path: TestPaths.example("agreement.yaml"), by: "setup")
            try await first.saveWebhook(StoredWebhook(agreement: "doha-2020", url: "http://127.0.0.1:9/hook", savedAt: "2020-09-13T00:00:00Z"))
            let now = Int64(ServerFixture.clock.now.timeIntervalSince1970)
            for number in 1...60 {
                _ = try await first.addAlert(
                    StoredAlert(
                        id: 0, agreement: "doha-2020", provision: "P\(number)", fromStatus: "pending", toStatus: "violated", asOf: "2020-09-13",
                        payload: #"{"n":\#(number)}"#, detectedAt: "2020-09-13T00:00:00Z", nextAttemptAt: now))
            }
            let recorder = Recorder()
            let servers = [first, second].map { store in
                Alerts(
                    store: store, app: TruceApp(storage: store, clock: ServerFixture.clock),
                    agreements: AgreementLibrary(store: store, clock: ServerFixture.clock),
                    // The recorder stands in for a receiver on this machine, which the default policy refuses.
                    addresses: WebhookAddressPolicy(allowsPrivateAddresses: true))
            }
            // Both servers' delivery rounds at once, in small batches, until nothing is due.
            let reports = try await withThrowingTaskGroup(of: DeliveryReport.self) { group in
                for alerts in servers {
                    group.addTask {
                        var total = DeliveryReport()
                        while true {
                            let round = try await alerts.deliverDue(with: recorder, limit: 7)
                            if round == DeliveryReport() { return total }
                            total.delivered += round.delivered
                        }
                    }
                }
                var reports: [DeliveryReport] = []
                for try await report in group { reports.append(report) }
                return reports
            }
            let sent = recorder.bodies.withLock { $0 }
            #expect(sent.count == 60 && Set(sent).count == 60, "each alert is sent once: \(sent.count) sends, \(Set(sent).count) distinct")
            #expect(reports.map(\.delivered).reduce(0, +) == 60, "\(reports)")
            #expect(try await second.alerts(agreement: nil, limit: 100).allSatisfy { $0.deliveredAt != nil && $0.attempts == 1 })
            await first.close()
            await second.close()
        }
    }
}
