import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing
import TruceCore
import TruceFormats
import TruceModel
import TruceStorage
import TruceStore
import TruceTestSupport

@testable import TruceServer

/// Deadlines, the iCalendar feed, and webhooks called on status changes, with a real HTTP receiver.
@Suite struct AlertRouteTests {
    /// The receivers here listen on loopback, which a server allows only when told to.
    static let localReceivers = WebhookAddressPolicy(allowsPrivateAddresses: true)

    /// A clock the test moves forward.
    final class Moment: Sendable {
        let seconds = Mutex<TimeInterval>(1_600_000_000)  // 2020-09-13
        var clock: WallClock { WallClock { Date(timeIntervalSince1970: self.seconds.withLock { $0 }) } }
        func advance(by delta: TimeInterval) { seconds.withLock { $0 += delta } }
    }

    /// An HTTP receiver in this process that refuses its first `failures` requests with a 500, then keeps each body.
    final class Receiver: Sendable {
        let failures: Mutex<Int>
        let bodies = Mutex<[Data]>([])
        init(failures: Int) { self.failures = Mutex(failures) }

        func application() -> some ApplicationProtocol {
            let router = Router()
            router.post("/hook") { request, _ -> HTTPResponse.Status in
                let body = try await request.body.collect(upTo: 1 << 22)
                let refuse = self.failures.withLock { left in
                    guard left > 0 else { return false }
                    left -= 1
                    return true
                }
                if refuse { return .internalServerError }
                self.bodies.withLock { $0.append(Data(buffer: body)) }
                return .ok
            }
            return Application(router: router, configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)))
        }
    }

    @Test func newEvidenceThatViolatesAProvisionCallsTheWebhookRetryingWithBackoff() async throws {
        let moment = Moment()
        let store = try Store.inMemory()
        let app = TruceApp(storage: store, clock: moment.clock)
        let agreements = AgreementLibrary(store: store, clock: moment.clock)
        try await agreements.add(path: TestPaths.example("agreement.yaml"), by: "setup")
        let alerts = Alerts(store: store, app: app, agreements: agreements, retryDelays: [30, 120], addresses: Self.localReceivers)
        let before = try await alerts.assessAll()
        let receiver = Receiver(failures: 1_000)
        let changes = try await receiver.application().test(.live) { client -> [StatusChange] in
            let port = try #require(client.port)
            await #expect(throws: TruceError.self) { try await alerts.setWebhook(agreement: "doha-2020", url: "file:///etc/passwd", by: "ada") }
            try await alerts.setWebhook(agreement: "doha-2020", url: "http://127.0.0.1:\(port)/hook", by: "ada")
            let (_, changes) = try await alerts.recordingChanges {
                try await app.importDataset(ImportRequest(kind: .acled, path: TestPaths.example("events.csv"), rejects: RejectsInMemory()))
            }
            try #require(!changes.isEmpty, "importing the events changes some provision's status")
            for change in changes {
                #expect(StatusChange.alertingStatuses.contains(change.to))
                #expect(before[0].provision(change.provision)?.status == change.from)
                #expect(!change.evidence.isEmpty, "\(change.provision) carries its evidence")
            }
            let stored = try await alerts.recent()
            #expect(stored.count == changes.count && stored.allSatisfy { $0.nextAttemptAt != nil }, "due at once")
            receiver.failures.withLock { $0 = changes.count }
            let sender = HTTPWebhookSender.patient
            let first = try await alerts.deliverDue(with: sender)
            #expect(first == DeliveryReport(delivered: 0, retrying: changes.count, abandoned: 0), "the receiver refused each once")
            let again = try await alerts.deliverDue(with: sender)
            #expect(again == DeliveryReport(), "a retry waits for its delay")
            moment.advance(by: 30)
            let second = try await alerts.deliverDue(with: sender)
            #expect(second == DeliveryReport(delivered: changes.count, retrying: 0, abandoned: 0))
            return changes
        }
        let bodies = receiver.bodies.withLock { $0 }
        #expect(bodies.count == changes.count)
        let first = try #require(bodies.first)
        let payload = try #require(try JSONSerialization.jsonObject(with: first) as? [String: Any])
        #expect(payload["event"] as? String == "provision.status_changed")
        let change = try #require(payload["change"] as? [String: Any])
        #expect(change["agreement"] as? String == "doha-2020" && change["provision"] as? String == changes[0].provision)
        #expect((change["evidence"] as? [Any])?.isEmpty == false)
        let delivered = try await alerts.recent().filter { $0.deliveredAt != nil }
        #expect(delivered.count == changes.count && delivered.allSatisfy { $0.attempts == 2 && $0.nextAttemptAt == nil })
    }

    @Test func aReceiverThatKeepsFailingIsAbandonedAfterTheLastDelay() async throws {
        let moment = Moment()
        let store = try Store.inMemory()
        let app = TruceApp(storage: store, clock: moment.clock)
        let agreements = AgreementLibrary(store: store, clock: moment.clock)
        try await agreements.add(path: TestPaths.example("agreement.yaml"), by: "setup")
        let alerts = Alerts(store: store, app: app, agreements: agreements, retryDelays: [10], addresses: Self.localReceivers)
        let receiver = Receiver(failures: .max)
        try await receiver.application().test(.live) { client in
            try await alerts.setWebhook(agreement: "doha-2020", url: "http://127.0.0.1:\(try #require(client.port))/hook", by: "ada")
            let (_, changes) = try await alerts.recordingChanges {
                try await app.importDataset(ImportRequest(kind: .acled, path: TestPaths.example("events.csv"), rejects: RejectsInMemory()))
            }
            try #require(!changes.isEmpty)
            let first = try await alerts.deliverDue(with: HTTPWebhookSender.patient)
            #expect(first.retrying == changes.count)
            moment.advance(by: 10)
            let last = try await alerts.deliverDue(with: HTTPWebhookSender.patient)
            #expect(last.abandoned == changes.count)
            let kept = try await alerts.recent()
            #expect(kept.allSatisfy { $0.deliveredAt == nil && $0.nextAttemptAt == nil && $0.lastError?.contains("500") == true })
        }
    }

    @Test func theDeadlinesPageAndCalendarListEveryDeadline() async throws {
        let fixture = try await ServerFixture.make()
        let all = try await fixture.agreements.agreements()
        let deadlines = try await fixture.app.deadlines(of: all, asOf: fixture.app.clock.today)
        try #require(deadlines.contains { $0.state == .missed } || deadlines.contains { $0.state == .met })
        try await fixture.alerts.keep([
            StatusChange(
                agreement: "doha-2020", provision: "riv", text: "t", from: .pending, to: .violated, asOf: Day(iso: "2020-09-13")!, readings: [],
                evidence: [])
        ])
        try await fixture.test { client in
            let page = try await client.get("/deadlines")
            #expect(page.status == .ok)
            for deadline in deadlines { #expect(page.text.contains(">\(deadline.agreement) · \(deadline.provision)</a>")) }
            #expect(page.text.contains("status-violated") && page.text.contains("no webhook"), "the change is listed")
            let ics = try await client.get("/deadlines.ics")
            #expect(ics.status == .ok && ics.headers[.contentType] == "text/calendar; charset=utf-8")
            #expect(ics.text.hasPrefix("BEGIN:VCALENDAR\r\n") && ics.text.hasSuffix("END:VCALENDAR\r\n"))
            let lines = ics.text.components(separatedBy: "\r\n").dropLast()
            #expect(lines.allSatisfy { $0.utf8.count <= 75 }, "folded at 75 octets")
            #expect(!ics.text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "no bare line feed")
            #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == deadlines.count)
            let json = try await client.get("/api/v1/deadlines")
            #expect((json.json as? [Any])?.count == deadlines.count)
            let alerts = try await client.get("/api/v1/alerts")
            #expect(((alerts.json as? [[String: Any]])?.first)?["to"] as? String == "violated")
        }
    }

    @Test func anAdminSetsAWebhookAndBadAddressesAreRefused() async throws {
        let fixture = try await ServerFixture.make()
        let admin = try await fixture.session(.admin)
        var fields: HTTPFields = [.cookie: admin.cookie, .contentType: "application/json"]
        fields[Handlers.csrfHeader] = admin.csrf
        let headers = fields
        try await fixture.test(publicRead: false) { client in
            let bad = try await client.execute(
                uri: "/api/v1/agreements/doha-2020/webhook", method: .put, headers: headers,
                body: ByteBuffer(string: #"{"url": "javascript:alert(1)"}"#)
            ) { Reply(status: $0.status, headers: $0.headers, text: String(buffer: $0.body)) }
            #expect(bad.status == .badRequest && bad.error?["field"] == "url")
            let good = try await client.execute(
                uri: "/api/v1/agreements/doha-2020/webhook", method: .put, headers: headers,
                body: ByteBuffer(string: #"{"url": "https://monitor.example/hook"}"#)
            ) { $0.status }
            #expect(good == .noContent)
            #expect(try await fixture.alerts.webhooks().map(\.url) == ["https://monitor.example/hook"])
            let page = try await client.execute(uri: "/deadlines", method: .get, headers: [.cookie: admin.cookie]) { String(buffer: $0.body) }
            #expect(page.contains("<code>https://monitor.example/hook</code>"))
        }
    }
}
