public import TruceFormats
public import TruceModel
public import TruceStorage

extension TruceApp {
    /// One page of the events matching `filter`, oldest first, and how many match in all.
    ///
    /// - Throws: ``TruceError`` (`invalidInput`, parameter `limit` or `offset`) for a negative page bound.
    public func events(matching filter: EventFilter, limit: Int?, offset: Int = 0) async throws -> EventPage {
        if let limit, limit < 0 { throw TruceError(.invalidInput, "the number of events to show must be 0 or more", parameter: "limit") }
        guard offset >= 0 else { throw TruceError(.invalidInput, "the offset must be 0 or more", parameter: "offset") }
        let total = try await storage.eventCount(matching: filter)
        let events = try await storage.events(matching: filter, limit: limit, offset: offset)
        return EventPage(total: total, offset: offset, events: events)
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
    /// Every event matching the filter, not only those on the page.
    public var total: Int
    /// How many matching events come before the page.
    public var offset: Int
    /// The page's events, oldest first.
    public var events: [Event]
}
