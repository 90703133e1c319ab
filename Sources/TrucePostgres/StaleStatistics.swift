import Logging
import PostgresNIO
import TruceModel

/// The planner's statistics of a table an import changed a large part of. Until something analyzes the table
/// the next reads are planned on the old statistics, or on none after a first import (autovacuum analyzed
/// `events` about 67 s after a first import of a million events; a check in that minute planned its date
/// windows without them). The rule is autovacuum's own default (`autovacuum_analyze_threshold` 50 rows plus
/// `autovacuum_analyze_scale_factor` 0.1 of the rows the statistics counted), applied at once, so an import
/// analyzes what autovacuum would have analyzed at its next round and leaves small changes to it.
enum StaleStatistics {
    static let baseRows = 50.0
    static let scaleFactor = 0.1

    /// The rows `table`'s statistics counted (`pg_class.reltuples`; none before the table was first analyzed).
    static func countedRows(of table: String, on connection: PostgresConnection, logger: Logger) async throws -> Double {
        let counted = try await connection.scalar(
            "SELECT reltuples::float8 FROM pg_class WHERE oid = \(table)::regclass", as: Double.self, logger: logger)
        // -1 means never analyzed or vacuumed: the statistics describe no rows.
        return max(0, counted ?? 0)
    }

    /// Whether changing `changed` rows of a table whose statistics counted `counted` rows makes them stale.
    static func areStale(changed: Int, counted: Double) -> Bool {
        Double(changed) > baseRows + scaleFactor * counted
    }

    /// Runs `ANALYZE` on each of `tables`, on a connection of its own after the import's commit (readers are
    /// not kept waiting; it takes no lock that blocks them). Returns a notice for each that failed: the import
    /// is stored by then, and only the statistics wait for autovacuum.
    static func refresh(_ tables: [String], in store: PostgresStore) async -> [String] {
        var notices: [String] = []
        for table in tables {
            do {
                try await store.withConnection(doing: "analyze \(table) in") { connection in
                    try await connection.run(PostgresQuery(unsafeSQL: "ANALYZE \(PostgresDatabases.quoted(table))"), logger: store.logger)
                }
            } catch {
                let reason = (error as? TruceError)?.message ?? "\(error)"
                notices.append(
                    "the import is stored, but the statistics of \(table) were not refreshed (\(reason)); "
                        + "reads may be planned slowly until autovacuum analyzes it, or run ANALYZE \(table)")
            }
        }
        return notices
    }
}
