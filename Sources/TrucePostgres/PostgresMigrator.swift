import Foundation
import PostgresNIO
import TruceModel

/// Brings a database to the current schema: refuses one that is not Truce's or was made by a newer
/// Truce, and applies the migrations it lacks, each recorded in `truce_migrations`, all in one
/// transaction under a lock, so that two processes starting at once migrate once.
struct PostgresMigrator {
    let store: PostgresStore

    /// Applies the missing migrations up to `last` (a migration's name), or all when nil.
    func migrate(upTo last: String?) async throws {
        let logger = store.logger
        let location = store.location
        try await store.withTransaction(doing: "open the store") { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(7425634512)", logger: logger)
            let tables = try await Self.tables(connection, logger: logger)
            if !tables.contains(PostgresSchema.migrationsTable) {
                guard tables.isEmpty else {
                    let shown = tables.sorted().prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", …" : "")
                    throw TruceError(
                        .store,
                        "the database \(location) is another application's (it has the tables \(shown)), not a Truce store; it was left untouched. Give Truce an empty database of its own (createdb truce)"
                    )
                }
                try await connection.query(
                    """
                    CREATE TABLE truce_migrations (
                        ordinal bigint GENERATED ALWAYS AS IDENTITY,
                        name text PRIMARY KEY,
                        applied_at timestamptz NOT NULL DEFAULT now()
                    )
                    """, logger: logger)
            }
            let applied = try await Self.applied(connection, logger: logger)
            let known = PostgresSchema.migrations.map(\.name)
            if let unknown = applied.first(where: { !known.contains($0) }) {
                throw TruceError(
                    .store,
                    "the store \(location) was made by a newer version of Truce (it has the migration \(unknown), which this one does not know); use that version or a later one"
                )
            }
            for migration in PostgresSchema.migrations where !applied.contains(migration.name) {
                for statement in Self.statements(migration.sql) {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query("INSERT INTO truce_migrations (name) VALUES (\(migration.name))", logger: logger)
                if migration.name == last { break }
            }
        }
    }

    /// The migrations applied, oldest first.
    static func applied(_ connection: PostgresConnection, logger: Logger) async throws -> [String] {
        var names: [String] = []
        for try await name in try await connection.query("SELECT name FROM truce_migrations ORDER BY ordinal", logger: logger).decode(String.self) {
            names.append(name)
        }
        return names
    }

    /// The tables of the connection's current schema.
    static func tables(_ connection: PostgresConnection, logger: Logger) async throws -> Set<String> {
        var names: Set<String> = []
        let rows = try await connection.query(
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
            logger: logger)
        for try await name in rows.decode(String.self) { names.insert(name) }
        return names
    }

    /// A script's statements: the extended protocol takes one at a time. Statements end with `;` at a
    /// line's end, which no statement of the schema has inside it.
    static func statements(_ script: String) -> [String] {
        script.components(separatedBy: ";\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .map { $0.hasSuffix(";") ? String($0.dropLast()) : $0 }
            .filter { !$0.split(separator: "\n").allSatisfy { $0.trimmingCharacters(in: .whitespaces).hasPrefix("--") || $0.isEmpty } }
    }
}
