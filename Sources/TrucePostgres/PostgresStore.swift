import Foundation
import Logging
public import PostgresNIO
public import TruceModel

/// Truce's store in a PostgreSQL database: the storage of the application core when Truce runs
/// past one machine. Several processes may use one database at once; each import, review decision
/// and migration is one transaction.
///
/// Open it with ``open(_:)``, and ``close()`` it when done (its connection pool runs in a task
/// of its own until then).
public final class PostgresStore: Sendable {
    /// Where the store lives (without its password when shown).
    public let location: PostgresLocation
    let client: PostgresClient
    let logger: Logger
    private let runner: Task<Void, Never>

    private init(location: PostgresLocation, client: PostgresClient, logger: Logger) {
        self.location = location
        self.client = client
        self.logger = logger
        runner = Task { await client.run() }
    }

    deinit { runner.cancel() }

    /// Connects to the database at `location`, checks that it is a Truce store (or empty), and
    /// migrates it to this version's schema.
    ///
    /// - Parameter migrations: how far to migrate, for tests of upgrades; nil migrates fully.
    /// - Throws: ``TruceError`` (`store`) naming what failed — the server cannot be reached, the
    ///   password is wrong, the database does not exist or is another application's, or the store
    ///   was made by a newer Truce — and what to do about it.
    public static func open(_ location: PostgresLocation, migrations: String? = nil) async throws -> PostgresStore {
        var logger = Logger(label: "truce.postgres")
        logger.logLevel = .critical
        // A first, single connection tells a refused connection or a wrong password at once: the pool
        // would keep retrying them until its timeout.
        do {
            let connection = try await PostgresConnection.connect(
                configuration: connectionConfiguration(location), id: 0, logger: logger)
            try? await connection.close()
        } catch {
            throw PostgresErrors.translate(error, location: location, doing: "connect to")
        }
        let client = PostgresClient(configuration: try clientConfiguration(location), backgroundLogger: logger)
        let store = PostgresStore(location: location, client: client, logger: logger)
        do {
            try await PostgresMigrator(store: store).migrate(upTo: migrations)
        } catch {
            await store.close()
            throw error
        }
        return store
    }

    /// Opens the store at `url` (`postgres://user:password@host:port/database`).
    public static func open(url: String) async throws -> PostgresStore {
        try await open(PostgresLocation(url: url))
    }

    /// Stops the connection pool; the store cannot be used afterwards.
    public func close() async {
        runner.cancel()
        _ = await runner.result
    }

    private static func tls(_ location: PostgresLocation) throws -> PostgresClient.Configuration.TLS {
        switch location.tls {
        case .disable: return .disable
        case .prefer: return .prefer(.makeClientConfiguration())
        case .require: return .require(.makeClientConfiguration())
        }
    }

    static func connectionConfiguration(_ location: PostgresLocation) throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS
        switch location.tls {
        case .disable: tls = .disable
        case .prefer: tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case .require: tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
        var configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password, database: location.database,
            tls: tls)
        configuration.options.connectTimeout = .seconds(10)
        return configuration
    }

    private static func clientConfiguration(_ location: PostgresLocation) throws -> PostgresClient.Configuration {
        var configuration = PostgresClient.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password, database: location.database,
            tls: try tls(location))
        configuration.options.maximumConnections = 8
        return configuration
    }

    /// Runs `body` on one connection of the pool, translating the database's errors into ``TruceError``s.
    func withConnection<T>(doing: String, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withConnection { connection in try await body(connection) }
        } catch  where PostgresErrors.isDatabaseError(error) {
            throw PostgresErrors.translate(error, location: location, doing: doing)
        }
    }

    /// Runs `body` in one transaction: it commits when `body` returns and rolls back when it throws.
    func withTransaction<T>(doing: String, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await withConnection(doing: doing) { connection in
            try await connection.query("BEGIN", logger: logger)
            do {
                let value = try await body(connection)
                try await connection.query("COMMIT", logger: logger)
                return value
            } catch {
                // When the connection is gone (the server went away) the server has rolled back on its own, and a
                // ROLLBACK sent on the closed connection would wait forever (postgres-nio 1.33 never answers it).
                if !connection.isClosed, !PostgresErrors.isConnectionLost(error) {
                    await Self.rollBack(on: connection, within: Self.rollbackTimeout, logger: logger)
                }
                throw error
            }
        }
    }

    /// How long a ROLLBACK may go unanswered before its connection is given up: a live server answers
    /// one at once, whatever the transaction wrote.
    static let rollbackTimeout: TimeAmount = .seconds(30)

    /// Sends ROLLBACK on `connection` and waits at most `limit` for the answer; returns whether it came.
    ///
    /// A connection can close between the check that it is open and the ROLLBACK (a server that crashed
    /// or was stopped sends its FATAL error first and closes a moment later), and postgres-nio 1.33 drops a
    /// query written to a closed channel without ever answering it: awaited plainly, the failed import
    /// would then wait forever with no CPU and no error. Past `limit` the connection is closed (the
    /// server rolls back whatever it had) and the caller goes on with the error it is handling.
    @discardableResult
    static func rollBack(on connection: PostgresConnection, within limit: TimeAmount, logger: Logger) async -> Bool {
        let eventLoop = connection.eventLoop
        let answer = eventLoop.makePromise(of: Bool.self)
        let sent: EventLoopFuture<PostgresQueryResult> = connection.query("ROLLBACK", logger: logger)
        sent.whenComplete { _ in answer.succeed(true) }
        let deadline = eventLoop.scheduleTask(in: limit) { answer.succeed(false) }
        // The promise takes the first of the two; the other's completion is a no-op.
        let answered = (try? await answer.futureResult.get()) ?? false
        deadline.cancel()
        if !answered {
            logger.warning("postgres.rollback_unanswered", metadata: ["postgres.connection": "\(connection.id)"])
            try? await connection.close()
        }
        return answered
    }
}
