public import TruceFormats
import TruceModel

/// A page of events as users see it in JSON: how many match, and those shown.
public struct EventList: Encodable, Sendable {
    /// Every event matching the filter, not only those in `events`.
    public var total: Int
    /// Each in the shape of ``EventJSON``, which the exports also write.
    public var events: [JSONValue]
    /// `true` when more than `total` events match (the count stopped at a cap); absent otherwise.
    public var totalIsLowerBound: Bool?

    private enum CodingKeys: String, CodingKey {
        case total, events
        case totalIsLowerBound = "total_is_lower_bound"
    }

    /// A page of `events`, already in the shape of ``EventJSON``, out of `total` matches (or more,
    /// when `totalIsLowerBound`).
    public init(total: Int, events: [JSONValue], totalIsLowerBound: Bool = false) {
        self.total = total
        self.events = events
        self.totalIsLowerBound = totalIsLowerBound ? true : nil
    }

    /// The page's events in the shape of ``EventJSON``.
    public init(_ page: EventPage) {
        self.init(total: page.total, events: page.events.map(EventJSON.object), totalIsLowerBound: page.totalIsLowerBound)
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
