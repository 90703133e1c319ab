import Logging
import PostgresNIO
public import TruceModel
public import TruceStorage

// The PostgreSQL store's tables as plain rows, for copying a store to another backend and back.
extension PostgresStore: StoreTables {
    /// Rows held in memory at a time while reading.
    static let tableBatch = 5_000

    public func columns(of table: String) async throws -> [String] {
        try await withConnection(doing: "read the tables of") { connection in
            try await Self.columnTypes(of: table, on: connection, logger: logger).map(\.name)
        }
    }

    public func rowCount(of table: String) async throws -> Int {
        try await withConnection(doing: "count the rows of") { connection in
            try await connection.scalar(
                PostgresQuery(unsafeSQL: "SELECT count(*)::bigint FROM \(PostgresDatabases.quoted(table))"), as: Int.self, logger: logger) ?? 0
        }
    }

    public func readRows(of table: String, columns: [String], _ body: ([[TableValue]]) async throws -> Void) async throws {
        try await withConnection(doing: "read the tables of") { connection in
            try await Self.readRows(of: table, columns: columns, on: connection, logger: logger, body)
        }
    }

    /// Loads in one transaction: the rows of each table with one COPY (the server checks references
    /// as each table's COPY ends, and tables come after those they refer to), then the id counters
    /// moved past the ids written. A failure rolls everything back.
    public func load(_ body: (any TableLoader) async throws -> Void) async throws {
        let logger = self.logger
        try await withTransaction(doing: "copy into") { connection in
            try await connection.run("SELECT pg_advisory_xact_lock(\(SnapshotNumbering.writerLock))", logger: logger)
            try await body(Loader(connection: connection, logger: logger))
            // Tables numbered by an identity (not the agreements, whose ids are names).
            for table in Self.recordTables
            where try await Self.columnTypes(of: table, on: connection, logger: logger).contains(where: { $0.name == "id" && $0.type == "bigint" }) {
                try await connection.run(
                    PostgresQuery(
                        unsafeSQL: "SELECT setval(pg_get_serial_sequence('\(table)', 'id'), coalesce(max(id), 0) + 1, false) FROM \(table)"),
                    logger: logger)
            }
        }
    }

    private struct Loader: TableLoader {
        let connection: PostgresConnection
        let logger: Logger

        func writeRows(
            into table: String, columns: [String], _ rows: (_ emit: ([[TableValue]]) async throws -> Void) async throws -> Void
        ) async throws {
            try await connection.copyRows(into: table, columns: columns, logger: logger) { writer in
                try await rows { batch in
                    var row = CopyRowWriter()
                    for values in batch {
                        for value in values {
                            switch value {
                            case .null: row.text(nil, hashed: false)
                            case .integer(let number): row.integer64(number)
                            case .real(let number): row.real(number, hashed: false)
                            case .text(let text): row.text(text, hashed: false)
                            }
                        }
                        row.endRow()
                    }
                    try await writer.write(row.buffer)
                }
            }
        }

        func readRows(of table: String, columns: [String], _ body: ([[TableValue]]) async throws -> Void) async throws {
            try await PostgresStore.readRows(of: table, columns: columns, on: connection, logger: logger, body)
        }
    }

    /// The columns of `table` with their types, in the table's order.
    static func columnTypes(of table: String, on connection: PostgresConnection, logger: Logger) async throws -> [(name: String, type: String)] {
        var columns: [(name: String, type: String)] = []
        let rows = try await connection.query(
            """
            SELECT column_name::text, data_type::text FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = \(table) ORDER BY ordinal_position
            """, logger: logger)
        for try await (name, type) in rows.decode((String, String).self) { columns.append((name, type)) }
        return columns
    }

    /// Streams the rows of `table` in batches; JSON columns are read as their text.
    static func readRows(
        of table: String, columns: [String], on connection: PostgresConnection, logger: Logger, _ body: ([[TableValue]]) async throws -> Void
    ) async throws {
        let types = Dictionary(
            try await columnTypes(of: table, on: connection, logger: logger).map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
        let kinds = columns.map { types[$0] ?? "text" }
        let list = zip(columns, kinds).map { name, kind in
            let quoted = PostgresDatabases.quoted(name)
            return kind == "bigint" || kind == "integer" || kind == "double precision" ? quoted : "\(quoted)::text"
        }.joined(separator: ", ")
        var batch: [[TableValue]] = []
        batch.reserveCapacity(tableBatch)
        let rows = try await connection.query(PostgresQuery(unsafeSQL: "SELECT \(list) FROM \(PostgresDatabases.quoted(table))"), logger: logger)
        for try await row in rows {
            let cells = row.makeRandomAccess()
            var values: [TableValue] = []
            values.reserveCapacity(kinds.count)
            for (index, kind) in kinds.enumerated() {
                switch kind {
                case "bigint", "integer": values.append(try cells[index].decode(Int64?.self).map(TableValue.integer) ?? .null)
                case "double precision": values.append(try cells[index].decode(Double?.self).map(TableValue.real) ?? .null)
                default: values.append(try cells[index].decode(String?.self).map(TableValue.text) ?? .null)
                }
            }
            batch.append(values)
            if batch.count >= tableBatch {
                try await body(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { try await body(batch) }
    }
}
