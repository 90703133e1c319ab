import GRDB
import TruceModel
import TruceStorage

extension EventDateSpread {
    /// The spread recorded in the store (migration `v12-event-date-spread`); nil in a store opened
    /// below that migration (only tests open one), whose date windows then read the whole index.
    static func recorded(in db: Database) throws -> EventDateSpread? {
        guard try db.tableExists("event_date_spread"),
            let row = try Row.fetchOne(db, sql: "SELECT days_after_earliest, days_before_latest FROM event_date_spread WHERE id = 1")
        else { return nil }
        return EventDateSpread(daysAfterEarliest: row[0], daysBeforeLatest: row[1])
    }

    /// The spread the stored rows have: the current events and the versions kept of replaced and
    /// deleted ones, which a snapshot's window reads too. A day SQLite cannot read counts as 3,652,059
    /// days (the years 0001–9999), wider than any recorded spread, so that it is reported.
    static func stored(in db: Database) throws -> EventDateSpread {
        func days(_ first: String, _ second: String) -> String {
            "coalesce(CAST(round(julianday(\(second)) - julianday(\(first))) AS INTEGER), 3652059)"
        }
        func spans(_ table: String, json: Bool) -> String {
            let column = { (name: String) in json ? "json_extract(content, '$.\(name)')" : name }
            return """
                SELECT \(days(column("date_earliest"), column("event_date"))) AS after_earliest,
                    \(days(column("event_date"), column("date_latest"))) AS before_latest FROM \(table)
                """ + (json ? " WHERE content IS NOT NULL" : "")
        }
        let sql = """
            SELECT coalesce(max(after_earliest), 0), coalesce(max(before_latest), 0) FROM (
                \(spans("events", json: false))
                UNION ALL \(spans("event_history", json: true))
                UNION ALL \(spans("event_deletions", json: true))
            )
            """
        guard let row = try Row.fetchOne(db, sql: sql) else { return EventDateSpread() }
        return EventDateSpread(daysAfterEarliest: row[0], daysBeforeLatest: row[1])
    }

    /// Raises the recorded spread to cover this one, inside the writing transaction; does nothing in
    /// a store below migration `v12-event-date-spread`, which computes the spread when it runs.
    func raise(in db: Database) throws {
        guard try db.tableExists("event_date_spread") else { return }
        try db.execute(
            sql: """
                UPDATE event_date_spread SET days_after_earliest = max(days_after_earliest, ?), days_before_latest = max(days_before_latest, ?)
                WHERE id = 1
                """,
            arguments: [daysAfterEarliest, daysBeforeLatest])
    }

    /// Conditions on `event_date` that every event whose span touches `from...to` meets (nothing
    /// when both ends are open), so that SQLite reads a range of `events_by_event_date`.
    func sqlCondition(touching from: Day?, _ to: Day?) -> (terms: [String], arguments: [(any DatabaseValueConvertible)?]) {
        let days = statedDays(touching: from, to)
        var terms: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let first = days.from {
            terms.append("event_date >= ?")
            arguments.append(first.iso)
        }
        if let last = days.to {
            terms.append("event_date <= ?")
            arguments.append(last.iso)
        }
        return (terms, arguments)
    }
}
