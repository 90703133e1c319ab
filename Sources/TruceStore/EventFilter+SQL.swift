import Foundation
import GRDB
import TruceStorage

extension EventFilter {
    /// The filter as an SQL `WHERE` clause on `events` (empty when nothing is filtered, else
    /// starting with a space) and its arguments, for every query that lists events.
    func sqlCondition() -> (sql: String, arguments: [(any DatabaseValueConvertible)?]) {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let country {
            conditions.append("country = ? COLLATE NOCASE")
            arguments.append(country)
        }
        if let actor {
            conditions.append(
                "(actor1 LIKE ? ESCAPE '\\' OR actor2 LIKE ? ESCAPE '\\' OR assoc_actor1 LIKE ? ESCAPE '\\' OR assoc_actor2 LIKE ? ESCAPE '\\')")
            let pattern = "%" + LikePattern.literal(actor) + "%"
            arguments += [pattern, pattern, pattern, pattern]
        }
        if let from {
            conditions.append("event_date >= ?")
            arguments.append(from.iso)
        }
        if let to {
            conditions.append("event_date <= ?")
            arguments.append(to.iso)
        }
        if let dataset {
            // The unary `+` keeps SQLite off the unique key's index, whose matches it would sort: the
            // list reads `events_by_event_date` in order and checks the data set on each index entry.
            conditions.append("+dataset = ?")
            arguments.append(dataset)
        }
        if let type {
            // The unary `+` keeps SQLite from gathering every match of a common type through two
            // indexes and sorting them all: the list is read in order and stops at the page's end.
            conditions.append("(+event_type = ? COLLATE NOCASE OR +sub_event_type = ? COLLATE NOCASE)")
            arguments += [type, type]
        }
        if let admin1 {
            conditions.append("admin1 = ? COLLATE NOCASE")
            arguments.append(admin1)
        }
        return (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "), arguments)
    }
}
