/// One cell of a store's table, as every backend can hold it.
public enum TableValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
}

/// A store's tables as rows of plain values: for moving a whole store, history, snapshots and
/// review queue included, from one backend to another without loss (see `StoreCopy` in TruceCore).
public protocol StoreTables: Sendable {
    /// The tables a store keeps its records in, each after the tables it refers to.
    static var recordTables: [String] { get }
    /// The columns of `table`, in the store's order; empty when the store has no such table.
    func columns(of table: String) async throws -> [String]
    /// The number of rows of `table`.
    func rowCount(of table: String) async throws -> Int
    /// Calls `body` with the rows of `table` (the values of `columns`, in that order), a batch at a time,
    /// holding one batch in memory; any order of rows.
    func readRows(of table: String, columns: [String], _ body: ([[TableValue]]) async throws -> Void) async throws
    /// Fills this store, which holds no records, in one go: `body` writes the tables through the
    /// loader (each after those it refers to) and may read them back through it. The load lands
    /// when `body` returns and every reference between rows holds; when either fails, nothing of it
    /// is kept.
    func load(_ body: (any TableLoader) async throws -> Void) async throws
}

/// Writes and reads tables during ``StoreTables/load(_:)``.
public protocol TableLoader {
    /// Writes the rows `rows` produces (calling `emit` with each batch) into `table`, ids kept.
    func writeRows(
        into table: String, columns: [String], _ rows: (_ emit: ([[TableValue]]) async throws -> Void) async throws -> Void
    ) async throws
    /// Calls `body` with the rows written so far, as ``StoreTables/readRows(of:columns:_:)`` does.
    func readRows(of table: String, columns: [String], _ body: ([[TableValue]]) async throws -> Void) async throws
}

extension StoreTables {
    /// The tables of the SQLite store and the PostgreSQL store alike.
    public static var recordTables: [String] {
        [
            "snapshots", "events", "event_history", "actors", "actor_aliases", "actor_codes", "sources", "observations", "claims",
            "record_history", "event_deletions", "articles", "candidate_clusters", "candidates", "review_actions", "agreements", "users",
            "sessions", "failed_logins", "webhooks", "alerts", "audit_log", "api_tokens",
        ]
    }
}
