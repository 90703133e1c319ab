import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing
import TruceCore
import TruceModel
import TruceStorage
import TruceStore
import TruceTestSupport

@testable import TruceServer

/// Webhook addresses: http or https, no credentials, and public hosts only unless the server allows
/// private ones; checked when set and again at each delivery; redirects not followed.
@Suite struct WebhookAddressTests {
    @Test(arguments: [
        ("127.0.0.1", AddressKind.loopback), ("127.255.0.9", .loopback), ("169.254.169.254", .linkLocal), ("10.0.0.1", .private),
        ("172.16.0.1", .private), ("172.31.255.255", .private), ("172.32.0.1", .public), ("192.168.1.1", .private), ("100.64.0.1", .private),
        ("0.0.0.0", .reserved), ("224.0.0.1", .reserved), ("255.255.255.255", .reserved), ("8.8.8.8", .public), ("93.184.216.34", .public),
        ("::1", .loopback), ("::", .reserved), ("fe80::1", .linkLocal), ("fd00::1", .private), ("ff02::1", .reserved),
        ("::ffff:127.0.0.1", .loopback), ("::ffff:10.0.0.1", .private), ("64:ff9b::a9fe:a9fe", .linkLocal), ("2002:c0a8:0101::1", .private),
        ("2001:4860:4860::8888", .public),
    ])
    func addressesAreClassified(address: String, kind: AddressKind) throws {
        #expect(AddressKind.of(bytes: try #require(Self.bytes(address))) == kind, "\(address)")
    }

    /// An address literal as bytes, through the system's parser.
    static func bytes(_ address: String) -> [UInt8]? {
        if address.contains(":") {
            var v6 = in6_addr()
            guard inet_pton(AF_INET6, address, &v6) == 1 else { return nil }
            return withUnsafeBytes(of: v6) { Array($0) }
        }
        var v4 = in_addr()
        guard inet_pton(AF_INET, address, &v4) == 1 else { return nil }
        return withUnsafeBytes(of: v4) { Array($0) }
    }

    @Test(arguments: [
        "http://127.0.0.1:9/hook", "http://localhost/hook", "http://127.1/hook", "http://2130706433/hook", "http://[::1]:8080/hook",
        "http://[::ffff:127.0.0.1]/hook", "http://169.254.169.254/latest/meta-data/", "https://10.1.2.3/hook", "http://192.168.0.10/hook",
        "http://0.0.0.0:8080/",
    ])
    func privateAddressesAreRefusedUnlessAllowed(url: String) throws {
        let error = #expect(throws: TruceError.self) { try WebhookAddressPolicy().check(url) }
        #expect(error?.parameter == "url" && error?.message.contains("public addresses") == true, "\(url): \(error?.message ?? "")")
        #expect(throws: Never.self) { try WebhookAddressPolicy(allowsPrivateAddresses: true).check(url) }
    }

    @Test(arguments: [
        ("ftp://example.org/hook", "http:// or https://"), ("file:///etc/passwd", "http:// or https://"),
        ("javascript:alert(1)", "http:// or https://"),
        ("https:///nohost", "http:// or https://"), ("https://user:secret@example.org/hook", "user name or password"),
        ("https://token@example.org/hook", "user name or password"), ("https://8.8.8.8@127.0.0.1/hook", "user name or password"),
    ])
    func schemesAndCredentialsAreRefusedEvenWhenPrivateAddressesAreAllowed(url: String, reason: String) {
        let error = #expect(throws: TruceError.self) { try WebhookAddressPolicy(allowsPrivateAddresses: true).check(url) }
        #expect(error?.parameter == "url" && error?.message.contains(reason) == true, "\(url): \(error?.message ?? "")")
    }

    @Test func aPublicAddressPassesAndAnUnresolvedNameOnlyWhenSetNotWhenDelivered() throws {
        #expect(throws: Never.self) { try WebhookAddressPolicy().check("https://93.184.216.34/hook?key=abc") }
        let offline = "https://monitor.invalid/hook"
        #expect(throws: Never.self) { try WebhookAddressPolicy().check(offline, acceptingUnresolved: true) }
        let error = #expect(throws: TruceError.self) { try WebhookAddressPolicy().check(offline) }
        #expect(error?.message.contains("does not resolve") == true)
    }

    @Test func theAPIRefusesALoopbackWebhookNamingTheField() async throws {
        let base = try await ServerFixture.make()
        let strict = ServerFixture(
            app: base.app, store: base.store, agreements: base.agreements, accounts: base.accounts,
            alerts: Alerts(store: base.store, app: base.app, agreements: base.agreements))
        let admin = try await strict.session(.admin)
        var headers: HTTPFields = [.cookie: admin.cookie, .contentType: "application/json"]
        headers[Handlers.csrfHeader] = admin.csrf
        let sent = headers
        try await strict.test(publicRead: false) { client in
            for url in ["http://127.0.0.1:9/hook", "http://169.254.169.254/", "https://user:pw@example.org/"] {
                let reply = try await client.execute(
                    uri: "/api/v1/agreements/doha-2020/webhook", method: .put, headers: sent, body: ByteBuffer(string: #"{"url": "\#(url)"}"#)
                ) { Reply(status: $0.status, headers: $0.headers, text: String(buffer: $0.body)) }
                #expect(reply.status == .badRequest && reply.error?["field"] == "url", "\(url): \(reply.text)")
            }
        }
        #expect(try await strict.alerts.webhooks().isEmpty, "nothing kept")
    }

    /// A receiver whose `/hook` answers `status` (a redirect to `/elsewhere` for 3xx) and keeps what reaches either.
    final class Receiver: Sendable {
        let status: HTTPResponse.Status
        let hits = Mutex<[String]>([])
        init(status: HTTPResponse.Status) { self.status = status }

        func application() -> some ApplicationProtocol {
            let router = Router()
            router.post("/hook") { _, _ -> Response in
                self.hits.withLock { $0.append("/hook") }
                var response = Response(status: self.status)
                if (300..<400).contains(self.status.code) { response.headers[.location] = "/elsewhere" }
                return response
            }
            router.post("/elsewhere") { _, _ -> HTTPResponse.Status in
                self.hits.withLock { $0.append("/elsewhere") }
                return .ok
            }
            return Application(router: router, configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)))
        }
    }

    /// A store with the Doha agreement, a webhook saved straight to `url` (as one set before a policy changed), and one alert due.
    static func storeWithAlertDue(url: String, policy: WebhookAddressPolicy) async throws -> Alerts {
        let store = try Store.inMemory()
        let clock = ServerFixture.clock
        let app = TruceApp(storage: store, clock: clock)
        let agreements = AgreementLibrary(store: store, clock: clock)
        try await agreements.add(path: TestPaths.example("agreement.yaml"), by: "setup")
        try await store.saveWebhook(StoredWebhook(agreement: "doha-2020", url: url, savedAt: clock.timestamp))
        let alerts = Alerts(store: store, app: app, agreements: agreements, retryDelays: [60], addresses: policy)
        try await alerts.keep([
            StatusChange(
                agreement: "doha-2020", provision: "riv", text: "t", from: .pending, to: .violated, asOf: Day(iso: "2020-09-13")!, readings: [],
                evidence: [])
        ])
        return alerts
    }

    @Test func deliveryChecksTheAddressAgainAndSendsNothingToAPrivateOne() async throws {
        let receiver = Receiver(status: .ok)
        try await receiver.application().test(.live) { client in
            let url = "http://127.0.0.1:\(try #require(client.port))/hook"
            let alerts = try await Self.storeWithAlertDue(url: url, policy: WebhookAddressPolicy())
            let report = try await alerts.deliverDue(with: URLSessionWebhookSender())
            #expect(report == DeliveryReport(delivered: 0, retrying: 1, abandoned: 0))
            #expect(receiver.hits.withLock { $0 }.isEmpty, "nothing was sent")
            let kept = try #require(try await alerts.recent().first)
            #expect(kept.lastError?.contains("loopback") == true, "\(kept.lastError ?? "")")
        }
    }

    @Test func aRedirectIsAFailureAndIsNotFollowed() async throws {
        let receiver = Receiver(status: .found)
        try await receiver.application().test(.live) { client in
            let url = "http://127.0.0.1:\(try #require(client.port))/hook"
            let alerts = try await Self.storeWithAlertDue(url: url, policy: WebhookAddressPolicy(allowsPrivateAddresses: true))
            let report = try await alerts.deliverDue(with: URLSessionWebhookSender())
            #expect(report == DeliveryReport(delivered: 0, retrying: 1, abandoned: 0))
            #expect(receiver.hits.withLock { $0 } == ["/hook"], "the redirect's target was not called")
            let kept = try #require(try await alerts.recent().first)
            #expect(kept.lastError?.contains("302") == true, "\(kept.lastError ?? "")")
        }
    }
}
