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
        try await withTransaction(doing: "read the events of") { connection in
            try await connection.run("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", logger: logger)
            var bounded = conditions
            try await EventDateSpread.recorded(on: connection, logger: logger)?.addConditions(touching: from, to, to: &bounded)
            return try await body(connection, bounded)
        }
    }
}
