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
        return answers
    }

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
