import GRDB
public import TruceStorage

// A webhook change and its entry in one GRDB write transaction; the webhook before is read inside it.
extension Store: AuditedWebhooks {
    public func saveWebhook(
        _ webhook: StoredWebhook, recording entry: @escaping @Sendable (StoredWebhook?) throws -> AuditEntry
    ) async throws {
        try await database.write { db in
            let before = try Self.webhook(of: webhook.agreement, in: db)
            try db.execute(
                sql: """
                    INSERT INTO webhooks (agreement, url, saved_at) VALUES (?, ?, ?)
                    ON CONFLICT(agreement) DO UPDATE SET url = excluded.url, saved_at = excluded.saved_at
                    """,
                arguments: [webhook.agreement, webhook.url, webhook.savedAt])
            _ = try Self.appendAuditEntry(try entry(before), in: db)
        }
    }

    public func removeWebhook(
        agreement: String, recording entry: @escaping @Sendable (StoredWebhook) throws -> AuditEntry
    ) async throws -> Bool {
        try await database.write { db in
            guard let removed = try Self.webhook(of: agreement, in: db) else { return false }
            try db.execute(sql: "DELETE FROM webhooks WHERE agreement = ?", arguments: [agreement])
            _ = try Self.appendAuditEntry(try entry(removed), in: db)
            return true
        }
    }

    private static func webhook(of agreement: String, in db: Database) throws -> StoredWebhook? {
        try Row.fetchOne(db, sql: "SELECT * FROM webhooks WHERE agreement = ?", arguments: [agreement]).map {
            StoredWebhook(agreement: $0["agreement"], url: $0["url"], savedAt: $0["saved_at"])
        }
    }
}
