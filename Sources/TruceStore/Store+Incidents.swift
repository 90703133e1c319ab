import Foundation
import GRDB
public import TruceModel
import TruceStorage

extension Store {
    /// The events to link into incidents: those whose date span touches `from...to` (either end
    /// open) and, when `country` is given, whose country is it in any case, with or without a
    /// parenthesis after it, so that "Myanmar" finds ACLED's "Myanmar" and UCDP's "Myanmar (Burma)".
    /// Ordered by day, data set and key, so that linking them is reproducible.
    public func eventsForLinking(country: String?, from: Day?, to: Day?) throws -> [Event] {
        var events: [Event] = []
        try forEachEventToLink(country: country, from: from, to: to) { events.append($0) }
        return events
    }

    /// Calls `body` with each event ``eventsForLinking(country:from:to:)`` lists, in its order,
    /// reading them with a cursor so that one row is in memory at a time. `body` must not use
    /// the store: the connection is busy until the last event.
    ///
    /// - Returns: the number of events visited.
    @discardableResult
    public func forEachEventToLink(country: String?, from: Day?, to: Day?, _ body: (Event) throws -> Void) throws -> Int {
        try read { db in
            let (sql, arguments) = Self.linkingQuery(country: country, from: from, to: to, spread: try EventDateSpread.recorded(in: db))
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            var count = 0
            var columns: ColumnPositions?
            while let row = try rows.next() {
                let positions = columns ?? ColumnPositions(row)
                columns = positions
                try body(EventRow.event(row, columns: positions))
                count += 1
            }
            return count
        }
    }

    /// The statement of ``forEachEventToLink(country:from:to:_:)``; `spread`, the store's recorded one,
    /// bounds the stated day so that SQLite reads a range of `events_by_event_date` (nil reads all of it).
    static func linkingQuery(country: String?, from: Day?, to: Day?, spread: EventDateSpread?) -> (sql: String, arguments: StatementArguments) {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let country {
            let name = country.trimmingCharacters(in: .whitespaces)
            conditions.append("(country = ? COLLATE NOCASE OR country LIKE ? ESCAPE '\\')")
            arguments += [name, LikePattern.literal(name) + " (%"]
        }
        if let from {
            conditions.append("date_latest >= ?")
            arguments.append(from.iso)
        }
        if let to {
            conditions.append("date_earliest <= ?")
            arguments.append(to.iso)
        }
        if let bounds = spread?.sqlCondition(touching: from, to) {
            conditions += bounds.terms
            arguments += bounds.arguments
        }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return ("SELECT * FROM events" + whereClause + " ORDER BY event_date, dataset, event_key", StatementArguments(arguments))
    }
}
