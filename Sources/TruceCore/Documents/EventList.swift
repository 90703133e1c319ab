public import TruceFormats
import TruceModel

/// A page of events as users see it in JSON: how many match, and those shown.
public struct EventList: Encodable, Sendable {
    /// Every event matching the filter, not only those in `events`.
    public var total: Int
    /// Each in the shape of ``EventJSON``, which the exports also write.
    public var events: [JSONValue]

    /// A page of `events`, already in the shape of ``EventJSON``, out of `total` matches.
    public init(total: Int, events: [JSONValue]) {
        self.total = total
        self.events = events
    }

    /// The page's events in the shape of ``EventJSON``.
    public init(_ page: EventPage) {
        self.init(total: page.total, events: page.events.map(EventJSON.object))
    }
}

/// What `truce events --format json` writes after the events array, which ``StreamedJSONArray``
/// writes: the document is `{"events": [each in the shape of ``EventJSON``], "total": n}`, the
/// same bytes as ``EventList``.
public struct EventListTotal: Encodable, Sendable {
    /// Every match, also those beyond a limit.
    public var total: Int

    /// The closing member: `total` matches in all.
    public init(total: Int) {
        self.total = total
    }
}
