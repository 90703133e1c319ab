import Logging
import PostgresNIO
public import TruceModel

/// Creating and dropping whole databases on a server: for setting up a store, and for tests that
/// want a database of their own.
public enum PostgresDatabases {
    /// Creates the database `name` on the server of `server` (connecting to its database), owned by its user.
    public static func create(_ name: String, on server: PostgresLocation) async throws {
        try await administer(server, doing: "create the database \(name) on") { connection, logger in
            try await connection.run(PostgresQuery(unsafeSQL: "CREATE DATABASE \(quoted(name))"), logger: logger)
        }
    }

    /// Drops the database `name` on the server of `server`, ending its sessions; nothing when it does not exist.
    public static func drop(_ name: String, on server: PostgresLocation) async throws {
        try await administer(server, doing: "drop the database \(name) on") { connection, logger in
            try await connection.run(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(quoted(name)) WITH (FORCE)"), logger: logger)
        }
    }

    /// `name` as a quoted SQL identifier.
    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    private static func administer(
        _ server: PostgresLocation, doing: String, _ body: (PostgresConnection, Logger) async throws -> Void
    ) async throws {
        var logger = Logger(label: "truce.postgres")
        logger.logLevel = .critical
        do {
            let connection = try await PostgresConnection.connect(
                configuration: try PostgresStore.connectionConfiguration(server), id: 0, logger: logger)
            do {
                try await body(connection, logger)
            } catch {
                try? await connection.close()
                throw error
            }
            try await connection.close()
        } catch {
            throw PostgresErrors.translate(error, location: server, doing: doing)
        }
    }
}
