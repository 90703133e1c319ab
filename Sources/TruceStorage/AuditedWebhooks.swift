/// Webhook changes that land with their audit entry in one transaction: both are kept, or neither.
///
/// The entry is made from the webhook as it was, read in the same transaction, so it never records a
/// before that another writer had already replaced.
public protocol AuditedWebhooks: AlertStore & AuditLog {
    /// Sets the webhook of `webhook.agreement` (replacing an earlier one) and appends the entry `entry`
    /// makes of the webhook it replaces (nil when there was none).
    func saveWebhook(_ webhook: StoredWebhook, recording entry: @escaping @Sendable (_ before: StoredWebhook?) throws -> AuditEntry) async throws
    /// Removes the webhook of `agreement` and appends the entry `entry` makes of it; when the agreement
    /// has no webhook, does neither and returns false.
    func removeWebhook(agreement: String, recording entry: @escaping @Sendable (_ removed: StoredWebhook) throws -> AuditEntry) async throws -> Bool
}
