import Logging
import PostgresNIO
import TruceModel

/// How a transaction that changes evidence records its snapshot.
///
/// Such transactions (imports, review decisions, article runs) take turns, under one advisory lock
/// held to their end, and each numbers its snapshot one past the last: so a snapshot's number is
/// its place in commit order, the evidence "as of N" never changes once N is visible, and the
/// numbers have no gaps, as on SQLite (a sequence would skip the number of a rolled-back import).
/// Readers never wait for the lock.
enum SnapshotNumbering {
    /// The advisory lock's key: "TRCEEVID" as a number, so that other applications' locks do not collide with it.
    static let writerLock: Int64 = 0x5452_4345_4556_4944

    /// Takes the writers' turn and inserts the snapshot row, returning its number.
    static func insert(
        source: String, file: String, fileHash: String, importedAt: String, read: Int = 0, stored: Int = 0, on connection: PostgresConnection,
        logger: Logger
    ) async throws -> Int64 {
        try await connection.run("SELECT pg_advisory_xact_lock(\(writerLock))", logger: logger)
        guard
            let id = try await connection.scalar(
                """
                INSERT INTO snapshots (id, source, file_name, file_hash, imported_at, rows_read, stored)
                SELECT coalesce(max(id), 0) + 1, \(source), \(file), \(fileHash), \(importedAt), \(read), \(stored) FROM snapshots
                RETURNING id
                """, as: Int64.self, logger: logger)
        else { throw TruceError(.store, "the server recorded no snapshot for \(file)") }
        return id
    }
}
