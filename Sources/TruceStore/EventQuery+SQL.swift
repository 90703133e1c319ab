import GRDB
import TruceModel
import TruceStorage

extension EventQuery {
    /// The query as an SQL condition on `events` and its arguments. It keeps every row the
    /// scope behind the query could match, and may keep more: text is compared in ASCII case
    /// only (SQLite's `LIKE`, `lower()` and `NOCASE`), so a criterion with a non-ASCII value is
    /// left to the evaluator, and a row whose text has a non-ASCII character always passes it.
    ///
    /// - Parameter spread: the store's recorded ``EventDateSpread``, which bounds the stated day so
    ///   that SQLite reads a range of `events_by_event_date` rather than all of it; nil reads it all.
    func sqlCondition(spread: EventDateSpread?) -> (sql: String, arguments: [(any DatabaseValueConvertible)?]) {
        var conditions = ["date_earliest <= ?", "date_latest >= ?"]
        var arguments: [(any DatabaseValueConvertible)?] = [to.iso, from.iso]
        if let spread {
            let (terms, bounds) = spread.sqlCondition(touching: from, to)
            conditions += terms
            arguments += bounds
        }
        for (column, values) in [("country", countries), ("event_type", eventTypes), ("sub_event_type", subEventTypes), ("admin1", admin1)] {
            guard !values.isEmpty, values.allSatisfy(Self.isASCII) else { continue }
            var terms = ["lower(\(column)) IN (\(Self.placeholders(values.count)))", Self.nonASCII(column)]
            // The evaluator reads a missing value as "".
            if values.contains("") { terms.append("\(column) IS NULL") }
            conditions.append("(" + terms.joined(separator: " OR ") + ")")
            arguments += values.map { $0.lowercased() }
        }
        if let minFatalities {
            conditions.append("COALESCE(fatalities_best, fatalities_low, 0) >= ?")
            arguments.append(minFatalities)
        }
        for (side, names) in [("1", side1), ("2", side2)] {
            guard let names, Self.isASCII(names) else { continue }
            let (name, associates, code) = ("actor" + side, "assoc_actor" + side, "actor\(side)_code")
            var terms: [String] = []
            if !names.exact.isEmpty {
                terms.append("lower(\(name)) IN (\(Self.placeholders(names.exact.count)))")
                arguments += names.exact
            }
            for prefix in names.prefixes {
                terms.append("\(name) LIKE ? ESCAPE '\\'")
                arguments.append(LikePattern.literal(prefix) + "%")
            }
            // Associated actors are stored joined by "; ": any of them containing a name passes.
            for text in names.exact + names.prefixes {
                terms.append("\(associates) LIKE ? ESCAPE '\\'")
                arguments.append("%" + LikePattern.literal(text) + "%")
            }
            if !names.codes.isEmpty {
                terms.append("lower(\(code)) IN (\(Self.placeholders(names.codes.count)))")
                arguments += names.codes
            }
            terms += [Self.nonASCII(name), Self.nonASCII(associates), Self.nonASCII(code)]
            conditions.append("(" + terms.joined(separator: " OR ") + ")")
        }
        return (conditions.joined(separator: " AND "), arguments)
    }

    private static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// True for a value with a character outside printable ASCII, which SQLite would not fold as Swift does.
    private static func nonASCII(_ column: String) -> String {
        "\(column) GLOB '*[^ -~]*'"
    }

    private static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    private static func isASCII(_ names: ActorNames) -> Bool {
        (names.exact + names.prefixes + names.codes).allSatisfy(isASCII)
    }
}
