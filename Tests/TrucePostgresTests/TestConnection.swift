import Logging
import PostgresNIO
import TrucePostgres

/// A plain postgres-nio connection to the test database at `url`, as the server's user, for looking at
/// the server behind a store's back (its catalog, its sessions); closed when `body` ends, also when it throws,
/// since a connection left open stops the throwaway server from shutting down.
func withTestConnection<T>(to url: String, _ body: (PostgresConnection, Logger) async throws -> T) async throws -> T {
    let location = try PostgresLocation(url: url)
    let logger = Logger(label: "test")
    let connection = try await PostgresConnection.connect(
        configuration: PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password, database: location.database,
            tls: .disable), id: 1, logger: logger)
    do {
        let result = try await body(connection, logger)
        try await connection.close()
        return result
    } catch {
        try? await connection.close()
        throw error
    }
}
