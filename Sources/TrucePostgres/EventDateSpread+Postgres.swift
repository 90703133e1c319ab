import Logging
import PostgresNIO
import TruceModel
import TruceStorage

extension EventDateSpread {
    /// The spread recorded in the store (migration `v11-event-date-spread`); nil in a store opened
    /// below that migration (only tests open one), whose date windows then read every event.
    static func recorded(on connection: PostgresConnection, logger: Logger) async throws -> EventDateSpread? {
        guard try await hasTable(on: connection, logger: logger) else { return nil }
        let rows = try await connection.query("SELECT days_after_earliest, days_before_latest FROM event_date_spread WHERE id = 1", logger: logger)
        for try await (after, before) in rows.decode((Int, Int).self) {
            return EventDateSpread(daysAfterEarliest: after, daysBeforeLatest: before)
        }
        return nil
    }

    /// The spread the stored rows have: the current events and the versions kept of replaced and
    /// deleted ones, which a snapshot's window reads too. A day that is not a `YYYY-MM-DD` PostgreSQL
    /// can read counts as 3,652,059 days, wider than any recorded spread, so that it is reported.
    static func stored(on connection: PostgresConnection, logger: Logger) async throws -> EventDateSpread {
        let day = "'^[0-9]{4}-[0-9]{2}-[0-9]{2}$'"
        func days(_ first: String, _ second: String) -> String {
            "CASE WHEN \(first) ~ \(day) AND \(second) ~ \(day) AND left(\(first), 4) <> '0000' AND left(\(second), 4) <> '0000' "
                + "THEN \(second)::date - \(first)::date ELSE 3652059 END"
        }
        func spans(_ table: String, json: Bool) -> String {
            let column = { (name: String) in json ? "(content->>'\(name)')" : name }
            return "SELECT \(days(column("date_earliest"), column("event_date"))) AS after_earliest, "
                + "\(days(column("event_date"), column("date_latest"))) AS before_latest FROM \(table)"
                + (json ? " WHERE content IS NOT NULL" : "")
        }
        let sql = """
            SELECT coalesce(max(after_earliest), 0)::bigint, coalesce(max(before_latest), 0)::bigint FROM (
                \(spans("events", json: false))
                UNION ALL \(spans("event_history", json: true))
                UNION ALL \(spans("event_deletions", json: true))
            ) AS spans
            """
        let rows = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
        for try await (after, before) in rows.decode((Int, Int).self) {
            return EventDateSpread(daysAfterEarliest: after, daysBeforeLatest: before)
        }
        return EventDateSpread()
    }

    /// Raises the recorded spread to cover this one, in the caller's transaction; does nothing in a
    /// store below migration `v11-event-date-spread`, which computes the spread when it runs.
    func raise(on connection: PostgresConnection, logger: Logger) async throws {
        guard try await Self.hasTable(on: connection, logger: logger) else { return }
        try await connection.run(
            """
            UPDATE event_date_spread SET days_after_earliest = greatest(days_after_earliest, \(daysAfterEarliest)),
                days_before_latest = greatest(days_before_latest, \(daysBeforeLatest))
            WHERE id = 1
            """, logger: logger)
    }

    private static func hasTable(on connection: PostgresConnection, logger: Logger) async throws -> Bool {
        try await connection.scalar("SELECT to_regclass('event_date_spread') IS NOT NULL", as: Bool.self, logger: logger) ?? false
    }

    /// Adds conditions on `event_date` that every event whose span touches `from...to` meets, so that
    /// PostgreSQL reads a range of `events_by_order` (nothing when both ends are open).
    func addConditions(touching from: Day?, _ to: Day?, to sql: inout SQLConditions) {
        let days = statedDays(touching: from, to)
        if let first = days.from { sql.add("event_date >= \(sql.bind(first.iso))") }
        if let last = days.to { sql.add("event_date <= \(sql.bind(last.iso))") }
    }
}

extension PostgresStore {
    /// Runs `body` with `conditions` and, added to them, the range of stated days that events whose
    /// spans touch `from...to` can have, by the recorded spread: on one connection, in a read-only
    /// transaction that sees one snapshot, so that the spread read covers every event the query sees
    /// (an import committed in between could otherwise bring events wider than the spread read).
    func withDateWindow<T>(
        _ conditions: SQLConditions, touching from: Day?, _ to: Day?, _ body: (PostgresConnection, SQLConditions) async throws -> T
    ) async throws -> T {
        try await withDateWindows { connection, spread in
            var bounded = conditions
            spread?.addConditions(touching: from, to, to: &bounded)
            return try await body(connection, bounded)
        }
    }

    /// Runs `body` with the recorded spread (nil below migration `v11-event-date-spread`) in a read-only
    /// transaction that sees one snapshot, for reading one or more date windows bounded by it.
    func withDateWindows<T>(_ body: (PostgresConnection, EventDateSpread?) async throws -> T) async throws -> T {
        try await withTransaction(doing: "read the events of") { connection in
            try await connection.run("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", logger: logger)
            // A scope's condition is a long expression, which the server would compile (JIT) for each window:
            // seconds of compiling for a read of a second or two, more with parallel workers, each compiling.
            try await connection.run("SET LOCAL jit = off", logger: logger)
            return try await body(connection, try await EventDateSpread.recorded(on: connection, logger: logger))
        }
    }
}
