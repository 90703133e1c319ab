import Logging
import PostgresNIO

/// How one kind of record is imported: copied into a temporary table `import_rows`, then merged
/// into its table with a few set-based statements, never row by row.
protocol ImportStaging: AnyObject {
    associatedtype Value
    /// Creates `import_rows` for this import; it is dropped when the transaction ends.
    var createTable: String { get }
    /// The columns of `import_rows` each copied row fills, in order.
    var columns: [String] { get }
    /// Prepares the table the import's rows are copied into and returns its name and columns:
    /// `import_rows` (made by ``createTable``) unless the staging loads its own table directly.
    func copyTarget(on connection: PostgresConnection, logger: Logger) async throws -> (table: String, columns: [String])
    /// Writes one record as a copied row; `ordinal` counts the records from 1, in input order.
    func write(_ value: Value, ordinal: Int, snapshot: Int64, into row: inout CopyRowWriter)
    /// Merges `import_rows` into the store and says what that did.
    func merge(snapshot: Int64, on connection: PostgresConnection, logger: Logger) async throws -> MergeCounts
    /// The tables whose statistics the merge left stale (see ``StaleStatistics``), to analyze after the commit.
    var staleStatistics: [String] { get }
}

extension ImportStaging {
    var staleStatistics: [String] { [] }

    func copyTarget(on connection: PostgresConnection, logger: Logger) async throws -> (table: String, columns: [String]) {
        try await connection.run(PostgresQuery(unsafeSQL: createTable), logger: logger)
        return ("import_rows", columns)
    }

    /// Copies `values` into a new `import_rows` and merges them, inside the caller's transaction: how a
    /// review decision writes the record it accepts, with the same rules as an import.
    func stageAndMerge(_ values: [Value], snapshot: Int64, on connection: PostgresConnection, logger: Logger) async throws -> MergeCounts {
        try await connection.run("DROP TABLE IF EXISTS import_rows", logger: logger)
        try await connection.run(PostgresQuery(unsafeSQL: createTable), logger: logger)
        try await connection.copyRows(into: "import_rows", columns: columns, logger: logger) { writer in
            var row = CopyRowWriter()
            for (index, value) in values.enumerated() { write(value, ordinal: index + 1, snapshot: snapshot, into: &row) }
            try await writer.write(row.buffer)
        }
        return try await merge(snapshot: snapshot, on: connection, logger: logger)
    }
}

/// What merging an import's rows did.
struct MergeCounts {
    var stored = 0
    var updated = 0
    var unchanged = 0
    /// Rows older than the stored version, left out (and counted unchanged).
    var stale = 0
}

extension PostgresConnection {
    /// The first column of the first row of `query`, or nil when there is none.
    func scalar<T: PostgresDecodable>(_ query: PostgresQuery, as type: T.Type, logger: Logger) async throws -> T? {
        for try await value in try await self.query(query, logger: logger).decode(T.self) {
            return value
        }
        return nil
    }

    /// Runs a statement to its end.
    func run(_ query: PostgresQuery, logger: Logger) async throws {
        for try await _ in try await self.query(query, logger: logger) {}
    }

    /// Runs a data-changing statement (without its own RETURNING), returning the number of rows it changed.
    func changes(_ sql: String, logger: Logger) async throws -> Int {
        try await scalar(
            PostgresQuery(unsafeSQL: "WITH changed AS (\(sql) RETURNING 1) SELECT count(*)::bigint FROM changed"), as: Int.self, logger: logger) ?? 0
    }
}

/// Rows of one input sharing a key are merged one generation at a time (each row's position
/// among the rows of its key), so that a key given twice in a file ends as the later row,
/// with the earlier one in history, as importing row by row would leave it.
enum Generations {
    /// Numbers the rows of `import_rows` within their key when a key occurs more than once;
    /// returns how many generations there are (1 when every key occurs once).
    static func number(key: [String], on connection: PostgresConnection, logger: Logger) async throws -> Int {
        let keyList = key.joined(separator: ", ")
        let most =
            try await connection.scalar(
                PostgresQuery(unsafeSQL: "SELECT coalesce(max(n), 0)::bigint FROM (SELECT count(*) AS n FROM import_rows GROUP BY \(keyList)) t"),
                as: Int.self, logger: logger) ?? 0
        if most > 1 {
            try await connection.run("ALTER TABLE import_rows ADD COLUMN generation bigint", logger: logger)
            try await connection.run(
                PostgresQuery(
                    unsafeSQL: """
                        UPDATE import_rows s SET generation = g.n FROM (
                            SELECT ordinal, row_number() OVER (PARTITION BY \(keyList) ORDER BY ordinal) AS n FROM import_rows) g
                        WHERE s.ordinal = g.ordinal
                        """), logger: logger)
        }
        try await connection.run("ANALYZE import_rows", logger: logger)
        return max(1, most)
    }

    /// The condition that picks generation `generation` of `count`, on rows aliased `s`.
    static func condition(_ generation: Int, of count: Int) -> String {
        count > 1 ? "s.generation = \(generation)" : "TRUE"
    }
}
