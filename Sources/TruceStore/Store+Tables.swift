import GRDB
public import TruceModel
public import TruceStorage

// The SQLite store's tables as plain rows, for copying a store to another backend and back.
extension Store: StoreTables {
    /// Rows read or written per transaction: bounded memory, and few transactions.
    static let tableBatch = 5_000

    public func columns(of table: String) async throws -> [String] {
        try await database.read { db in try db.columns(in: table).map(\.name) }
    }

    public func rowCount(of table: String) async throws -> Int {
        try await database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(Self.quoted(table))") ?? 0 }
    }

    public func readRows(of table: String, columns: [String], _ body: ([[TableValue]]) async throws -> Void) async throws {
        let list = columns.map(Self.quoted).joined(separator: ", ")
        var after: Int64 = .min
        while true {
            // By rowid, a batch at a time, so that memory stays bounded; each batch is its own read.
            let start = after
            let (rows, last) = try await database.read { db -> ([[TableValue]], Int64?) in
                var rows: [[TableValue]] = []
                var last: Int64?
                let cursor = try Row.fetchCursor(
                    db, sql: "SELECT rowid, \(list) FROM \(Self.quoted(table)) WHERE rowid > ? ORDER BY rowid LIMIT ?",
                    arguments: [start, Self.tableBatch])
                while let row = try cursor.next() {
                    last = row[0]
                    rows.append((1...columns.count).map { Self.value(row[$0] as DatabaseValue) })
                }
                return (rows, last)
            }
            guard let last else { return }
            try await body(rows)
            after = last
        }
    }

    /// Loads with references unchecked until the end (a row may name a later one); a load that fails
    /// is undone by removing every row of the record tables, which were empty before it (the audit
    /// log's trigger against removals is set aside for that, and put back as it was).
    public func load(_ body: (any TableLoader) async throws -> Void) async throws {
        try await database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA foreign_keys = OFF") }
        do {
            try await body(Loader(store: self))
            let problems = try await database.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT \"table\" FROM pragma_foreign_key_check") }
            if !problems.isEmpty {
                throw TruceError(.store, "rows of \(problems.joined(separator: ", ")) in \(path) refer to rows that are not there")
            }
        } catch {
            try? await database.write { db in
                let guardTrigger = try String.fetchOne(
                    db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'audit_log_no_delete'")
                if guardTrigger != nil { try db.execute(sql: "DROP TRIGGER audit_log_no_delete") }
                for table in Self.recordTables.reversed() { try db.execute(sql: "DELETE FROM \(Self.quoted(table))") }
                if let guardTrigger { try db.execute(sql: guardTrigger) }
            }
            try? await database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA foreign_keys = ON") }
            throw error
        }
        try await database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA foreign_keys = ON") }
    }

    private struct Loader: TableLoader {
        let store: Store

        func writeRows(
            into table: String, columns: [String], _ rows: (_ emit: ([[TableValue]]) async throws -> Void) async throws -> Void
        ) async throws {
            let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
            let sql = "INSERT INTO \(Store.quoted(table)) (\(columns.map(Store.quoted).joined(separator: ", "))) VALUES (\(marks))"
            try await rows { batch in
                try await store.database.write { db in
                    let statement = try db.cachedStatement(sql: sql)
                    for row in batch { try statement.execute(arguments: StatementArguments(row.map(Store.databaseValue))) }
                }
            }
        }

        func readRows(of table: String, columns: [String], _ body: ([[TableValue]]) async throws -> Void) async throws {
            try await store.readRows(of: table, columns: columns, body)
        }
    }

    private static func value(_ value: DatabaseValue) -> TableValue {
        switch value.storage {
        case .null: .null
        case .int64(let number): .integer(number)
        case .double(let number): .real(number)
        case .string(let text): .text(text)
        case .blob(let data): .text(String(decoding: data, as: UTF8.self))
        }
    }

    private static func databaseValue(_ value: TableValue) -> DatabaseValue {
        switch value {
        case .null: .null
        case .integer(let number): number.databaseValue
        case .real(let number): number.databaseValue
        case .text(let text): text.databaseValue
        }
    }

    private static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
