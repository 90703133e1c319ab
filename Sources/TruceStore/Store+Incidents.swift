import Foundation
import GRDB
public import TruceModel

extension Store {
    /// The events to link into incidents: those whose date span touches `from...to` (either end
    /// open) and, when `country` is given, whose country is it in any case, with or without a
    /// parenthesis after it, so that "Myanmar" finds ACLED's "Myanmar" and UCDP's "Myanmar (Burma)".
    /// Ordered by day, data set and key, so that linking them is reproducible.
    public func eventsForLinking(country: String?, from: Day?, to: Day?) throws -> [Event] {
        try database.read { db in
            var conditions: [String] = []
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let country {
                let name = country.trimmingCharacters(in: .whitespaces)
                conditions.append("(country = ? COLLATE NOCASE OR country LIKE ? ESCAPE '\\')")
                arguments += [name, Self.escapeLikePattern(name) + " (%"]
            }
            if let from {
                conditions.append("date_latest >= ?")
                arguments.append(from.iso)
            }
            if let to {
                conditions.append("date_earliest <= ?")
                arguments.append(to.iso)
            }
            let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            let sql = "SELECT * FROM events" + whereClause + " ORDER BY event_date, dataset, event_key"
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map(EventRow.event)
        }
    }

    static func escapeLikePattern(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}
