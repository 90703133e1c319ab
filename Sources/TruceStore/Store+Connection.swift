import GRDB

// The storage protocols are async; the store's operations are written once, synchronously, as
// GRDB `read`/`write` blocks. The async conformance (Store+Storage.swift) runs each operation
// inside GRDB's own async `read`/`write`, which suspends the caller and does the work on
// GRDB's queues, so no thread of Swift's cooperative pool is blocked. Inside, the operation's
// own `read`/`write` blocks find the connection GRDB gave and run on it directly: GRDB's
// methods are not reentrant, and this keeps every operation one transaction either way.

extension Store {
    /// The connection of the GRDB block an async call runs in, for the operations it calls.
    @TaskLocal static var connection: Connection?

    /// A GRDB connection, carried to the operations an async call runs (they run on the one
    /// thread GRDB gives the block, and never outlive it).
    final class Connection: @unchecked Sendable {
        let db: Database
        init(_ db: Database) { self.db = db }
    }

    /// Runs `body` in a read transaction: the async call's connection when there is one, else a reader of the pool.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        if let connection = Self.connection { return try body(connection.db) }
        return try database.read(body)
    }

    /// Runs `body` in a write transaction: the async call's connection when there is one, else the writer.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        if let connection = Self.connection { return try body(connection.db) }
        return try database.write(body)
    }

    /// Runs a reading operation of the store through GRDB's async `read`, off the cooperative pool.
    func reading<T: Sendable>(_ operation: @escaping @Sendable (Store) throws -> T) async throws -> T {
        let store = self
        return try await database.read { db in
            try Self.$connection.withValue(Connection(db)) { try operation(store) }
        }
    }

    /// Runs a writing operation of the store through GRDB's async `write` (one transaction), off the cooperative pool.
    func writing<T: Sendable>(_ operation: @escaping @Sendable (Store) throws -> T) async throws -> T {
        let store = self
        return try await database.write { db in
            try Self.$connection.withValue(Connection(db)) { try operation(store) }
        }
    }
}
