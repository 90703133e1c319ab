public import TruceFormats
public import TruceModel
public import TruceStorage

extension TruceApp {
    /// One page of the events matching `filter`, oldest first, and how many match in all.
    ///
    /// - Parameter countCap: when given, matches are counted no further than this many past the
    ///   page's end (so a count stays cheap in a large store); the page's `totalIsLowerBound` then
    ///   says whether more match than `total`. When nil, every match is counted.
    /// - Throws: ``TruceError`` (`invalidInput`, parameter `limit` or `offset`) for a negative page bound.
    public func events(matching filter: EventFilter, limit: Int?, offset: Int = 0, countCap: Int? = nil) async throws -> EventPage {
        try await events(matching: filter, limit: limit, offset: offset, countCap: countCap) { filter, cap in
            try await storage.eventCount(matching: filter, atMost: cap)
        }
    }

    /// ``events(matching:limit:offset:countCap:)``, counting a full page's matches with `count`
    /// (the filter and the most to count), so that a cache can answer for the store.
    func events(
        matching filter: EventFilter, limit: Int?, offset: Int, countCap: Int?, count: (EventFilter, Int) async throws -> Int
    ) async throws -> EventPage {
        if let limit, limit < 0 { throw TruceError(.invalidInput, "the number of events to show must be 0 or more", parameter: "limit") }
        guard offset >= 0 else { throw TruceError(.invalidInput, "the offset must be 0 or more", parameter: "offset") }
        let events = try await storage.events(matching: filter, limit: limit, offset: offset)
        // A page that stops short of its limit is the list's end, so it already tells the total.
        if let limit, events.count < limit, !events.isEmpty || offset == 0 {
            return EventPage(total: offset + events.count, offset: offset, events: events)
        }
        guard let countCap, let limit else {
            return EventPage(total: try await storage.eventCount(matching: filter), offset: offset, events: events)
        }
        // Counting one past the cap tells "exactly the cap" from "more than the cap".
        let cap = offset + limit + max(0, countCap)
        let counted = try await count(filter, cap + 1)
        return EventPage(total: min(counted, cap), offset: offset, events: events, totalIsLowerBound: counted > cap)
    }

    /// Writes every event matching `filter` through `writer` into `sink` as it is read, holding
    /// one event at a time; returns how many there were.
    @discardableResult
    public func exportEvents<Writer: EventStreamWriter, Sink: ByteSink>(
        matching filter: EventFilter, with writer: Writer, to sink: inout Sink
    ) async throws -> Int {
        var writer = writer
        try writer.begin(&sink)
        // The store calls back synchronously; the sink is moved in and out around it.
        var local = sink
        let count = try await storage.forEachEvent(matching: filter, limit: nil) { event in try writer.write(event, to: &local) }
        sink = local
        try writer.end(&sink)
        return count
    }

    /// How many events a streamed export reads, writes and sends at a time, unless told otherwise.
    public static let exportPageSize = 500

    /// Writes every event matching `filter` through `writer`, one page of `pageSize` events at a time:
    /// a page is read, written into memory and handed to `send`, and only then is the next one read, so
    /// memory holds one page of events and its bytes however many match.
    ///
    /// Every page comes from one state of the store (``EventCatalog/forEachEventPage(matching:pageSize:_:)``):
    /// evidence written during the export is not in it, all of it or none. Returns how many events were written.
    /// `send` gets every byte of the output, in order, in chunks that are never empty; the writer's closing bytes
    /// (GeoJSON's `]}`) go last, only once every event has been read, so an error thrown by the store or by
    /// `send` ends the export where it stands and leaves it visibly incomplete.
    @discardableResult
    public func streamEvents<Writer: EventStreamWriter>(
        matching filter: EventFilter, with writer: Writer, pageSize: Int = TruceApp.exportPageSize, send: ([UInt8]) async throws -> Void
    ) async throws -> Int {
        var writer = writer
        var sink = MemorySink()
        try writer.begin(&sink)
        let count = try await storage.forEachEventPage(matching: filter, pageSize: max(1, pageSize)) { page in
            for event in page { try writer.write(event, to: &sink) }
            try await send(sink.bytes)
            sink = MemorySink()
        }
        try writer.end(&sink)
        if !sink.bytes.isEmpty { try await send(sink.bytes) }
        return count
    }
}

extension TruceApp {
    /// Calls `body` with every event matching `filter` (the first `limit`, when given), oldest first,
    /// one at a time however many there are; returns how many it visited.
    @discardableResult
    public func forEachEvent(matching filter: EventFilter, limit: Int?, _ body: (Event) throws -> Void) async throws -> Int {
        if let limit, limit < 0 { throw TruceError(.invalidInput, "the number of events to show must be 0 or more", parameter: "limit") }
        return try await storage.forEachEvent(matching: filter, limit: limit, body)
    }

    /// How many events match `filter`.
    public func eventCount(matching filter: EventFilter) async throws -> Int {
        try await storage.eventCount(matching: filter)
    }
}

/// One page of a list of events.
public struct EventPage: Sendable {
    /// Every event matching the filter, not only those on the page; when ``totalIsLowerBound``,
    /// only as many as were counted.
    public var total: Int
    /// How many matching events come before the page.
    public var offset: Int
    /// The page's events, oldest first.
    public var events: [Event]
    /// Whether more events match than ``total`` (the count stopped at a cap).
    public var totalIsLowerBound: Bool

    /// A page of `events` starting after `offset` matches, of `total` (or more, when `totalIsLowerBound`).
    public init(total: Int, offset: Int, events: [Event], totalIsLowerBound: Bool = false) {
        self.total = total
        self.offset = offset
        self.events = events
        self.totalIsLowerBound = totalIsLowerBound
    }
}
