import GRDB
public import TruceStorage

// Webhooks and alerts are few and small: every call is one short statement, through GRDB's async API.
extension Store: AlertStore {
    public func saveWebhook(_ webhook: StoredWebhook) async throws {
        try await writeAsync { db in
            try db.execute(
                sql: """
                    INSERT INTO webhooks (agreement, url, saved_at) VALUES (?, ?, ?)
                    ON CONFLICT(agreement) DO UPDATE SET url = excluded.url, saved_at = excluded.saved_at
                    """,
                arguments: [webhook.agreement, webhook.url, webhook.savedAt])
        }
    }

    @discardableResult
    public func removeWebhook(agreement: String) async throws -> Bool {
        try await writeAsync { db in
            try db.execute(sql: "DELETE FROM webhooks WHERE agreement = ?", arguments: [agreement])
            return db.changesCount > 0
        }
    }

    public func webhooks() async throws -> [StoredWebhook] {
        try await readAsync { db in
            try Row.fetchAll(db, sql: "SELECT * FROM webhooks ORDER BY agreement").map {
                StoredWebhook(agreement: $0["agreement"], url: $0["url"], savedAt: $0["saved_at"])
            }
        }
    }

    public func addAlert(_ alert: StoredAlert) async throws -> Int64 {
        try await writeAsync { db in
            try db.execute(
                sql: """
                    INSERT INTO alerts (agreement, provision, from_status, to_status, as_of, payload, detected_at, attempts,
                        delivered_at, last_error, next_attempt_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    alert.agreement, alert.provision, alert.fromStatus, alert.toStatus, alert.asOf, alert.payload, alert.detectedAt,
                    alert.attempts, alert.deliveredAt, alert.lastError, alert.nextAttemptAt,
                ])
            return db.lastInsertedRowID
        }
    }

    public func alerts(agreement: String?, limit: Int) async throws -> [StoredAlert] {
        try await readAsync { db in
            if let agreement {
                return try Row.fetchAll(
                    db, sql: "SELECT * FROM alerts WHERE agreement = ? ORDER BY id DESC LIMIT ?", arguments: [agreement, limit]
                ).map(Self.alert)
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM alerts ORDER BY id DESC LIMIT ?", arguments: [limit]).map(Self.alert)
        }
    }

    public func alertsDue(at now: Int64, limit: Int) async throws -> [StoredAlert] {
        try await readAsync { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM alerts WHERE next_attempt_at IS NOT NULL AND next_attempt_at <= ? ORDER BY id LIMIT ?",
                arguments: [now, limit]
            ).map(Self.alert)
        }
    }

    public func claimDueAlerts(at now: Int64, leaseUntil: Int64, limit: Int) async throws -> [StoredAlert] {
        // One write transaction: SQLite's single writer makes the read and the move of the due time atomic.
        try await writeAsync { db in
            let due = try Row.fetchAll(
                db, sql: "SELECT * FROM alerts WHERE next_attempt_at IS NOT NULL AND next_attempt_at <= ? ORDER BY id LIMIT ?",
                arguments: [now, limit]
            ).map(Self.alert)
            for alert in due {
                try db.execute(sql: "UPDATE alerts SET next_attempt_at = ? WHERE id = ?", arguments: [leaseUntil, alert.id])
            }
            return due
        }
    }

    public func recordAttempt(alert id: Int64, attempts: Int, deliveredAt: String?, error: String?, nextAttemptAt: Int64?) async throws {
        try await writeAsync { db in
            try db.execute(
                sql: "UPDATE alerts SET attempts = ?, delivered_at = ?, last_error = ?, next_attempt_at = ? WHERE id = ?",
                arguments: [attempts, deliveredAt, error, nextAttemptAt, id])
        }
    }

    // GRDB's async calls: a blocking one would hold a cooperative thread while an import keeps the writer.
    private func writeAsync<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await database.write(body)
    }
    private func readAsync<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await database.read(body)
    }

    private static func alert(_ row: Row) -> StoredAlert {
        StoredAlert(
            id: row["id"], agreement: row["agreement"], provision: row["provision"], fromStatus: row["from_status"],
            toStatus: row["to_status"], asOf: row["as_of"], payload: row["payload"], detectedAt: row["detected_at"], attempts: row["attempts"],
            deliveredAt: row["delivered_at"], lastError: row["last_error"], nextAttemptAt: row["next_attempt_at"])
    }
}
