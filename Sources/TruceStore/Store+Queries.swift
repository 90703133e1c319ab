import GRDB
public import TruceModel
public import TruceStorage

extension Store: EvidenceSource {
    public func events(from: Day, to: Day, countries: [String]) throws -> [Event] {
        try read { db in
            let spread = try EventDateSpread.recorded(in: db)
            let read = try EventWindowRead.choose(touching: from, to, spread: spread, in: db)
            let (sql, arguments) = Self.windowQuery(from: from, to: to, countries: countries, spread: spread, read: read)
            return try read.fetchEvents(db, sql: sql, arguments: arguments)
        }
    }

    /// The events the query keeps, filtered by SQLite rather than read and dropped.
    public func events(matching query: EventQuery) throws -> [Event] {
        try read { db in
            let spread = try EventDateSpread.recorded(in: db)
            let read = try EventWindowRead.choose(touching: query.from, query.to, spread: spread, in: db)
            let (sql, arguments) = Self.eventQuery(query, spread: spread, read: read)
            return try read.fetchEvents(db, sql: sql, arguments: arguments)
        }
    }

    /// The events each of `queries` keeps, in their order, as ``events(matching:)`` gives them, read in
    /// one transaction: the windows that are scanned are scanned together, in one pass (`EventWindowBatch`).
    public func events(matchingEach queries: [EventQuery]) throws -> [[Event]] {
        try read { db in
            try EventWindowBatch.events(matchingEach: queries, in: db) { condition, read in Self.statement(where: condition, read: read) }
        }
    }

    /// The statement of ``events(from:to:countries:)``, read as `read` says; `spread`, the store's recorded
    /// one, bounds the stated day so that SQLite reads a range of `events_by_event_date` (nil reads all of it).
    static func windowQuery(
        from: Day, to: Day, countries: [String], spread: EventDateSpread?, read: EventWindowRead
    ) -> (sql: String, arguments: StatementArguments) {
        var sql = "SELECT * FROM \(read.source) WHERE date_earliest <= ? AND date_latest >= ?"
        var arguments: [(any DatabaseValueConvertible)?] = [to.iso, from.iso]
        if let bounds = spread?.sqlCondition(touching: from, to) {
            sql += bounds.terms.map { " AND " + $0 }.joined()
            arguments += bounds.arguments
        }
        if !countries.isEmpty {
            sql += " AND country COLLATE NOCASE IN (\(Array(repeating: "?", count: countries.count).joined(separator: ", ")))"
            arguments += countries.map { $0 }
        }
        return (sql + read.order, StatementArguments(arguments))
    }

    /// The statement of ``events(matching:)``, with the stated day bounded by `spread` (see
    /// ``windowQuery(from:to:countries:spread:read:)``).
    static func eventQuery(_ query: EventQuery, spread: EventDateSpread?, read: EventWindowRead) -> (sql: String, arguments: StatementArguments) {
        statement(where: SQLTerm.all(query.sqlTerms(spread: spread)), read: read)
    }

    /// The current events that meet `condition`, read as `read` says.
    static func statement(where condition: SQLTerm, read: EventWindowRead) -> (sql: String, arguments: StatementArguments) {
        ("SELECT * FROM \(read.source) WHERE " + condition.sql + read.order, StatementArguments(condition.arguments))
    }

    public func observations(indicator: String) throws -> [Observation] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM observations WHERE indicator = ? ORDER BY observed_on, observation_key", arguments: [indicator]
            ).map(EventRow.observation)
        }
    }

    public func claims(aboutProvision provision: String) throws -> [Claim] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM claims WHERE \(Self.claimAboutCondition) AND review_state = 'accepted' ORDER BY said_on, claim_key",
                arguments: ["v": provision]
            ).map(EventRow.claim)
        }
    }

    public func claimsNamingProvisions() throws -> [Claim] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM claims WHERE (about_provision IS NOT NULL OR about_reading IS NOT NULL) AND review_state = 'accepted'
                    ORDER BY said_on, claim_key
                    """
            ).map(EventRow.claim)
        }
    }

    /// A claim's `about_provision` names `:v`, alone or in a `;`-separated list (`*` is the agreement as a whole).
    static let claimAboutCondition = "(about_provision = :v OR instr(';' || replace(about_provision, ' ', '') || ';', ';' || :v || ';') > 0)"

    public func snapshotIDs() throws -> [Int64] {
        try read { db in try Int64.fetchAll(db, sql: "SELECT id FROM snapshots ORDER BY id") }
    }

    /// The number of events matching `filter`.
    public func eventCount(matching filter: EventFilter) throws -> Int {
        try read { db in
            let (whereClause, arguments) = filter.sqlCondition()
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events" + whereClause, arguments: StatementArguments(arguments)) ?? 0
        }
    }

    /// Events matching `filter`, oldest first, at most `limit`, and the number of all matches.
    public func events(matching filter: EventFilter, limit: Int?) throws -> (total: Int, events: [Event]) {
        try read { db in
            let (whereClause, filterArguments) = filter.sqlCondition()
            var arguments = filterArguments
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events" + whereClause, arguments: StatementArguments(arguments)) ?? 0
            var sql = "SELECT * FROM events" + whereClause + " ORDER BY event_date, dataset, event_key"
            if let limit {
                sql += " LIMIT ?"
                arguments.append(max(0, limit))
            }
            let events = EventRow.events(try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)))
            return (total, events)
        }
    }
}
