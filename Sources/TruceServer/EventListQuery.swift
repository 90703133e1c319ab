import Hummingbird
import TruceModel
import TruceStorage

/// The event filters and page a request asks for, the same on the page, the exports and the API:
/// `from`, `to` (YYYY-MM-DD), `actor`, `type`, `admin1`, `country`, `dataset`, `limit`, `offset`.
struct EventListQuery: Sendable {
    var filter: EventFilter
    var limit: Int
    var offset: Int

    /// The largest page; a bigger `limit` is refused, not trimmed, so a client learns the bound.
    static let maximumLimit = 500
    /// The furthest a page may start.
    static let maximumOffset = 100_000_000
    static let defaultLimit = 50
    /// How many matches past a page's end are counted for its total; beyond that the total reads
    /// "more than N", so a broad filter over a large store is not counted row by row on every page.
    static let countCap = 1_000

    /// Every field name the query reads.
    static let fieldNames: Set<String> = ["from", "to", "actor", "type", "admin1", "country", "dataset", "limit", "offset"]

    /// The query of `request`'s query string.
    init(_ request: Request) throws {
        try self.init(fields: QueryFields(request))
    }

    /// The query of `fields`, each checked.
    init(fields: QueryFields) throws {
        filter = EventFilter(
            country: try fields.text("country"), actor: try fields.text("actor"), from: try fields.day("from"), to: try fields.day("to"),
            dataset: try fields.text("dataset"), type: try fields.text("type"), admin1: try fields.text("admin1"))
        if let from = filter.from, let to = filter.to, to < from {
            throw ServerError.invalid("to", "'to' (\(to.iso)) is before 'from' (\(from.iso))")
        }
        limit = try fields.integer("limit", in: 1...Self.maximumLimit, default: Self.defaultLimit)
        offset = try fields.integer("offset", in: 0...Self.maximumOffset, default: 0)
    }

    /// The filter as query pairs, for links to other pages and the exports.
    var filterPairs: [(String, String?)] {
        [
            ("from", filter.from?.iso), ("to", filter.to?.iso), ("actor", filter.actor), ("type", filter.type), ("admin1", filter.admin1),
            ("country", filter.country), ("dataset", filter.dataset),
        ]
    }
}
