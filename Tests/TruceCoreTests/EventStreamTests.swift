import Foundation
import Testing
import TruceCore
import TruceFormats
import TruceModel
import TruceStorage
import TruceStore
import TruceTestSupport

/// Streamed exports: read, written and sent a page at a time, yet the same bytes as one whole export.
@Suite struct EventStreamTests {
    /// A real ACLED export (5,071 events over two weeks, many on the same day) and the Doha example's
    /// events, plus events of a second data set on the same days, so pages end inside runs of one day.
    static func app() async throws -> TruceApp {
        let store = try Store.inMemory()
        let app = TruceApp(storage: store, clock: .fixed(Date(timeIntervalSince1970: 1_600_000_000)))
        for path in [TestPaths.shared("acled/acled_global_2020-04-27_to_2020-05-09.csv"), TestPaths.example("events.csv")] {
            _ = try await app.importDataset(ImportRequest(kind: .acled, path: path, rejects: RejectsInMemory()))
        }
        let twins = (1...40).map { index in
            Event(
                key: "T\(index % 7)-\(index)", dataset: index.isMultiple(of: 2) ? "manual" : "zz-test",
                date: DateSpan(day: Day(iso: index.isMultiple(of: 3) ? "2020-05-01" : "2020-03-03")!), type: EventType(event: "Battles"),
                actor1: EventActor(name: "Taliban"), actor2: EventActor(), location: Location(country: "Afghanistan", admin1: "Helmand"),
                fatalities: Fatalities(exactly: 0))
        }
        _ = try await store.importEvents(
            from: ListedRecords(values: twins), kind: "test", input: "twins.csv", importedAt: "2026-01-01T00:00:00Z", rejects: DiscardedRejects(),
            progress: { _ in })
        return app
    }

    /// Writes each event's data set and key on a line of its own, so a chunk's events can be counted.
    struct KeyLines: EventStreamWriter {
        mutating func begin<Sink: ByteSink>(_ sink: inout Sink) throws { try sink.write("begin\n") }
        mutating func write<Sink: ByteSink>(_ event: Event, to sink: inout Sink) throws { try sink.write("\(event.dataset):\(event.key)\n") }
        mutating func end<Sink: ByteSink>(_ sink: inout Sink) throws { try sink.write("end\n") }
    }

    static let filters: [EventFilter] = [
        EventFilter(),
        EventFilter(country: "Afghanistan"),
        EventFilter(actor: "taliban", from: Day(iso: "2020-03-01"), to: Day(iso: "2020-06-30"), admin1: "Helmand"),
        EventFilter(dataset: "acled"),
        EventFilter(from: Day(iso: "2020-05-01"), type: "Battles"),
    ]

    @Test(arguments: filters, [1, 7, 500, 100_000])
    func pagesHoldAtMostThePageSizeAndTogetherEveryEventInOrder(_ filter: EventFilter, _ pageSize: Int) async throws {
        let app = try await Self.app()
        var expected = ["begin"]
        try await app.forEachEvent(matching: filter, limit: nil) { expected.append("\($0.dataset):\($0.key)") }
        expected.append("end")
        // Page size 1 over the whole store would read 5,000 pages one by one; the filters that keep fewer show the same.
        if pageSize == 1 && expected.count > 600 { return }
        var chunks: [[Substring]] = []
        let count = try await app.streamEvents(matching: filter, with: KeyLines(), pageSize: pageSize) { bytes in
            #expect(!bytes.isEmpty)
            chunks.append(String(decoding: bytes, as: UTF8.self).split(separator: "\n"))
        }
        #expect(count == expected.count - 2)
        #expect(chunks.joined().map(String.init) == expected, "every event once, in the list's order, between begin and end")
        let eventsPerChunk = chunks.map { $0.filter { $0 != "begin" && $0 != "end" }.count }
        #expect(eventsPerChunk.allSatisfy { $0 <= pageSize }, "\(eventsPerChunk.max() ?? 0) events in one chunk")
        #expect(chunks.count >= count / pageSize, "one chunk per page")
    }

    @Test(arguments: [ExportFormat.csv, .geojson])
    func aStreamedExportHasTheBytesOfAWholeOne(_ format: ExportFormat) async throws {
        let app = try await Self.app()
        var whole = MemorySink()
        var streamed: [UInt8] = []
        switch format {
        case .csv:
            try await app.exportEvents(matching: EventFilter(), with: ACLEDCSVWriter(), to: &whole)
            try await app.streamEvents(matching: EventFilter(), with: ACLEDCSVWriter(), pageSize: 333) { streamed += $0 }
        case .geojson:
            try await app.exportEvents(matching: EventFilter(), with: GeoJSONWriter(), to: &whole)
            try await app.streamEvents(matching: EventFilter(), with: GeoJSONWriter(), pageSize: 333) { streamed += $0 }
        }
        try #require(whole.bytes.count > 1_000_000)
        #expect(streamed == whole.bytes)
    }

    enum ExportFormat: CaseIterable, Sendable { case csv, geojson }

    @Test func anEmptyExportStillHasItsFrame() async throws {
        let app = try await Self.app()
        var chunks: [String] = []
        let count = try await app.streamEvents(matching: EventFilter(actor: "nobody at all"), with: KeyLines()) {
            chunks.append(String(decoding: $0, as: UTF8.self))
        }
        #expect(count == 0 && chunks == ["begin\nend\n"])
    }

    @Test func aFailingReceiverStopsTheExport() async throws {
        let app = try await Self.app()
        struct Gone: Error {}
        var sent = 0
        await #expect(throws: Gone.self) {
            try await app.streamEvents(matching: EventFilter(), with: KeyLines(), pageSize: 100) { _ in
                sent += 1
                if sent == 3 { throw Gone() }
            }
        }
        #expect(sent == 3, "no page is read after the receiver fails")
    }

    /// A backend without its own paging after a position gets the protocol's: the same pages.
    @Test(arguments: [1, 13, 250])
    func theProtocolsPagingAfterAPositionMatchesTheStores(_ pageSize: Int) async throws {
        let app = try await Self.app()
        let catalog = SkippingCatalog(base: app.storage)
        let filter = EventFilter(country: "Afghanistan")
        var position: EventPosition?
        var pages = 0
        while true {
            let own = try await app.storage.events(matching: filter, after: position, limit: pageSize)
            let skipping = try await catalog.events(matching: filter, after: position, limit: pageSize)
            #expect(own.map(EventPosition.init(of:)) == skipping.map(EventPosition.init(of:)))
            pages += 1
            guard own.count == pageSize, let last = own.last else { break }
            position = EventPosition(of: last)
        }
        #expect(pages > 1)
    }

    @Test func positionsCompareAsTheListOrders() {
        let day = Day(iso: "2020-03-03")!
        let a = EventPosition(day: day, dataset: "acled", key: "AFG2")
        #expect(EventPosition(day: day, dataset: "acled", key: "AFG10").isAfter(a) == false, "keys compare as text")
        #expect(EventPosition(day: day, dataset: "acled", key: "AFG3").isAfter(a))
        #expect(EventPosition(day: day, dataset: "manual", key: "A").isAfter(a))
        #expect(EventPosition(day: Day(iso: "2020-03-04")!, dataset: "a", key: "A").isAfter(a))
        #expect(!a.isAfter(a))
    }
}

/// Forwards every question to a store except paging after a position, which it leaves to the protocol's own.
private struct SkippingCatalog: EventCatalog {
    let base: any TruceStorage

    func eventCount(matching filter: EventFilter) async throws -> Int { try await base.eventCount(matching: filter) }
    func eventCount(matching filter: EventFilter, atMost cap: Int) async throws -> Int { try await base.eventCount(matching: filter, atMost: cap) }
    func events(matching filter: EventFilter, limit: Int?, offset: Int) async throws -> [Event] {
        try await base.events(matching: filter, limit: limit, offset: offset)
    }
    func forEachEvent(matching filter: EventFilter, limit: Int?, _ body: (Event) throws -> Void) async throws -> Int {
        try await base.forEachEvent(matching: filter, limit: limit, body)
    }
    func forEachEventPage(matching filter: EventFilter, pageSize: Int, _ body: ([Event]) async throws -> Void) async throws -> Int {
        try await base.forEachEventPage(matching: filter, pageSize: pageSize, body)
    }
    func forEachEventToLink(country: String?, from: Day?, to: Day?, _ body: (Event) throws -> Void) async throws -> Int {
        try await base.forEachEventToLink(country: country, from: from, to: to, body)
    }
}
