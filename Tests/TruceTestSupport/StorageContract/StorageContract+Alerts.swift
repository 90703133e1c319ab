public import TruceStorage

extension StorageContract {
    /// A named check of an ``AlertStore`` (with the agreements its webhooks belong to).
    public struct AlertCheck: Sendable, CustomStringConvertible {
        public let name: String
        public let run: @Sendable (any AlertStore & AgreementStore) async throws -> Void
        public var description: String { name }
    }

    /// Every check of the alerts part of the contract; a backend runs them on a fresh, empty store.
    public static let alerts: [AlertCheck] = [
        AlertCheck(name: "webhooks are set, replaced, listed and removed with their agreement", run: webhooksAreSetReplacedAndRemoved),
        AlertCheck(name: "alerts are kept, listed newest first and record their attempts", run: alertsAreKeptListedAndAttempted),
        AlertCheck(name: "due alerts are claimed once until their lease ends", run: dueAlertsAreClaimedOnce),
    ]

    static func alert(_ agreement: String, _ provision: String, due: Int64?) -> StoredAlert {
        StoredAlert(
            id: 0, agreement: agreement, provision: provision, fromStatus: "pending", toStatus: "violated", asOf: "2020-03-04",
            payload: #"{"event":"provision.status_changed"}"#, detectedAt: stamp, nextAttemptAt: due)
    }

    static func webhooksAreSetReplacedAndRemoved(_ store: any AlertStore & AgreementStore) async throws {
        try await store.saveAgreement(id: "doha", yaml: "id: doha", savedAt: stamp)
        try await store.saveAgreement(id: "karabakh", yaml: "id: karabakh", savedAt: stamp)
        try require(try await store.webhooks().isEmpty, "a new store has no webhook")
        try await store.saveWebhook(StoredWebhook(agreement: "karabakh", url: "https://example.org/k", savedAt: stamp))
        try await store.saveWebhook(StoredWebhook(agreement: "doha", url: "https://example.org/a", savedAt: stamp))
        try await store.saveWebhook(StoredWebhook(agreement: "doha", url: "https://example.org/b", savedAt: "2026-02-02T00:00:00Z"))
        let hooks = try await store.webhooks()
        try require(hooks.map(\.agreement) == ["doha", "karabakh"], "one webhook per agreement, by agreement: \(hooks)")
        try require(
            hooks.first?.url == "https://example.org/b" && hooks.first?.savedAt == "2026-02-02T00:00:00Z", "saving again replaces: \(hooks)")
        try require(try await store.removeWebhook(agreement: "doha"), "removing a webhook says it was there")
        try require(try await store.removeWebhook(agreement: "doha") == false, "removing it again changes nothing")
        try await store.deleteAgreement(id: "karabakh")
        try require(try await store.webhooks().isEmpty, "an agreement's webhook goes with it")
    }

    static func alertsAreKeptListedAndAttempted(_ store: any AlertStore & AgreementStore) async throws {
        let first = try await store.addAlert(alert("doha", "P1", due: 100))
        let second = try await store.addAlert(alert("karabakh", "K1", due: nil))
        let third = try await store.addAlert(alert("doha", "P2", due: 200))
        try require(first < second && second < third, "ids ascend: \(first), \(second), \(third)")
        let all = try await store.alerts(agreement: nil, limit: 10)
        try require(all.map(\.id) == [third, second, first], "newest first: \(all.map(\.id))")
        try require(all.last == alert("doha", "P1", due: 100).with(id: first), "an alert comes back as kept: \(String(describing: all.last))")
        try require(try await store.alerts(agreement: "doha", limit: 1).map(\.id) == [third], "one agreement's, limited")
        try require(try await store.alertsDue(at: 150, limit: 10).map(\.id) == [first], "due at a time: only those due by then, with a webhook")
        try require(try await store.alertsDue(at: 500, limit: 10).map(\.id) == [first, third], "due, oldest first")
        try await store.recordAttempt(alert: first, attempts: 1, deliveredAt: nil, error: "503 from the receiver", nextAttemptAt: 400)
        try await store.recordAttempt(alert: third, attempts: 1, deliveredAt: "2026-01-01T00:01:00Z", error: nil, nextAttemptAt: nil)
        let failed = try await store.alerts(agreement: "doha", limit: 10).first { $0.id == first }
        try require(
            failed?.attempts == 1 && failed?.lastError == "503 from the receiver" && failed?.nextAttemptAt == 400 && failed?.deliveredAt == nil,
            "a failed attempt is recorded: \(String(describing: failed))")
        let delivered = try await store.alerts(agreement: "doha", limit: 10).first { $0.id == third }
        try require(
            delivered?.deliveredAt == "2026-01-01T00:01:00Z" && delivered?.nextAttemptAt == nil,
            "a delivery is recorded: \(String(describing: delivered))")
        try require(try await store.alertsDue(at: 500, limit: 10).map(\.id) == [first], "a delivered alert is no longer due")
    }

    static func dueAlertsAreClaimedOnce(_ store: any AlertStore & AgreementStore) async throws {
        var ids: [Int64] = []
        for number in 1...20 { ids.append(try await store.addAlert(alert("doha", "P\(number)", due: Int64(number)))) }
        _ = try await store.addAlert(alert("doha", "later", due: 10_000))
        // Four claimers at once, as four servers would: every due alert goes to exactly one of them.
        let claims = try await withThrowingTaskGroup(of: [StoredAlert].self) { group in
            for _ in 0..<4 { group.addTask { try await store.claimDueAlerts(at: 100, leaseUntil: 1_000, limit: 8) } }
            var claims: [[StoredAlert]] = []
            for try await claim in group { claims.append(claim) }
            return claims
        }
        let claimed = claims.flatMap { $0 }.map(\.id)
        try require(claimed.count == Set(claimed).count, "no alert is claimed twice: \(claims.map { $0.map(\.id) })")
        try require(Set(claimed) == Set(ids), "every due alert is claimed, the later one not: \(claimed.sorted())")
        for claim in claims { try require(claim.map(\.id) == claim.map(\.id).sorted(), "a claim is oldest first") }
        let one = claims.flatMap { $0 }.first { $0.id == ids[0] }
        try require(one?.nextAttemptAt == 1 && one?.provision == "P1", "a claimed alert comes back as it was: \(String(describing: one))")
        try require(try await store.claimDueAlerts(at: 999, leaseUntil: 2_000, limit: 50).isEmpty, "claimed alerts are not due during the lease")
        try await store.recordAttempt(alert: ids[0], attempts: 1, deliveredAt: stamp, error: nil, nextAttemptAt: nil)
        let again = try await store.claimDueAlerts(at: 1_000, leaseUntil: 2_000, limit: 50).map(\.id)
        try require(again == Array(ids.dropFirst()), "after the lease, the alerts not recorded are due again: \(again)")
    }
}

extension StoredAlert {
    /// This alert with the id `id`.
    func with(id: Int64) -> StoredAlert {
        var alert = self
        alert.id = id
        return alert
    }
}
