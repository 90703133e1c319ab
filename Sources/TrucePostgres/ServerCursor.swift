import Logging
import PostgresNIO

/// Reads a query's rows a batch at a time through a cursor on the server, so that a reader that stops
/// early stops the query too.
///
/// Why not one streamed query: when its consumer leaves, postgres-nio 1.33 does not cancel the query but
/// drains it, reading and dropping every remaining row (a million events' worth after `| head -1` or a
/// client that hung up), with the server's statement active and the connection busy until the last one.
/// A cursor is read with one `FETCH` per batch, each batch taken whole before the reader sees it, so a
/// stop leaves nothing in flight, and the rollback that ends the transaction closes the cursor at once.
///
/// PostgreSQL runs a cursor's query on the snapshot taken when it is declared, so every batch shows the
/// state of the store at the first one, as the one streamed query did.
enum ServerCursor {
    /// How many rows one `FETCH` asks for unless told otherwise: small enough to read and drop in a
    /// moment after a stop, large enough that the round trips cost nothing beside the rows.
    static let defaultBatch = 1_000

    private static let name = "truce_rows"

    /// Declares the cursor for `query` on `connection`, which must be in a transaction (the cursor lives
    /// until it ends), and calls `body` with each batch of at most `batch` rows (never an empty one)
    /// until the rows run out or `body` throws; returns how many rows were read.
    ///
    /// The planner is told that every row will be read (`cursor_tuple_fraction`), so the cursor runs the
    /// plan the same query would run on its own rather than one tuned for the first rows.
    static func read(
        _ query: PostgresQuery, batch: Int = defaultBatch, on connection: PostgresConnection, logger: Logger,
        _ body: ([PostgresRow]) async throws -> Void
    ) async throws -> Int {
        let batch = max(1, batch)
        try await connection.query("SET LOCAL cursor_tuple_fraction = 1.0", logger: logger)
        try await connection.query(
            PostgresQuery(unsafeSQL: "DECLARE \(name) NO SCROLL CURSOR FOR " + query.sql, binds: query.binds), logger: logger)
        let fetch = PostgresQuery(unsafeSQL: "FETCH FORWARD \(batch) FROM \(name)")
        var count = 0
        var rows: [PostgresRow] = []
        rows.reserveCapacity(batch)
        while true {
            // The whole batch is taken before `body` sees it: a stop inside `body` leaves no rows to drain.
            for try await row in try await connection.query(fetch, logger: logger) { rows.append(row) }
            guard !rows.isEmpty else { return count }
            count += rows.count
            do {
                try await body(rows)
            } catch {
                throw ReaderStopped(error: error)
            }
            guard rows.count == batch else { return count }
            rows.removeAll(keepingCapacity: true)
        }
    }

    /// What the reader of the rows threw, carried apart from the database's own errors: a client that
    /// hung up throws NIO's `IOError` or `ChannelError` too, which must not read as a lost connection to
    /// the database (that would skip the rollback and blame the store).
    struct ReaderStopped: Error {
        var error: any Error
    }
}
