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
    func privateAddressesAreRefusedUnlessAllowed(url: String) async throws {
        let error = await #expect(throws: TruceError.self) { try await WebhookAddressPolicy().check(url) }
        #expect(error?.parameter == "url" && error?.message.contains("public addresses") == true, "\(url): \(error?.message ?? "")")
        await #expect(throws: Never.self) { try await WebhookAddressPolicy(allowsPrivateAddresses: true).check(url) }
    }

    @Test(arguments: [
        ("ftp://example.org/hook", "http:// or https://"), ("file:///etc/passwd", "http:// or https://"),
        ("javascript:alert(1)", "http:// or https://"),
        ("https:///nohost", "http:// or https://"), ("https://user:secret@example.org/hook", "user name or password"),
        ("https://token@example.org/hook", "user name or password"), ("https://8.8.8.8@127.0.0.1/hook", "user name or password"),
    ])
    func schemesAndCredentialsAreRefusedEvenWhenPrivateAddressesAreAllowed(url: String, reason: String) async {
        let error = await #expect(throws: TruceError.self) { try await WebhookAddressPolicy(allowsPrivateAddresses: true).check(url) }
        #expect(error?.parameter == "url" && error?.message.contains(reason) == true, "\(url): \(error?.message ?? "")")
    }

    @Test func aPublicAddressPassesAndAnUnresolvedNameOnlyWhenSetNotWhenDelivered() async throws {
        let destination = try await WebhookAddressPolicy().check("https://93.184.216.34/hook?key=abc#part")
        #expect(
            destination
                == WebhookDestination(
                    url: "https://93.184.216.34/hook?key=abc#part", usesTLS: true, host: "93.184.216.34", port: 443, target: "/hook?key=abc",
                    addresses: [[93, 184, 216, 34]]))
        let offline = "https://monitor.invalid/hook"
        await #expect(throws: Never.self) { try await WebhookAddressPolicy().check(offline, acceptingUnresolved: true) }
        let error = await #expect(throws: TruceError.self) { try await WebhookAddressPolicy().check(offline) }
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
        /// The `Host` header of each request to `/hook`.
        let hosts = Mutex<[String]>([])
        init(status: HTTPResponse.Status) { self.status = status }

        func application() -> some ApplicationProtocol {
            let router = Router()
            router.post("/hook") { request, _ -> Response in
                self.hits.withLock { $0.append("/hook") }
                self.hosts.withLock { $0.append(request.head.authority ?? "") }
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
            let report = try await alerts.deliverDue(with: HTTPWebhookSender.patient)
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
            let report = try await alerts.deliverDue(with: HTTPWebhookSender.patient)
            #expect(report == DeliveryReport(delivered: 0, retrying: 1, abandoned: 0))
            #expect(receiver.hits.withLock { $0 } == ["/hook"], "the redirect's target was not called")
            let kept = try #require(try await alerts.recent().first)
            #expect(kept.lastError?.contains("302") == true, "\(kept.lastError ?? "")")
        }
    }

    /// A resolver whose first answer is `first` and every later one `then`, as a name rebound between a
    /// check and a connection answers; it counts its lookups.
    final class Rebinding: Sendable {
        let lookups = Mutex(0)
        let first: [[UInt8]]
        let then: [[UInt8]]
        init(first: [[UInt8]], then: [[UInt8]]) {
            self.first = first
            self.then = then
        }

        var resolver: HostResolver {
            HostResolver { _ in
                self.lookups.withLock { count in
                    count += 1
                    return count == 1 ? self.first : self.then
                }
            }
        }
    }

    @Test func deliveryConnectsToTheAddressItCheckedNotToALaterAnswer() async throws {
        let receiver = Receiver(status: .ok)
        try await receiver.application().test(.live) { client in
            let port = try #require(client.port)
            // The receiver listens on 127.0.0.1 only; nothing listens on 127.0.0.2, the name's later answer.
            let rebinding = Rebinding(first: [[127, 0, 0, 1]], then: [[127, 0, 0, 2]])
            let alerts = try await Self.storeWithAlertDue(
                url: "http://hooks.rebinding.test:\(port)/hook",
                policy: WebhookAddressPolicy(allowsPrivateAddresses: true, resolver: rebinding.resolver))
            let report = try await alerts.deliverDue(with: HTTPWebhookSender.patient)
            let lastError = try await alerts.recent().first?.lastError ?? ""
            #expect(report == DeliveryReport(delivered: 1, retrying: 0, abandoned: 0), "\(lastError)")
            #expect(rebinding.lookups.withLock { $0 } == 1, "the name is resolved once, by the check")
            #expect(receiver.hits.withLock { $0 } == ["/hook"])
            #expect(receiver.hosts.withLock { $0 } == ["hooks.rebinding.test:\(port)"], "the Host header keeps the name")
        }
    }

    /// What a sender is handed is the check's answer: a name that answers a public address to the check and
    /// a loopback one afterwards is sent to the public address (here only recorded: tests reach no public address).
    @Test func theSenderIsGivenTheAddressesOfTheCheck() async throws {
        final class Recorder: WebhookSender {
            let destinations = Mutex<[WebhookDestination]>([])
            func send(_ body: Data, to destination: WebhookDestination) async throws { destinations.withLock { $0.append(destination) } }
        }
        let rebinding = Rebinding(first: [[93, 184, 216, 34]], then: [[127, 0, 0, 1]])
        let alerts = try await Self.storeWithAlertDue(
            url: "https://hooks.rebinding.test/hook?key=1", policy: WebhookAddressPolicy(resolver: rebinding.resolver))
        let recorder = Recorder()
        #expect(try await alerts.deliverDue(with: recorder) == DeliveryReport(delivered: 1, retrying: 0, abandoned: 0))
        let sent = recorder.destinations.withLock { $0 }
        #expect(
            sent == [
                WebhookDestination(
                    url: "https://hooks.rebinding.test/hook?key=1", usesTLS: true, host: "hooks.rebinding.test", port: 443, target: "/hook?key=1",
                    addresses: [[93, 184, 216, 34]])
            ])
        #expect(sent.first?.hostHeader == "hooks.rebinding.test")
    }

    @Test func aNameReboundToLoopbackBeforeTheCheckIsRefusedAndNothingIsSent() async throws {
        let receiver = Receiver(status: .ok)
        try await receiver.application().test(.live) { client in
            let rebinding = Rebinding(first: [[127, 0, 0, 1]], then: [[93, 184, 216, 34]])
            let alerts = try await Self.storeWithAlertDue(
                url: "http://hooks.rebinding.test:\(try #require(client.port))/hook", policy: WebhookAddressPolicy(resolver: rebinding.resolver))
            #expect(try await alerts.deliverDue(with: HTTPWebhookSender.patient) == DeliveryReport(delivered: 0, retrying: 1, abandoned: 0))
            #expect(receiver.hits.withLock { $0 }.isEmpty)
            #expect(try await alerts.recent().first?.lastError?.contains("loopback") == true)
        }
    }

    @Test func anHTTPSWebhookSpeaksTLSAndFailsAgainstAPlainReceiver() async throws {
        let receiver = Receiver(status: .ok)
        try await receiver.application().test(.live) { client in
            let rebinding = Rebinding(first: [[127, 0, 0, 1]], then: [[127, 0, 0, 1]])
            let alerts = try await Self.storeWithAlertDue(
                url: "https://hooks.rebinding.test:\(try #require(client.port))/hook",
                policy: WebhookAddressPolicy(allowsPrivateAddresses: true, resolver: rebinding.resolver))
            #expect(try await alerts.deliverDue(with: HTTPWebhookSender.patient) == DeliveryReport(delivered: 0, retrying: 1, abandoned: 0))
            #expect(receiver.hits.withLock { $0 }.isEmpty, "no request reached the plain receiver")
            let error = try await alerts.recent().first?.lastError ?? ""
            #expect(error.contains("could not be reached"), "\(error)")
        }
    }
}
