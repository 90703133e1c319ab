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
        if let limit, limit < 0 { throw TruceError(.invalidInput, "the number of events to show must be 0 or more", parameter: "limit") }
        guard offset >= 0 else { throw TruceError(.invalidInput, "the offset must be 0 or more", parameter: "offset") }
        let events = try await storage.events(matching: filter, limit: limit, offset: offset)
        guard let countCap, let limit else {
            return EventPage(total: try await storage.eventCount(matching: filter), offset: offset, events: events)
        }
        // Counting one past the cap tells "exactly the cap" from "more than the cap".
        let cap = offset + limit + max(0, countCap)
        let counted = try await storage.eventCount(matching: filter, atMost: cap + 1)
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
