import Logging
import PostgresNIO

/// A large import into a table that holds fewer rows than it brings: its secondary indexes are dropped inside
/// the import's transaction and built again once at the end (a sort each), instead of being updated row by row,
/// which took most of a first import of a million events. Keys (primary and unique) stay, since the merge
/// looks rows up by them. The drop locks the table until the commit: readers wait for such an import.
enum SecondaryIndexes {
    /// Imports smaller than this update the indexes as they go: rebuilding would cost more than it saves.
    static let bulkRows = 100_000

    /// Drops the secondary indexes of `table` when `incoming` rows is a bulk import and more than the table
    /// holds; returns their definitions, to run again after the merge (empty when nothing was dropped).
    static func dropForBulk(of table: String, incoming: Int, on connection: PostgresConnection, logger: Logger) async throws -> [String] {
        guard incoming >= bulkRows else { return [] }
        let held =
            try await connection.scalar(
                PostgresQuery(unsafeSQL: "SELECT count(*)::bigint FROM \(PostgresDatabases.quoted(table))"), as: Int.self, logger: logger) ?? 0
        guard held < incoming else { return [] }
        return try await drop(of: table, on: connection, logger: logger)
    }

    /// Drops the secondary indexes of `table`; returns their definitions, to run again with ``rebuild(_:on:logger:)``.
    static func drop(of table: String, on connection: PostgresConnection, logger: Logger) async throws -> [String] {
        var indexes: [(name: String, definition: String)] = []
        let rows = try await connection.query(
            """
            SELECT indexname::text, indexdef FROM pg_indexes
            WHERE schemaname = current_schema() AND tablename = \(table)
                AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = \(table)::regclass)
            ORDER BY indexname
            """, logger: logger)
        for try await (name, definition) in rows.decode((String, String).self) { indexes.append((name, definition)) }
        for index in indexes {
            try await connection.run(PostgresQuery(unsafeSQL: "DROP INDEX \(PostgresDatabases.quoted(index.name))"), logger: logger)
        }
        return indexes.map(\.definition)
    }

    /// Builds again the indexes ``dropForBulk(of:incoming:on:logger:)`` dropped.
    static func rebuild(_ definitions: [String], on connection: PostgresConnection, logger: Logger) async throws {
        for definition in definitions { try await connection.run(PostgresQuery(unsafeSQL: definition), logger: logger) }
    }
}
