public import TruceFormats
public import TruceModel

/// A page of events as users see it in JSON: how many match, and those shown.
public struct EventList: Encodable, Sendable {
    /// Every event matching the filter, not only those in `events`.
    public var total: Int
    /// Each in the shape of ``EventJSON``, which the exports also write.
    public var events: [JSONValue]

    public init(total: Int, events: [JSONValue]) {
        self.total = total
        self.events = events
    }

    /// The page's events in the shape of ``EventJSON``.
    public init(_ page: EventPage) {
        self.init(total: page.total, events: page.events.map(EventJSON.object))
    }
}
