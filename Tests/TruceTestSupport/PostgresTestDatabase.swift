import Foundation
public import TrucePostgres

/// A database of its own on the test server for each test that needs PostgreSQL, dropped after it.
///
/// The server is the one `scripts/test` starts (a throwaway server on loopback) and names in
/// `TRUCE_TEST_DATABASE_URL`. Without it the PostgreSQL tests fail, saying how to run them, unless
/// `TRUCE_SKIP_POSTGRES=1` leaves them out on purpose.
public enum PostgresTestDatabase {
    /// False when `TRUCE_SKIP_POSTGRES=1`: the PostgreSQL suites are then disabled, not failed.
    public static var isWanted: Bool { ProcessInfo.processInfo.environment["TRUCE_SKIP_POSTGRES"] != "1" }

    /// The test server's URL.
    ///
    /// - Throws: when `TRUCE_TEST_DATABASE_URL` is not set, saying how to run the tests.
    public static func serverURL() throws -> String {
        guard let url = ProcessInfo.processInfo.environment["TRUCE_TEST_DATABASE_URL"], !url.isEmpty else {
            throw MissingServer()
        }
        return url
    }

    /// The URL of a new, empty database on the test server; `body` runs with it, and the database is
    /// dropped afterwards, whether `body` succeeds or throws.
    public static func withURL<T>(_ body: (String) async throws -> T) async throws -> T {
        let server = try PostgresLocation(url: try serverURL())
        let name = "truce_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        try await PostgresDatabases.create(name, on: server)
        var location = server
        location.database = name
        let url = "postgres://\(location.user):\(location.password ?? "")@\(location.host):\(location.port)/\(name)"
        do {
            let value = try await body(url)
            try await dropRetrying(name, on: server)
            return value
        } catch {
            try? await dropRetrying(name, on: server)
            throw error
        }
    }

    /// Drops the test's database, trying up to three times: under a loaded CI machine the server once closed the
    /// dropping connection, and a test whose checks had all passed failed for it. Dropping is idempotent (IF EXISTS).
    private static func dropRetrying(_ name: String, on server: PostgresLocation) async throws {
        for attempt in 1...3 {
            do {
                try await PostgresDatabases.drop(name, on: server)
                return
            } catch  where attempt < 3 {
                try await Task.sleep(for: .seconds(attempt))
            }
        }
    }

    /// A store in a new, empty database, closed and dropped after `body`.
    public static func with<T>(_ body: (PostgresStore) async throws -> T) async throws -> T {
        try await withURL { url in
            let store = try await PostgresStore.open(url: url)
            do {
                let value = try await body(store)
                await store.close()
                return value
            } catch {
                await store.close()
                throw error
            }
        }
    }

    /// Why a PostgreSQL test cannot run.
    public struct MissingServer: Error, CustomStringConvertible {
        public var description: String {
            "TRUCE_TEST_DATABASE_URL is not set, so there is no PostgreSQL server to test against: run the tests with scripts/test, "
                + "which starts a throwaway server and sets it, or set TRUCE_SKIP_POSTGRES=1 to leave the PostgreSQL tests out"
        }
    }
}
