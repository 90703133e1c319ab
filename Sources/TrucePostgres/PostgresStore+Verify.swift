import Logging
import PostgresNIO
public import TruceStorage

// PostgreSQL has no `PRAGMA integrity_check`, and its constraints (foreign keys, checks) hold by
// construction. What can go wrong is what lies under them: pages damaged on disk, indexes out of
// step with their tables, a schema another version left behind. So verifying reads every row of every
// table (which makes the server read, checksum when the cluster has data checksums, and de-TOAST every
// page), checks every B-tree index with `amcheck` when that extension is installed, and compares the
// tables and migrations with this version's.
extension PostgresStore {
    /// Reads the whole store and reports damage, missing tables and a schema behind this version;
    /// never writes. PostgreSQL has no application id: the `applicationID` reported is 0, and the
    /// store is Truce's when it holds `truce_migrations` and every table of the schema.
    ///
    /// - Throws: ``TruceError`` (`store`) only when the database cannot be reached at all.
    public func verify() async throws -> StoreVerification {
        try await withConnection(doing: "verify") { connection in
            let tables = try await PostgresMigrator.tables(connection, logger: logger)
            let latest = PostgresSchema.migrations.last?.name ?? ""
            var problems: [String] = []
            let missing = PostgresSchema.tableNames.subtracting(tables).sorted()
            if !missing.isEmpty {
                problems.append("the database is not a whole Truce store: it lacks the tables \(missing.joined(separator: ", "))")
            }
            let applied = tables.contains(PostgresSchema.migrationsTable) ? try await PostgresMigrator.applied(connection, logger: logger) : []
            if !applied.contains(latest) {
                problems.append("the schema is at \(applied.last ?? "nothing"), this version of Truce expects \(latest)")
            }
            var findings: [String] = []
            for table in PostgresSchema.tableNames.intersection(tables).sorted() {
                if let finding = try await Self.readWhole(table, on: connection, logger: logger) { findings.append(finding) }
            }
            findings += try await Self.checkIndexes(on: connection, logger: logger)
            problems += findings.map { "damaged: \($0)" }
            // A spread narrower than the rows makes date windows skip events without a word.
            if findings.isEmpty, missing.isEmpty, let recorded = try await EventDateSpread.recorded(on: connection, logger: logger) {
                let stored = try await EventDateSpread.stored(on: connection, logger: logger)
                if !recorded.covers(stored) {
                    problems.append(
                        "the recorded spread of event dates (\(recorded)) is narrower than the stored events' (\(stored)), "
                            + "so date windows miss events: this is a bug in Truce, please report it")
                }
            }
            return StoreVerification(
                integrityProblems: findings, applicationID: 0, appliedMigrations: applied, latestMigration: latest, problems: problems)
        }
    }

    /// Reads every row of `table` in full; what the server found when it could not, else nil.
    private static func readWhole(_ table: String, on connection: PostgresConnection, logger: Logger) async throws -> String? {
        do {
            // Summing the rows' text lengths needs every column of every row, so no page is skipped.
            let quoted = PostgresDatabases.quoted(table)
            try await connection.run(PostgresQuery(unsafeSQL: "SELECT sum(length(t::text))::bigint FROM \(quoted) t"), logger: logger)
            return nil
        } catch {
            return "table \(table): \(try finding(error))"
        }
    }

    /// Checks every B-tree index of the schema with `amcheck`'s `bt_index_check` (read-only, shared
    /// locks) when the extension is installed; nothing when it is not, since installing it would write.
    private static func checkIndexes(on connection: PostgresConnection, logger: Logger) async throws -> [String] {
        do {
            let installed =
                try await connection.scalar("SELECT count(*)::bigint FROM pg_extension WHERE extname = 'amcheck'", as: Int.self, logger: logger)
                ?? 0
            guard installed > 0 else { return [] }
            var indexes: [String] = []
            let rows = try await connection.query(
                """
                SELECT c.relname::text FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
                WHERE a.amname = 'btree' AND c.relnamespace = current_schema()::regnamespace ORDER BY 1
                """, logger: logger)
            for try await name in rows.decode(String.self) { indexes.append(name) }
            var findings: [String] = []
            for index in indexes {
                do {
                    try await connection.run("SELECT bt_index_check(\(index)::regclass)", logger: logger)
                } catch {
                    findings.append("index \(index): \(try finding(error))")
                }
            }
            return findings
        } catch {
            return ["the indexes could not be checked: \(try finding(error))"]
        }
    }

    /// What the server said about damage; a lost connection is thrown instead, as nothing was checked.
    private static func finding(_ error: any Error) throws -> String {
        if PostgresErrors.isConnectionLost(error) { throw error }
        guard let error = error as? PSQLError else { return String(describing: error) }
        return error.serverInfo?[.message] ?? String(describing: error.code)
    }
}
