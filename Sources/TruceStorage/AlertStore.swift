/// The webhook an agreement's status changes are sent to.
public struct StoredWebhook: Hashable, Sendable {
    /// The agreement's id.
    public var agreement: String
    /// An `http` or `https` URL.
    public var url: String
    /// When it was set, ISO 8601.
    public var savedAt: String

    /// A webhook of `agreement` at `url`, set at `savedAt`.
    public init(agreement: String, url: String, savedAt: String) {
        self.agreement = agreement
        self.url = url
        self.savedAt = savedAt
    }
}

/// A provision's status change, kept as it was detected, with its delivery to the agreement's webhook.
public struct StoredAlert: Hashable, Sendable {
    /// Assigned by the store, increasing.
    public var id: Int64
    /// The agreement's id.
    public var agreement: String
    /// The provision's id.
    public var provision: String
    /// The status before the change (`pending`, ...).
    public var fromStatus: String
    /// The status after the change (`violated`, `overdue`, `lapsed` or `disputed`).
    public var toStatus: String
    /// The day the assessments were made as of, YYYY-MM-DD.
    public var asOf: String
    /// The JSON document a webhook receives.
    public var payload: String
    /// When the change was detected, ISO 8601.
    public var detectedAt: String
    /// Delivery attempts so far.
    public var attempts: Int
    /// When a webhook accepted it, ISO 8601; nil while it is not delivered.
    public var deliveredAt: String?
    /// Why the last attempt failed, in one line.
    public var lastError: String?
    /// When the next attempt is due, seconds since 1970; nil when delivered, given up, or no webhook was set.
    public var nextAttemptAt: Int64?

    /// An alert with every field given.
    public init(
        id: Int64, agreement: String, provision: String, fromStatus: String, toStatus: String, asOf: String, payload: String,
        detectedAt: String, attempts: Int = 0, deliveredAt: String? = nil, lastError: String? = nil, nextAttemptAt: Int64? = nil
    ) {
        self.id = id
        self.agreement = agreement
        self.provision = provision
        self.fromStatus = fromStatus
        self.toStatus = toStatus
        self.asOf = asOf
        self.payload = payload
        self.detectedAt = detectedAt
        self.attempts = attempts
        self.deliveredAt = deliveredAt
        self.lastError = lastError
        self.nextAttemptAt = nextAttemptAt
    }
}

/// Webhooks per agreement and the status changes detected, with their delivery state.
///
/// Alerts are never deleted: they are the record of what the monitors were told and when.
public protocol AlertStore: Sendable {
    /// Sets the webhook of `agreement` to `url`, replacing an earlier one.
    func saveWebhook(_ webhook: StoredWebhook) async throws
    /// Removes the webhook of `agreement`; returns whether there was one.
    @discardableResult
    func removeWebhook(agreement: String) async throws -> Bool
    /// Every webhook, by agreement id.
    func webhooks() async throws -> [StoredWebhook]
    /// Keeps `alert` (its `id` is ignored) and returns the id assigned.
    func addAlert(_ alert: StoredAlert) async throws -> Int64
    /// The latest `limit` alerts, newest first; of one agreement when `agreement` is given.
    func alerts(agreement: String?, limit: Int) async throws -> [StoredAlert]
    /// Alerts whose next attempt is due at or before `now` (seconds since 1970), oldest first, at most `limit`.
    func alertsDue(at now: Int64, limit: Int) async throws -> [StoredAlert]
    /// Claims up to `limit` alerts whose next attempt is due at or before `now` (seconds since 1970), oldest
    /// first, for one delivery attempt: their next attempt moves to `leaseUntil`, so that no other process
    /// sharing the store claims them before then, and they come back as they were before the claim. The
    /// claimer records the attempt (``recordAttempt(alert:attempts:deliveredAt:error:nextAttemptAt:)``); one
    /// that stops first leaves them due again at `leaseUntil`.
    func claimDueAlerts(at now: Int64, leaseUntil: Int64, limit: Int) async throws -> [StoredAlert]
    /// Records an attempt at delivering alert `id`: the attempts so far, when it was delivered (nil if not),
    /// the error, and when to try next (nil for never).
    func recordAttempt(alert id: Int64, attempts: Int, deliveredAt: String?, error: String?, nextAttemptAt: Int64?) async throws
}
