import Logging
import PostgresNIO
public import TruceModel
import TruceStorage

extension PostgresStore {
    /// Reads the windows in one transaction (one state of the store); the windows whose ranges of stated
    /// days overlap in one statement, which reads that range once and decodes a row once however many of
    /// them keep it. Each answer holds the same events, in the same order, as ``events(matching:asOf:)``.
    public func events(matchingEach queries: [EventQuery], asOf snapshot: Int64?) async throws -> [[Event]] {
        guard !queries.isEmpty else { return [] }
        try await checkSnapshot(snapshot)
        return try await withDateWindows { connection, spread in
            let days = queries.map { spread?.statedDays(touching: $0.from, $0.to) ?? (nil, nil) }
            var answers = [[Event]](repeating: [], count: queries.count)
            for group in EventWindowGroups.overlapping(days) {
                let read = try await events(
                    sharingOneRead: group.map { queries[$0] }, spread: spread, asOf: snapshot, on: connection)
                for (index, events) in zip(group, read) { answers[index] = events }
            }
            return answers
        }
    }

    /// The answer to each of `queries` from one statement: the rows any of them keeps, each with one
    /// flag a query, sorted once by the server.
    private func events(
        sharingOneRead queries: [EventQuery], spread: EventDateSpread?, asOf snapshot: Int64?, on connection: PostgresConnection
    ) async throws -> [[Event]] {
        var sql = SQLConditions()
        var windows: [String] = []
        for query in queries {
            query.addConditions(to: &sql)
            spread?.addConditions(touching: query.from, query.to, to: &sql)
            windows.append("(" + sql.takeTerms().joined(separator: " AND ") + ")")
        }
        if queries.count == 1 {
            sql.add(windows[0])
        } else {
            // The range all the windows read, stated apart: the server cannot bound an OR of ranges by one.
            spread?.addConditions(touching: queries.map(\.from).min(), queries.map(\.to).max(), to: &sql)
            sql.add("(" + windows.joined(separator: " OR ") + ")")
            // With PostgreSQL's 4 MB the rows of several wide windows sort on disk and the table's bitmap
            // turns lossy; a serial plan then walks events_by_order row by row, twice as slow.
            try await connection.run(
                """
                SELECT set_config('work_mem', \(Self.windowsMemory), true)
                WHERE pg_size_bytes(current_setting('work_mem')) < pg_size_bytes(\(Self.windowsMemory))
                """, logger: logger)
        }
        let days = spread.map { spread in queries.map { spread.statedDays(touching: $0.from, $0.to) } } ?? []
        let scan = queries.count > 1 ? try await Self.scanReadsLess(days, on: connection, logger: logger) : false
        // For this statement only (reset below): the transaction's later windows are planned as usual.
        for setting in scan ? ["enable_bitmapscan", "enable_indexscan"] : [] {
            try await connection.run(PostgresQuery(unsafeSQL: "SET LOCAL \(setting) = off"), logger: logger)
        }
        let source = Self.eventSource(asOf: snapshot, binding: &sql)
        let flags = queries.count == 1 ? "" : ", " + windows.enumerated().map { "\($1) AS matches_\($0)" }.joined(separator: ", ")
        let statement = sql.query("SELECT \(EventColumns.list())\(flags) FROM \(source)" + sql.whereClause + SQLConditions.eventOrder)
        var answers = [[Event]](repeating: [], count: queries.count)
        let first = EventColumns.names.count
        for try await row in try await connection.query(statement, logger: logger) {
            let event = try EventColumns.event(row)
            guard queries.count > 1 else {
                answers[0].append(event)
                continue
            }
            let columns = row.makeRandomAccess()
            for index in answers.indices where try columns[first + index].decode(Bool?.self) == true { answers[index].append(event) }
        }
        for setting in scan ? ["enable_bitmapscan", "enable_indexscan"] : [] {
            try await connection.run(PostgresQuery(unsafeSQL: "RESET \(setting)"), logger: logger)
        }
        return answers
    }

    /// Whether reading the whole table costs less than reading the range of `events_by_order` that the
    /// windows of `days` (their ranges of stated days) cover: when that range is more than
    /// ``scanShare`` of the stored days and the rows lie in no order of their days (the table's
    /// `event_date` correlation, from its statistics, below ``scanCorrelation``), the range's rows
    /// are on nearly every page, and the planner, which prices every condition on every row a scan reads
    /// (not only the day's test most fail at), overrates the scan.
    static func scanReadsLess(_ days: [(from: Day?, to: Day?)], on connection: PostgresConnection, logger: Logger) async throws -> Bool {
        let rows = try await connection.query(
            """
            SELECT (SELECT min(event_date) FROM events), (SELECT max(event_date) FROM events),
                (SELECT correlation FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'events' AND attname = 'event_date')
            """, logger: logger)
        var stored: (first: String?, last: String?, correlation: Float?) = (nil, nil, nil)
        for try await row in rows.decode((String?, String?, Float?).self) { stored = row }
        guard let correlation = stored.correlation, abs(correlation) < scanCorrelation,
            let first = stored.first.flatMap(Day.init(iso:)), let last = stored.last.flatMap(Day.init(iso:)), first < last
        else { return false }
        let from = max(days.compactMap(\.from).min() ?? first, first)
        let to = min(days.contains { $0.to == nil } ? last : days.compactMap(\.to).max() ?? last, last)
        guard from <= to else { return false }
        return Double(from.days(to: to) + 1) / Double(first.days(to: last) + 1) > scanShare
    }

    /// See ``scanReadsLess(_:on:logger:)``: on the million-row bench store (correlation 0.00), windows
    /// covering 27% of the days took 0.97 s of the server's CPU by a parallel scan, 1.14–1.20 s by the range.
    static let scanShare = 0.2
    static let scanCorrelation: Float = 0.5

    /// The sort memory a statement reading several windows gets, unless the server's setting is larger.
    static let windowsMemory = "64MB"
}

/// Which date windows one statement reads together.
enum EventWindowGroups {
    /// The windows of `days` (each the range of stated days it reads, nil for an open end) in groups
    /// whose ranges overlap, as indices into `days`; a group's indices ascend, and groups are ordered by
    /// their first day. Windows apart are read apart, so that no statement reads the days between them.
    static func overlapping(_ days: [(from: Day?, to: Day?)]) -> [[Int]] {
        let order = days.indices.sorted { (days[$0].from?.ordinal ?? .min, $0) < (days[$1].from?.ordinal ?? .min, $1) }
        var groups: [[Int]] = []
        var end: Day?  // the last day the current group reads; nil when it has no end
        for index in order {
            let (from, to) = days[index]
            if groups.isEmpty || (from.map { first in end.map { first > $0 } ?? false } ?? false) {
                groups.append([index])
                end = to
            } else {
                groups[groups.count - 1].append(index)
                end = end.flatMap { last in to.map { max(last, $0) } }
            }
        }
        return groups.map { $0.sorted() }
    }
}
