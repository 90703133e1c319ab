import GRDB
public import TruceModel

/// Which events to list: every criterion given must hold.
public struct EventFilter: Sendable {
    /// Matched without regard to case.
    public var country: String?
    /// A part of an actor's or associated actor's name, on either side, without regard to case.
    public var actor: String?
    public var from: Day?
    public var to: Day?

    public init(country: String? = nil, actor: String? = nil, from: Day? = nil, to: Day? = nil) {
        self.country = country
        self.actor = actor
        self.from = from
        self.to = to
    }
}

extension Store: EvidenceSource {
    public func events(from: Day, to: Day, countries: [String]) throws -> [Event] {
        try database.read { db in
            var sql = "SELECT * FROM events WHERE date_earliest <= ? AND date_latest >= ?"
            var arguments: [(any DatabaseValueConvertible)?] = [to.iso, from.iso]
            if !countries.isEmpty {
                sql += " AND country COLLATE NOCASE IN (\(Array(repeating: "?", count: countries.count).joined(separator: ", ")))"
                arguments += countries.map { $0 }
            }
            sql += " ORDER BY event_date, dataset, event_key"
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map(EventRow.event)
        }
    }

    public func observations(indicator: String) throws -> [Observation] {
        try database.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM observations WHERE indicator = ? ORDER BY observed_on, observation_key", arguments: [indicator]
            ).map(EventRow.observation)
        }
    }

    public func claims(aboutProvision provision: String) throws -> [Claim] {
        try database.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM claims WHERE about_provision = ? AND review_state = 'accepted' ORDER BY said_on, claim_key",
                arguments: [provision]
            ).map(EventRow.claim)
        }
    }

    public func snapshotIDs() throws -> [Int64] {
        try database.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM snapshots ORDER BY id") }
    }

    /// Events matching `filter`, oldest first, at most `limit`, and the number of all matches.
    public func events(matching filter: EventFilter, limit: Int?) throws -> (total: Int, events: [Event]) {
        try database.read { db in
            var conditions: [String] = []
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let country = filter.country {
                conditions.append("country = ? COLLATE NOCASE")
                arguments.append(country)
            }
            if let actor = filter.actor {
                conditions.append(
                    "(actor1 LIKE ? ESCAPE '\\' OR actor2 LIKE ? ESCAPE '\\' OR assoc_actor1 LIKE ? ESCAPE '\\' OR assoc_actor2 LIKE ? ESCAPE '\\')")
                let pattern = "%" + Self.escapeLike(actor) + "%"
                arguments += [pattern, pattern, pattern, pattern]
            }
            if let from = filter.from {
                conditions.append("event_date >= ?")
                arguments.append(from.iso)
            }
            if let to = filter.to {
                conditions.append("event_date <= ?")
                arguments.append(to.iso)
            }
            let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events" + whereClause, arguments: StatementArguments(arguments)) ?? 0
            var sql = "SELECT * FROM events" + whereClause + " ORDER BY event_date, dataset, event_key"
            if let limit {
                sql += " LIMIT ?"
                arguments.append(max(0, limit))
            }
            let events = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map(EventRow.event)
            return (total, events)
        }
    }

    private static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}
