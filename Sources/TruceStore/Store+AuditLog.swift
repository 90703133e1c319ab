import GRDB
public import TruceStorage

// The audit log grows by one short row per write; every call is one statement on the caller's task.
extension Store: AuditLog {
    @discardableResult
    public func appendAuditEntry(_ entry: AuditEntry) async throws -> Int64 {
        try onCallersTask { try database.write { db in try Self.appendAuditEntry(entry, in: db) } }
    }

    static func appendAuditEntry(_ entry: AuditEntry, in db: Database) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO audit_log (at, actor, action, kind, record_id, before_json, after_json)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [entry.at, entry.actor, entry.action, entry.kind, entry.recordID, entry.before, entry.after])
        return db.lastInsertedRowID
    }

    public func auditEntries(matching filter: AuditFilter, limit: Int, offset: Int) async throws -> [AuditEntry] {
        let (condition, arguments) = Self.auditCondition(filter)
        return try onCallersTask {
            try database.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT * FROM audit_log\(condition) ORDER BY id DESC LIMIT ? OFFSET ?",
                    arguments: arguments + [limit, offset]
                ).map(Self.auditEntry)
            }
        }
    }

    public func auditEntryCount(matching filter: AuditFilter) async throws -> Int {
        let (condition, arguments) = Self.auditCondition(filter)
        return try onCallersTask {
            try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit_log\(condition)", arguments: arguments) ?? 0 }
        }
    }

    public func auditEntry(id: Int64) async throws -> AuditEntry? {
        try onCallersTask {
            try database.read { db in try Row.fetchOne(db, sql: "SELECT * FROM audit_log WHERE id = ?", arguments: [id]).map(Self.auditEntry) }
        }
    }

    /// The WHERE clause of `filter`, with its values bound, never spliced.
    private static func auditCondition(_ filter: AuditFilter) -> (String, StatementArguments) {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        for (column, value) in [("kind", filter.kind), ("record_id", filter.recordID), ("actor", filter.actor)] {
            guard let value else { continue }
            clauses.append("\(column) = ?")
            arguments += [value]
        }
        return (clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND "), arguments)
    }

    private static func auditEntry(_ row: Row) -> AuditEntry {
        AuditEntry(
            id: row["id"], at: row["at"], actor: row["actor"], action: row["action"], kind: row["kind"], recordID: row["record_id"],
            before: row["before_json"], after: row["after_json"])
    }
}

/// Runs `body` synchronously, choosing GRDB's blocking calls over its async ones inside an async method.
private func onCallersTask<T>(_ body: () throws -> T) rethrows -> T { try body() }
