import GRDB
import TruceModel
import TruceStorage

extension EventQuery {
    /// The query as an SQL condition on `events` and its arguments. It keeps every row the
    /// scope behind the query could match, and may keep more: text is compared in ASCII case
    /// only (SQLite's `LIKE` and `NOCASE`), so a criterion with a non-ASCII value is left to the
    /// evaluator, and a row whose text has a non-ASCII character always passes it.
    ///
    /// The wide windows test these terms on every row of the table, so they are the cheap forms:
    /// `NOCASE` rather than `lower()`, which copies each value, and a length test rather than a
    /// `GLOB` for non-ASCII text (half of SQLite's time on one assessment of a million events).
    ///
    /// - Parameter spread: the store's recorded ``EventDateSpread``, which bounds the stated day so
    ///   that SQLite reads a range of `events_by_event_date` rather than all of it; nil reads it all.
    func sqlCondition(spread: EventDateSpread?) -> (sql: String, arguments: [(any DatabaseValueConvertible)?]) {
        let condition = SQLTerm.all(sqlTerms(spread: spread))
        return (condition.sql, condition.arguments)
    }

    /// The terms of ``sqlCondition(spread:)``, each with its arguments, all of which must hold.
    func sqlTerms(spread: EventDateSpread?) -> [SQLTerm] {
        var conditions = [SQLTerm("date_earliest <= ?", [to.iso]), SQLTerm("date_latest >= ?", [from.iso])]
        if let spread {
            let (terms, bounds) = spread.sqlCondition(touching: from, to)
            conditions += zip(terms, bounds).map { SQLTerm($0, [$1]) }
        }
        for (column, values) in [("country", countries), ("event_type", eventTypes), ("sub_event_type", subEventTypes), ("admin1", admin1)] {
            guard !values.isEmpty, values.allSatisfy(Self.isASCII) else { continue }
            var terms = ["\(column) COLLATE NOCASE IN (\(Self.placeholders(values.count)))", Self.nonASCII(column)]
            // The evaluator reads a missing value as "".
            if values.contains("") { terms.append("\(column) IS NULL") }
            conditions.append(SQLTerm("(" + terms.joined(separator: " OR ") + ")", values.map { $0.lowercased() }))
        }
        if let minFatalities {
            conditions.append(SQLTerm("COALESCE(fatalities_best, fatalities_low, 0) >= ?", [minFatalities]))
        }
        for (side, names) in [("1", side1), ("2", side2)] {
            guard let names, Self.isASCII(names) else { continue }
            let (name, associates, code) = ("actor" + side, "assoc_actor" + side, "actor\(side)_code")
            var terms: [String] = []
            var arguments: [(any DatabaseValueConvertible)?] = []
            if !names.exact.isEmpty {
                terms.append("\(name) COLLATE NOCASE IN (\(Self.placeholders(names.exact.count)))")
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
                terms.append("\(code) COLLATE NOCASE IN (\(Self.placeholders(names.codes.count)))")
                arguments += names.codes
            }
            terms += [Self.nonASCII(name), Self.nonASCII(associates), Self.nonASCII(code)]
            conditions.append(SQLTerm("(" + terms.joined(separator: " OR ") + ")", arguments))
        }
        return conditions
    }

    private static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// True for a value with a character outside ASCII, which SQLite would not fold as Swift does: it
    /// has fewer characters than bytes. (A NUL counts too, since `length` stops there: kept, harmlessly.)
    /// Control characters fold alike on both sides and do not count; the values compared are printable.
    private static func nonASCII(_ column: String) -> String {
        "length(\(column)) <> length(CAST(\(column) AS BLOB))"
    }

    private static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    private static func isASCII(_ names: ActorNames) -> Bool {
        (names.exact + names.prefixes + names.codes).allSatisfy(isASCII)
    }
}
