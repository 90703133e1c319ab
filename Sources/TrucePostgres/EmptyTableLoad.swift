import Logging
import PostgresNIO

/// An import into an empty table copies its rows straight into the table, without its unique keys, foreign
/// keys and secondary indexes, and builds those once at the end: no staging copy and no merge, which took
/// most of a first import of a million events. A foreign key checked row by row (a lookup and a row lock in
/// the referenced table per copied row) nearly doubled the server's work for the copy (7.9 s of CPU against
/// 4.2 s for 1,000,000 events); added back at the end it is checked with one join. Building a unique key
/// also checks that the file gave no key twice; when it did, the caller moves the rows back to staging and
/// merges them as usual. The table is locked from the check that it is empty to the commit: readers and
/// other imports wait for such an import.
enum EmptyTableLoad {
    /// What was taken off the table, to put back after the copy.
    struct Dropped {
        var uniqueKeys: [(name: String, definition: String)]
        var foreignKeys: [(name: String, definition: String)]
        var indexes: [String]
    }

    /// When `table` holds no rows, locks it, drops its unique keys, foreign keys and secondary indexes and returns them;
    /// nil (and nothing changed) when it holds rows.
    static func begin(_ table: String, on connection: PostgresConnection, logger: Logger) async throws -> Dropped? {
        let quoted = PostgresDatabases.quoted(table)
        func isEmpty() async throws -> Bool {
            try await connection.scalar(PostgresQuery(unsafeSQL: "SELECT NOT EXISTS (SELECT 1 FROM \(quoted))"), as: Bool.self, logger: logger)
                ?? false
        }
        // The cheap check first, so an import into a filled table never waits for the lock.
        guard try await isEmpty() else { return nil }
        try await connection.run(PostgresQuery(unsafeSQL: "LOCK TABLE \(quoted) IN ACCESS EXCLUSIVE MODE"), logger: logger)
        guard try await isEmpty() else { return nil }
        var keys: [(name: String, definition: String)] = []
        var foreignKeys: [(name: String, definition: String)] = []
        let rows = try await connection.query(
            """
            SELECT conname::text, pg_get_constraintdef(oid), contype = 'f' FROM pg_constraint
            WHERE conrelid = \(table)::regclass AND contype IN ('u', 'f') ORDER BY conname
            """, logger: logger)
        for try await (name, definition, isForeign) in rows.decode((String, String, Bool).self) {
            if isForeign { foreignKeys.append((name, definition)) } else { keys.append((name, definition)) }
        }
        for key in keys + foreignKeys {
            try await connection.run(
                PostgresQuery(unsafeSQL: "ALTER TABLE \(quoted) DROP CONSTRAINT \(PostgresDatabases.quoted(key.name))"), logger: logger)
        }
        let indexes = try await SecondaryIndexes.drop(of: table, on: connection, logger: logger)
        return Dropped(uniqueKeys: keys, foreignKeys: foreignKeys, indexes: indexes)
    }

    /// The sort memory the key and index builds get for the rest of the import's transaction, unless the
    /// server's setting is larger: with PostgreSQL's default of 64 MB, a million rows' keys sort on disk.
    static let sortMemory = "256MB"

    /// Adds the unique keys back, then the foreign keys; returns false, with the keys still missing and the
    /// rows untouched, when the rows repeat a key. A row that breaks a foreign key fails the import.
    static func restoreKeys(_ dropped: Dropped, of table: String, on connection: PostgresConnection, logger: Logger) async throws -> Bool {
        let quoted = PostgresDatabases.quoted(table)
        // A setting of this transaction only (`is_local`): it ends with the import, committed or not.
        try await connection.run(
            """
            SELECT set_config('maintenance_work_mem', \(sortMemory), true)
            WHERE pg_size_bytes(current_setting('maintenance_work_mem')) < pg_size_bytes(\(sortMemory))
            """, logger: logger)
        try await connection.run("SAVEPOINT truce_unique_keys", logger: logger)
        do {
            for key in dropped.uniqueKeys {
                try await connection.run(
                    PostgresQuery(unsafeSQL: "ALTER TABLE \(quoted) ADD CONSTRAINT \(PostgresDatabases.quoted(key.name)) \(key.definition)"),
                    logger: logger)
            }
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == "23505" {
            // unique_violation: a key given twice.
            try await connection.run("ROLLBACK TO SAVEPOINT truce_unique_keys", logger: logger)
            return false
        }
        try await connection.run("RELEASE SAVEPOINT truce_unique_keys", logger: logger)
        for key in dropped.foreignKeys {
            try await connection.run(
                PostgresQuery(unsafeSQL: "ALTER TABLE \(quoted) ADD CONSTRAINT \(PostgresDatabases.quoted(key.name)) \(key.definition)"),
                logger: logger)
        }
        return true
    }
}
