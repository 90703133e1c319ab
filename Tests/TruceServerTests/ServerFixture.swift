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

    /// The markup planted in an event's notes and actor name.
    static let hostileNotes = "<script>alert('notes')</script> & \"quoted\""
    static let hostileActor = "<img src=x onerror=alert(1)>Militia"
    static let clock = WallClock.fixed(Date(timeIntervalSince1970: 1_600_000_000))  // 2020-09-13

    static func make() async throws -> ServerFixture {
        let store = try Store.inMemory()
        let app = TruceApp(storage: store, clock: clock)
        for (kind, file) in [(DatasetKind.acled, "events.csv"), (.observations, "observations.csv"), (.claims, "claims.csv")] {
            _ = try await app.importDataset(ImportRequest(kind: kind, path: TestPaths.example(file), rejects: RejectsInMemory()))
        }
        var hostile = Event(
            key: "X1", dataset: "test", date: DateSpan(day: Day(iso: "2020-04-01")!), type: EventType(event: "Riots", subEvent: "Mob violence"),
            actor1: EventActor(name: hostileActor), actor2: EventActor(), location: Location(country: "Afghanistan", admin1: "Kabul"),
            fatalities: Fatalities(exactly: 1), sources: ["<b>Wire</b>"])
        hostile.notes = hostileNotes
        _ = try await store.importEvents(
            from: ListedRecords(values: [hostile]), kind: "test", input: "hostile.csv", importedAt: "2026-01-01T00:00:00Z",
            rejects: DiscardedRejects(), progress: { _ in })
        let agreements = AgreementLibrary(store: store, clock: clock)
        try await agreements.add(path: TestPaths.example("agreement.yaml"))
        return ServerFixture(app: app, store: store, agreements: agreements)
    }

    /// Runs `body` against the server without a socket.
    func test<Value: Sendable>(
        maximumBodyBytes: Int = 1 << 20, _ body: @Sendable (any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        let server = TruceServer.application(
            configuration: ServerConfiguration(maximumBodyBytes: maximumBodyBytes), app: app, agreements: agreements)
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
