import Foundation
import Hummingbird
import HummingbirdTesting
import TruceCore
import TruceFormats
import TruceModel
import TruceServer
import TruceStorage
import TruceStore
import TruceTestSupport

/// A server over a real SQLite store (in memory) holding the bundled Doha example's evidence and
/// agreement, imported through the core, plus one event whose notes and actor carry markup.
struct ServerFixture {
    let app: TruceApp
    let store: Store
    let agreements: AgreementLibrary
    let accounts: Accounts
    let alerts: Alerts

    /// A user of each role, with their password.
    static let users: [(name: String, role: Role, password: String)] = [
        ("vera", .viewer, "viewer-password-1"), ("ana", .analyst, "analyst-password-1"), ("ada", .admin, "admin-password-1"),
    ]

    /// The markup planted in an event's notes and actor name.
    static let hostileNotes = "<script>alert('notes')</script> & \"quoted\""
    static let hostileActor = "<img src=x onerror=alert(1)>Militia"
    static let clock = WallClock.fixed(Date(timeIntervalSince1970: 1_600_000_000))  // 2020-09-13

    /// The fixture; with `evidence` false, the agreement and users only (no events, observations or claims);
    /// with `path`, in a store file there (which a CLI command can open too), else in memory.
    static func make(evidence: Bool = true, path: String? = nil) async throws -> ServerFixture {
        let store = try path.map { try Store.open(path: $0) } ?? Store.inMemory()
        let app = TruceApp(storage: store, clock: clock)
        for (kind, file) in [(DatasetKind.acled, "events.csv"), (.observations, "observations.csv"), (.claims, "claims.csv")] where evidence {
            _ = try await app.importDataset(ImportRequest(kind: kind, path: TestPaths.example(file), rejects: RejectsInMemory()))
        }
        var hostile = Event(
            key: "X1", dataset: "test", date: DateSpan(day: Day(iso: "2020-04-01")!), type: EventType(event: "Riots", subEvent: "Mob violence"),
            actor1: EventActor(name: hostileActor), actor2: EventActor(), location: Location(country: "Afghanistan", admin1: "Kabul"),
            fatalities: Fatalities(exactly: 1), sources: ["<b>Wire</b>"])
        hostile.notes = hostileNotes
        if evidence {
            _ = try await store.importEvents(
                from: ListedRecords(values: [hostile]), kind: "test", input: "hostile.csv", importedAt: "2026-01-01T00:00:00Z",
                rejects: DiscardedRejects(), progress: { _ in })
        }
        let agreements = AgreementLibrary(store: store, clock: clock)
        try await agreements.add(path: TestPaths.example("agreement.yaml"), by: "setup")
        // bcrypt's lowest cost keeps the tests quick; the server's default is 12.
        let accounts = Accounts(store: store, hasher: BcryptHasher(cost: 4), clock: clock)
        for user in users { try await accounts.addUser(name: user.name, role: user.role, password: user.password, by: "setup") }
        // Retries a second apart, so tests can step through them with a movable clock; receivers on loopback allowed.
        let alerts = Alerts(
            store: store, app: app, agreements: agreements, retryDelays: [1, 2], addresses: WebhookAddressPolicy(allowsPrivateAddresses: true))
        return ServerFixture(app: app, store: store, agreements: agreements, accounts: accounts, alerts: alerts)
    }

    /// A session of the user of `role`: its cookie header and CSRF token.
    func session(_ role: Role) async throws -> (cookie: String, csrf: String) {
        let user = Self.users.first { $0.role == role }!
        let session = try await accounts.logIn(name: user.name, password: user.password)
        return ("truce_session=\(session.token)", session.signedIn.csrfToken)
    }

    /// Runs `body` against the server without a socket; readers need no account unless `publicRead` is false.
    func test<Value: Sendable>(
        maximumBodyBytes: Int = 1 << 20, publicRead: Bool = true, _ body: @Sendable (any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        let server = TruceServer.application(
            configuration: ServerConfiguration(maximumBodyBytes: maximumBodyBytes, publicRead: publicRead), app: app, agreements: agreements,
            accounts: accounts, alerts: alerts)
        return try await server.test(.router, body)
    }
}

/// A response read as text.
struct Reply: Sendable {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var text: String

    /// The `error` member of a JSON error body.
    var error: [String: String]? {
        let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        return object?["error"] as? [String: String]
    }

    /// The body as JSON.
    var json: Any? { try? JSONSerialization.jsonObject(with: Data(text.utf8)) }
}

extension TestClientProtocol {
    func get(_ uri: String) async throws -> Reply {
        try await execute(uri: uri, method: .get) { Reply(status: $0.status, headers: $0.headers, text: String(buffer: $0.body)) }
    }

    func post(_ uri: String, body: String, headers: HTTPFields = [:]) async throws -> Reply {
        try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body)) {
            Reply(status: $0.status, headers: $0.headers, text: String(buffer: $0.body))
        }
    }
}
