import PostgresNIO
import TruceModel
import TruceStorage

/// Conditions built with bound values: each value becomes `$n`, in order.
struct SQLConditions {
    private(set) var terms: [String] = []
    private(set) var bindings = PostgresBindings()

    /// Binds `value`, returning its placeholder.
    mutating func bind<T: PostgresNonThrowingEncodable & Sendable>(_ value: T) -> String {
        bindings.append(value)
        return "$\(bindings.count)"
    }

    /// Binds an optional value (NULL when nil), returning its placeholder.
    mutating func bind<T: PostgresNonThrowingEncodable & Sendable>(_ value: T?) -> String {
        if let value { bindings.append(value) } else { bindings.appendNull() }
        return "$\(bindings.count)"
    }

    mutating func add(_ term: String) { terms.append(term) }

    /// The terms added so far, removed (their bindings stay), so that the caller can combine them
    /// otherwise than by AND: several windows' conditions in one statement, each kept whole.
    mutating func takeTerms() -> [String] {
        defer { terms = [] }
        return terms
    }

    /// `WHERE …` (with a leading space), or nothing when there is no condition.
    var whereClause: String { terms.isEmpty ? "" : " WHERE " + terms.joined(separator: " AND ") }

    /// The query `sql` with these bindings.
    func query(_ sql: String) -> PostgresQuery { PostgresQuery(unsafeSQL: sql, binds: bindings) }

    /// The events order: by day, data set and key, byte by byte as SQLite orders them.
    static let eventOrder = " ORDER BY event_date, dataset, event_key"
}

extension EventFilter {
    /// The filter's conditions on `events`.
    func conditions() -> SQLConditions {
        var sql = SQLConditions()
        if let country { sql.add("lower(country) = lower(\(sql.bind(country)))") }
        if let actor {
            let pattern = sql.bind("%" + LikePattern.literal(actor) + "%")
            sql.add(
                "(actor1 ILIKE \(pattern) ESCAPE '\\' OR actor2 ILIKE \(pattern) ESCAPE '\\' OR assoc_actor1 ILIKE \(pattern) ESCAPE '\\' OR assoc_actor2 ILIKE \(pattern) ESCAPE '\\')"
            )
        }
        if let from { sql.add("event_date >= \(sql.bind(from.iso))") }
        if let to { sql.add("event_date <= \(sql.bind(to.iso))") }
        if let dataset { sql.add("dataset = \(sql.bind(dataset))") }
        if let type {
            let value = sql.bind(type)
            sql.add("(lower(event_type) = lower(\(value)) OR lower(sub_event_type) = lower(\(value)))")
        }
        if let admin1 { sql.add("lower(admin1) = lower(\(sql.bind(admin1)))") }
        return sql
    }
}

extension EventQuery {
    /// Conditions that keep every event the query's scope could match, and perhaps more: a criterion
    /// with a value outside printable ASCII is left to the evaluator, which applies the scope exactly,
    /// and so is a row whose text has a non-ASCII character (the database and Swift may fold its case apart).
    func conditions() -> SQLConditions {
        var sql = SQLConditions()
        addConditions(to: &sql)
        return sql
    }

    /// Adds the terms of ``conditions()`` to `sql`, their values bound after those `sql` holds.
    func addConditions(to sql: inout SQLConditions) {
        sql.add("date_earliest <= \(sql.bind(to.iso))")
        sql.add("date_latest >= \(sql.bind(from.iso))")
        for (column, values) in [("country", countries), ("event_type", eventTypes), ("sub_event_type", subEventTypes), ("admin1", admin1)] {
            guard !values.isEmpty, values.allSatisfy(Self.isASCII) else { continue }
            // The values as the scope spells them first: a row spelled alike (most, in practice) is then
            // kept without lower(), which costs about a microsecond on each row of a wide window.
            let lowered = sql.bind(values.map { $0.lowercased() })
            var terms = ["\(column) = ANY(\(sql.bind(values)))", "\(Self.asciiLower(column)) = ANY(\(lowered))", Self.nonASCII(column)]
            // The evaluator reads a missing value as "".
            if values.contains("") { terms.append("\(column) IS NULL") }
            sql.add("(" + terms.joined(separator: " OR ") + ")")
        }
        if let minFatalities { sql.add("COALESCE(fatalities_best, fatalities_low, 0) >= \(sql.bind(minFatalities))") }
        for (side, names) in [("1", side1), ("2", side2)] {
            guard let names, Self.isASCII(names) else { continue }
            let (name, associates, code) = ("actor" + side, "assoc_actor" + side, "actor\(side)_code")
            var terms: [String] = []
            // One lower() of the name for all its names and prefixes, and one of the associates, each then
            // compared byte by byte (PostgreSQL's LIKE escapes with a backslash, as LikePattern writes):
            // an ILIKE for each lowercases the row's text again, and the prefixes were most of a wide window's time.
            let patterns = names.exact.map(LikePattern.literal) + names.prefixes.map { LikePattern.literal($0) + "%" }
            if !patterns.isEmpty { terms.append("\(Self.asciiLower(name)) LIKE ANY(\(sql.bind(patterns.map { $0.lowercased() })))") }
            // Associated actors are stored joined by "; ": any of them containing a name passes.
            let contained = (names.exact + names.prefixes).map { "%" + LikePattern.literal($0.lowercased()) + "%" }
            if !contained.isEmpty { terms.append("\(Self.asciiLower(associates)) LIKE ANY(\(sql.bind(contained)))") }
            if !names.codes.isEmpty { terms.append("\(Self.asciiLower(code)) = ANY(\(sql.bind(names.codes.map { $0.lowercased() })))") }
            terms += [Self.nonASCII(name), Self.nonASCII(associates), Self.nonASCII(code)]
            sql.add("(" + terms.joined(separator: " OR ") + ")")
        }
    }

    /// The column lower-cased letter by letter in ASCII (the C collation's lower()): the same text as lower()
    /// wherever these conditions use it, since the values compared are ASCII and a row with a character
    /// outside ASCII is kept anyway (``nonASCII(_:)``); 15% less of the server's time on a wide window than
    /// lower() in the database's collation, which converts each row's text to wide characters and back.
    private static func asciiLower(_ column: String) -> String { "lower(\(column) COLLATE \"C\")" }

    /// True for a value with a character outside ASCII: it has fewer characters than bytes. Cheaper than a
    /// regular expression on every row of a wide window; control characters fold alike here and in Swift.
    private static func nonASCII(_ column: String) -> String { "octet_length(\(column)) <> char_length(\(column))" }

    private static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }

    private static func isASCII(_ names: ActorNames) -> Bool { (names.exact + names.prefixes + names.codes).allSatisfy(isASCII) }
}
