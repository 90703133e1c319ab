public import Foundation
public import TruceModel
public import TruceStorage

/// Sends one alert's JSON to a webhook; the server supplies an HTTP client.
public protocol WebhookSender: Sendable {
    /// POSTs `body` (JSON) to `destination`, connecting to one of its checked addresses and to no other
    /// (never resolving its host again), with the host's name in the `Host` header and, for `https`, in the
    /// TLS server name and the certificate's verification. Redirects are not followed.
    ///
    /// - Throws: when the receiver cannot be reached or answers other than 2xx; the error's description says why in one line.
    func send(_ body: Data, to destination: WebhookDestination) async throws
}

/// What one round of delivery did.
public struct DeliveryReport: Hashable, Sendable {
    /// Alerts a webhook accepted.
    public var delivered = 0
    /// Alerts that failed and will be tried again later.
    public var retrying = 0
    /// Alerts that failed for the last time, or whose agreement no longer has a webhook.
    public var abandoned = 0

    /// A report of these counts.
    public init(delivered: Int = 0, retrying: Int = 0, abandoned: Int = 0) {
        self.delivered = delivered
        self.retrying = retrying
        self.abandoned = abandoned
    }
}

/// Alerts on status changes: webhooks per agreement, detecting the changes new evidence makes,
/// keeping them, and delivering them with retries and growing delays.
///
/// Every front end that changes evidence wraps the change in ``recordingChanges(_:)``; a worker (the
/// server runs one) calls ``deliverDue(with:)`` now and then.
public struct Alerts: Sendable {
    /// Where webhooks and alerts are kept, with the audit log webhook changes are recorded in.
    public let store: any AuditedWebhooks
    /// Assesses the agreements.
    public let app: TruceApp
    /// The agreements to watch.
    public let agreements: AgreementLibrary
    /// Seconds to wait before each retry; after the last, an alert is abandoned.
    public let retryDelays: [Int64]
    /// Which addresses webhooks may go to, checked when one is set and before every delivery.
    public let addresses: WebhookAddressPolicy

    /// The longest webhook URL accepted.
    public static let maximumURLLength = WebhookAddressPolicy.maximumLength

    /// Alerts over `store`, assessing with `app` the agreements of `agreements`, retrying after `retryDelays` seconds
    /// (by default 1 minute, 5 minutes, 30 minutes, 2 hours and 12 hours), sending only to the addresses `addresses` allows
    /// (public ones, by default).
    public init(
        store: any AuditedWebhooks, app: TruceApp, agreements: AgreementLibrary, retryDelays: [Int64] = [60, 300, 1_800, 7_200, 43_200],
        addresses: WebhookAddressPolicy = WebhookAddressPolicy()
    ) {
        self.store = store
        self.app = app
        self.agreements = agreements
        self.retryDelays = retryDelays
        self.addresses = addresses
    }

    /// Sets the webhook of agreement `id` to `url`, recorded in the audit log as `actor`'s (the address
    /// redacted, see ``AuditedWebhook``) in the same transaction.
    ///
    /// - Throws: ``TruceError`` (parameter `agreement`) when no agreement `id` is kept; (`invalidInput`,
    ///   parameter `url`) when ``addresses`` refuses `url` (see ``WebhookAddressPolicy/check(_:acceptingUnresolved:)``).
    public func setWebhook(agreement id: String, url: String, by actor: String) async throws {
        _ = try await agreements.agreement(id: id)
        let url = url.trimmingCharacters(in: .whitespaces)
        try await addresses.check(url, acceptingUnresolved: true)
        let webhook = StoredWebhook(agreement: id, url: url, savedAt: app.clock.timestamp)
        let audit = app.audit
        try await store.saveWebhook(webhook) { before in
            try audit.entry(
                before == nil ? "create" : "update", kind: AuditedWebhook.auditKind, id: id, by: actor, before: before.map(AuditedWebhook.init),
                after: AuditedWebhook(webhook))
        }
    }

    /// Removes the webhook of agreement `id`, recorded in the audit log as `actor`'s in the same
    /// transaction; returns whether there was one (no entry when there was not).
    @discardableResult
    public func removeWebhook(agreement id: String, by actor: String) async throws -> Bool {
        guard AgreementLibrary.isValidID(id) else { return false }
        let audit = app.audit
        return try await store.removeWebhook(agreement: id) { removed in
            try audit.entry(
                "delete", kind: AuditedWebhook.auditKind, id: id, by: actor, before: AuditedWebhook(removed), after: AuditedWebhook?.none)
        }
    }

    /// Every webhook, by agreement.
    public func webhooks() async throws -> [StoredWebhook] { try await store.webhooks() }

    /// The latest `limit` alerts, newest first, of one agreement when `agreement` is given.
    public func recent(agreement: String? = nil, limit: Int = 100) async throws -> [StoredAlert] {
        try await store.alerts(agreement: agreement, limit: max(0, limit))
    }

    /// Runs `change` (an import, a review decision, an evidence write) between two assessments, as of today,
    /// of every agreement that has a webhook, and keeps each status change into violated, overdue, lapsed or
    /// disputed as an alert, due for delivery at once. With no webhook set, it only runs `change`: watching
    /// costs two assessments per agreement, so only agreements someone listens to are watched.
    ///
    /// - Returns: what `change` returned, and the changes kept.
    public func recordingChanges<T: Sendable>(_ change: () async throws -> T) async throws -> (value: T, changes: [StatusChange]) {
        let watched = Set(try await store.webhooks().map(\.agreement))
        guard !watched.isEmpty else { return (try await change(), []) }
        let before = try await assessAll(only: watched)
        let value = try await change()
        let after = try await assessAll(only: watched)
        var changes: [StatusChange] = []
        for assessment in after {
            guard let earlier = before.first(where: { $0.agreement == assessment.agreement && $0.asOf == assessment.asOf }) else { continue }
            changes += StatusChange.changes(from: earlier, to: assessment)
        }
        try await keep(changes)
        return (value, changes)
    }

    /// Keeps `changes` as alerts, due for delivery now where their agreement has a webhook.
    public func keep(_ changes: [StatusChange]) async throws {
        guard !changes.isEmpty else { return }
        let hooked = Set(try await store.webhooks().map(\.agreement))
        let now = Int64(app.clock.now.timeIntervalSince1970)
        for change in changes {
            let payload = try JSONDocument.string(Payload(change: change, detectedAt: app.clock.timestamp))
            _ = try await store.addAlert(
                StoredAlert(
                    id: 0, agreement: change.agreement, provision: change.provision, fromStatus: change.from.rawValue,
                    toStatus: change.to.rawValue, asOf: change.asOf.iso, payload: payload, detectedAt: app.clock.timestamp,
                    nextAttemptAt: hooked.contains(change.agreement) ? now : nil))
        }
    }

    /// Seconds a round of delivery holds the alerts it claimed: no other process sharing the store sends
    /// them in that time; a process that stops mid-round leaves them due again after it. A round sends at
    /// most 100 alerts, each given 10 seconds by the server's sender, so half an hour covers the slowest.
    public static let claimLease: Int64 = 1_800

    /// Sends every alert whose attempt is due to its agreement's webhook through `sender`, recording each
    /// attempt: a failure (an address ``addresses`` now refuses among them) is tried again after the next of
    /// ``retryDelays``, and abandoned after the last. The due alerts are claimed first
    /// (``AlertStore/claimDueAlerts(at:leaseUntil:limit:)``), so servers sharing a store never send the same attempt twice.
    public func deliverDue(with sender: any WebhookSender, limit: Int = 100) async throws -> DeliveryReport {
        let now = Int64(app.clock.now.timeIntervalSince1970)
        let hooks = Dictionary(try await store.webhooks().map { ($0.agreement, $0.url) }, uniquingKeysWith: { a, _ in a })
        var report = DeliveryReport()
        for alert in try await store.claimDueAlerts(at: now, leaseUntil: now + Self.claimLease, limit: limit) {
            let attempts = alert.attempts + 1
            guard let url = hooks[alert.agreement] else {
                try await store.recordAttempt(
                    alert: alert.id, attempts: alert.attempts, deliveredAt: nil, error: "the agreement has no webhook", nextAttemptAt: nil)
                report.abandoned += 1
                continue
            }
            do {
                // Checked again: the name may resolve elsewhere now than when the webhook was set; the
                // sender connects to the addresses of this check, so a later answer cannot redirect it.
                let destination = try await addresses.check(url)
                try await sender.send(Data(alert.payload.utf8), to: destination)
                try await store.recordAttempt(alert: alert.id, attempts: attempts, deliveredAt: app.clock.timestamp, error: nil, nextAttemptAt: nil)
                report.delivered += 1
            } catch {
                let next = attempts <= retryDelays.count ? now + retryDelays[attempts - 1] : nil
                let reason = String(String(describing: error).prefix(300))
                try await store.recordAttempt(alert: alert.id, attempts: attempts, deliveredAt: nil, error: reason, nextAttemptAt: next)
                if next == nil { report.abandoned += 1 } else { report.retrying += 1 }
            }
        }
        return report
    }

    /// Every kept agreement (of those in `only`, when given) assessed as of today (or its signing, if today
    /// comes before it), writing nothing.
    public func assessAll(only: Set<String>? = nil) async throws -> [Assessment] {
        var assessments: [Assessment] = []
        let today = app.clock.today
        for agreement in try await agreements.agreements() where only?.contains(agreement.id) ?? true {
            let asOf = max(today, agreement.signed)
            assessments.append(try await app.assess(AssessmentRequest(agreement: agreement, asOf: asOf, registerActors: false)))
        }
        return assessments
    }

    /// The JSON a webhook receives: the change and when it was detected.
    struct Payload: Encodable {
        var change: StatusChange
        var detectedAt: String

        enum CodingKeys: String, CodingKey {
            case event, change
            case detectedAt = "detected_at"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("provision.status_changed", forKey: .event)
            try container.encode(change, forKey: .change)
            try container.encode(detectedAt, forKey: .detectedAt)
        }
    }
}
