import Foundation
import Testing
import TruceFormats
import TruceModel
import TruceStorage
import TruceTestSupport

@testable import TruceStore

/// Events from a list, as an import source: lets a test store events of any data set.
struct ListedEvents: ImportSource {
    var events: [Event]
    var position = 0

    mutating func next() throws -> ParsedRow<Event>? {
        guard position < events.count else { return nil }
        defer { position += 1 }
        return .value(events[position])
    }

    var bytesRead: Int { position }
    var totalBytes: Int { events.count }
    var notices: [String] { [] }
    var fileHash: String? { "listed" }
}

@Suite struct StoreEventCursorTests {
    let stamp = "2026-01-01T00:00:00Z"

    /// The example's events, plus two UCDP events (one in Qatar).
    func store() throws -> Store {
        let store = try Store.inMemory()
        _ = try store.importACLED(path: TestPaths.example("events.csv"), importedAt: stamp)
        var ucdp = [Fixtures.event("U1", "2020-03-03", "Taliban", "Government of Afghanistan"), Fixtures.event("U2", "2020-03-04", "Taliban")]
        for index in ucdp.indices { ucdp[index].dataset = "ucdp" }
        ucdp[1].location = Location(country: "Qatar")
        _ = try store.importEvents(from: ListedEvents(events: ucdp), kind: "ucdp", path: "ucdp.csv", importedAt: stamp)
        return store
    }

    static let filters: [EventFilter] = [
        EventFilter(),
        EventFilter(country: "qatar"),
        EventFilter(actor: "united states"),
        EventFilter(from: Day(iso: "2020-03-03"), to: Day(iso: "2020-03-04")),
        EventFilter(dataset: "ucdp"),
        EventFilter(country: "Afghanistan", actor: "taliban", from: Day(iso: "2020-03-01"), dataset: "acled"),
        EventFilter(dataset: "gdelt"),
    ]

    @Test(arguments: filters)
    func theCursorVisitsWhatTheListGivesInTheSameOrder(filter: EventFilter) throws {
        let store = try store()
        var visited: [Event] = []
        let count = try store.forEachEvent(matching: filter) { visited.append($0) }
        let (total, listed) = try store.events(matching: filter, limit: nil)
        #expect(count == visited.count && total == count)
        #expect(visited == listed)
    }

    @Test func theDatasetFilterKeepsOneDataSet() throws {
        let store = try store()
        var keys: [String] = []
        try store.forEachEvent(matching: EventFilter(dataset: "ucdp")) { keys.append($0.dataset + ":" + $0.key) }
        #expect(keys == ["ucdp:U1", "ucdp:U2"])
        let (qatar, _) = try store.events(matching: EventFilter(country: "Qatar", dataset: "acled"), limit: nil)
        #expect(qatar == 1)
        let (all, _) = try store.events(matching: EventFilter(), limit: 0)
        let (acled, _) = try store.events(matching: EventFilter(dataset: "acled"), limit: 0)
        #expect(all == acled + 2)
    }

    @Test func anErrorFromTheBodyStopsTheVisit() throws {
        struct Stop: Error {}
        let store = try store()
        var seen = 0
        #expect(throws: Stop.self) {
            try store.forEachEvent(matching: EventFilter()) { _ in
                seen += 1
                if seen == 3 { throw Stop() }
            }
        }
        #expect(seen == 3)
        // The store is usable again afterwards.
        #expect(try store.events(matching: EventFilter(), limit: 1).events.count == 1)
    }
}
