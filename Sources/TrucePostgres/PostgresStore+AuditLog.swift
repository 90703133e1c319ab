import Logging
import PostgresNIO
import TruceModel
public import TruceStorage

// The audit log grows by one short row per write; every call is one statement. The schema's triggers
// refuse changing, removing or truncating an entry, whatever code reaches the database.
extension PostgresStore: AuditLog {
    @discardableResult
    public func appendAuditEntry(_ entry: AuditEntry) async throws -> Int64 {
        try await withConnection(doing: "append to the audit log of") { connection in
            try await Self.appendAuditEntry(entry, on: connection, logger: logger, location: location)
        }
    }

    public func auditEntries(matching filter: AuditFilter, limit: Int, offset: Int) async throws -> [AuditEntry] {
        var conditions = Self.auditConditions(filter)
        let sql =
            "SELECT id, at, actor, action, kind, record_id, before_json, after_json FROM audit_log\(conditions.whereClause) ORDER BY id DESC LIMIT \(conditions.bind(limit)) OFFSET \(conditions.bind(offset))"
        return try await withConnection(doing: "read the audit log of") { connection in
            try await Self.auditEntries(conditions.query(sql), on: connection, logger: logger)
        }
    }

    public func auditEntryCount(matching filter: AuditFilter) async throws -> Int {
        let conditions = Self.auditConditions(filter)
        return try await withConnection(doing: "count the audit log of") { connection in
            try await connection.scalar(
                conditions.query("SELECT count(*)::bigint FROM audit_log\(conditions.whereClause)"), as: Int.self, logger: logger) ?? 0
        }
    }

    public func auditEntry(id: Int64) async throws -> AuditEntry? {
        try await withConnection(doing: "read the audit log of") { connection in
            try await Self.auditEntries(
                "SELECT id, at, actor, action, kind, record_id, before_json, after_json FROM audit_log WHERE id = \(id)", on: connection,
                logger: logger
            ).first
        }
    }

    /// Appends `entry` on `connection` (inside the caller's transaction, when it has one), returning its id.
    static func appendAuditEntry(
        _ entry: AuditEntry, on connection: PostgresConnection, logger: Logger, location: PostgresLocation
    )
        async throws -> Int64
    {
        let id = try await connection.scalar(
            """
            INSERT INTO audit_log (at, actor, action, kind, record_id, before_json, after_json)
            VALUES (\(entry.at), \(entry.actor), \(entry.action), \(entry.kind), \(entry.recordID), \(entry.before), \(entry.after))
            RETURNING id
            """, as: Int64.self, logger: logger)
        guard let id else { throw PostgresStore.missingID("audit entry", location: location) }
        return id
    }

    /// The WHERE clause of `filter`, with its values bound, never spliced; equality compares byte by byte.
    private static func auditConditions(_ filter: AuditFilter) -> SQLConditions {
        var conditions = SQLConditions()
        for (column, value) in [("kind", filter.kind), ("record_id", filter.recordID), ("actor", filter.actor)] {
            guard let value else { continue }
            conditions.add("\(column) = \(conditions.bind(value))")
        }
        return conditions
    }

    private static func auditEntries(_ query: PostgresQuery, on connection: PostgresConnection, logger: Logger) async throws -> [AuditEntry] {
        var entries: [AuditEntry] = []
        let rows = try await connection.query(query, logger: logger)
        for try await (id, at, actor, action, kind, record, before, after) in rows.decode(
            (Int64, String, String, String, String, String, String?, String?).self)
        {
            entries.append(AuditEntry(id: id, at: at, actor: actor, action: action, kind: kind, recordID: record, before: before, after: after))
        }
        return entries
    }
}
