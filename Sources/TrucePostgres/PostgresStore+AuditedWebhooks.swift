import PostgresNIO
public import TruceStorage

// A webhook change and its entry in one transaction on one connection; the webhook before is read
// FOR UPDATE inside it, so two changes of one agreement's webhook each see the other's result.
extension PostgresStore: AuditedWebhooks {
    public func saveWebhook(
        _ webhook: StoredWebhook, recording entry: @escaping @Sendable (StoredWebhook?) throws -> AuditEntry
    ) async throws {
        try await withTransaction(doing: "save a webhook in") { connection in
            let before = try await storedWebhook(of: webhook.agreement, on: connection)
            try await connection.run(
                """
                INSERT INTO webhooks (agreement, url, saved_at) VALUES (\(webhook.agreement), \(webhook.url), \(webhook.savedAt))
                ON CONFLICT (agreement) DO UPDATE SET url = excluded.url, saved_at = excluded.saved_at
                """, logger: logger)
            _ = try await Self.appendAuditEntry(try entry(before), on: connection, logger: logger, location: location)
        }
    }

    public func removeWebhook(
        agreement: String, recording entry: @escaping @Sendable (StoredWebhook) throws -> AuditEntry
    ) async throws -> Bool {
        try await withTransaction(doing: "remove a webhook from") { connection in
            guard let removed = try await storedWebhook(of: agreement, on: connection) else { return false }
            try await connection.run("DELETE FROM webhooks WHERE agreement = \(agreement)", logger: logger)
            _ = try await Self.appendAuditEntry(try entry(removed), on: connection, logger: logger, location: location)
            return true
        }
    }

    private func storedWebhook(of agreement: String, on connection: PostgresConnection) async throws -> StoredWebhook? {
        let rows = try await connection.query(
            "SELECT agreement, url, saved_at FROM webhooks WHERE agreement = \(agreement) FOR UPDATE", logger: logger)
        for try await (agreement, url, savedAt) in rows.decode((String, String, String).self) {
            return StoredWebhook(agreement: agreement, url: url, savedAt: savedAt)
        }
        return nil
    }
}
