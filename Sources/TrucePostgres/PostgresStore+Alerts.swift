import Logging
import PostgresNIO
public import TruceStorage

// Webhooks and alerts are few and small: every call is one short statement. Servers sharing the database
// deliver from the one table; a claim takes due rows with FOR UPDATE SKIP LOCKED and moves their due time
// in the same statement, so two servers never send the same attempt.
extension PostgresStore: AlertStore {
    public func saveWebhook(_ webhook: StoredWebhook) async throws {
        try await withConnection(doing: "save a webhook in") { connection in
            try await connection.run(
                """
                INSERT INTO webhooks (agreement, url, saved_at) VALUES (\(webhook.agreement), \(webhook.url), \(webhook.savedAt))
                ON CONFLICT (agreement) DO UPDATE SET url = excluded.url, saved_at = excluded.saved_at
                """, logger: logger)
        }
    }

    @discardableResult
    public func removeWebhook(agreement: String) async throws -> Bool {
        try await withConnection(doing: "remove a webhook from") { connection in
            try await connection.scalar("DELETE FROM webhooks WHERE agreement = \(agreement) RETURNING true", as: Bool.self, logger: logger)
                ?? false
        }
    }

    public func webhooks() async throws -> [StoredWebhook] {
        try await withConnection(doing: "read the webhooks of") { connection in
            var hooks: [StoredWebhook] = []
            let rows = try await connection.query("SELECT agreement, url, saved_at FROM webhooks ORDER BY agreement", logger: logger)
            for try await (agreement, url, savedAt) in rows.decode((String, String, String).self) {
                hooks.append(StoredWebhook(agreement: agreement, url: url, savedAt: savedAt))
            }
            return hooks
        }
    }

    public func addAlert(_ alert: StoredAlert) async throws -> Int64 {
        try await withConnection(doing: "keep an alert in") { connection in
            let id = try await connection.scalar(
                """
                INSERT INTO alerts (agreement, provision, from_status, to_status, as_of, payload, detected_at, attempts,
                    delivered_at, last_error, next_attempt_at)
                VALUES (\(alert.agreement), \(alert.provision), \(alert.fromStatus), \(alert.toStatus), \(alert.asOf), \(alert.payload),
                    \(alert.detectedAt), \(alert.attempts), \(alert.deliveredAt), \(alert.lastError), \(alert.nextAttemptAt))
                RETURNING id
                """, as: Int64.self, logger: logger)
            guard let id else { throw Self.missingID("alert", location: location) }
            return id
        }
    }

    public func alerts(agreement: String?, limit: Int) async throws -> [StoredAlert] {
        if let agreement {
            return try await alerts(
                "SELECT \(unescaped: Self.alertColumns) FROM alerts WHERE agreement = \(agreement) ORDER BY id DESC LIMIT \(limit)")
        }
        return try await alerts("SELECT \(unescaped: Self.alertColumns) FROM alerts ORDER BY id DESC LIMIT \(limit)")
    }

    public func alertsDue(at now: Int64, limit: Int) async throws -> [StoredAlert] {
        try await alerts(
            """
            SELECT \(unescaped: Self.alertColumns) FROM alerts WHERE next_attempt_at IS NOT NULL AND next_attempt_at <= \(now)
            ORDER BY id LIMIT \(limit)
            """)
    }

    public func claimDueAlerts(at now: Int64, leaseUntil: Int64, limit: Int) async throws -> [StoredAlert] {
        // The CTE reads each claimed row as it was before the UPDATE moved its due time.
        try await alerts(
            """
            WITH claimed AS (
                SELECT \(unescaped: Self.alertColumns) FROM alerts WHERE next_attempt_at IS NOT NULL AND next_attempt_at <= \(now)
                ORDER BY id LIMIT \(limit) FOR UPDATE SKIP LOCKED),
            moved AS (UPDATE alerts SET next_attempt_at = \(leaseUntil) FROM claimed WHERE alerts.id = claimed.id RETURNING alerts.id)
            SELECT claimed.* FROM claimed JOIN moved ON moved.id = claimed.id ORDER BY claimed.id
            """)
    }

    public func recordAttempt(alert id: Int64, attempts: Int, deliveredAt: String?, error: String?, nextAttemptAt: Int64?) async throws {
        try await withConnection(doing: "record a webhook attempt in") { connection in
            try await connection.run(
                """
                UPDATE alerts SET attempts = \(attempts), delivered_at = \(deliveredAt), last_error = \(error), next_attempt_at = \(nextAttemptAt)
                WHERE id = \(id)
                """, logger: logger)
        }
    }

    private static let alertColumns =
        "id, agreement, provision, from_status, to_status, as_of, payload, detected_at, attempts, delivered_at, last_error, next_attempt_at"

    private func alerts(_ query: PostgresQuery) async throws -> [StoredAlert] {
        try await withConnection(doing: "read the alerts of") { connection in
            var alerts: [StoredAlert] = []
            let rows = try await connection.query(query, logger: logger)
            for try await (id, agreement, provision, from, to, asOf, payload, detectedAt, attempts, deliveredAt, lastError, next) in rows.decode(
                (Int64, String, String, String, String, String, String, String, Int, String?, String?, Int64?).self)
            {
                alerts.append(
                    StoredAlert(
                        id: id, agreement: agreement, provision: provision, fromStatus: from, toStatus: to, asOf: asOf, payload: payload,
                        detectedAt: detectedAt, attempts: attempts, deliveredAt: deliveredAt, lastError: lastError, nextAttemptAt: next))
            }
            return alerts
        }
    }
}
