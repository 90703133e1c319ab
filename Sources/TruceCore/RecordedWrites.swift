public import TruceModel
public import TruceStorage

/// Writes of evidence and review decisions made on a person's behalf, the same from every front end
/// (the server, `truce import`, `truce review`, a worker running queued jobs): each runs inside
/// ``Alerts/recordingChanges(_:)`` when the store keeps alerts, so the status changes it causes are kept
/// for the agreements' webhooks (which `truce serve` delivers), and each is recorded in the audit log
/// (every backend keeps one).
public struct RecordedWrites: Sendable {
    /// The core the writes go through.
    public let app: TruceApp
    /// Where status changes are kept; nil when the store keeps no alerts.
    public let alerts: Alerts?
    /// Writes through `app`, watched by `alerts`, each recorded in `app`'s audit trail.
    public init(app: TruceApp, alerts: Alerts?) {
        self.app = app
        self.alerts = alerts
    }

    /// Writes to `storage` with everything it keeps: its audit log and its alerts, when it has them.
    public static func over(_ storage: any TruceStorage, clock: WallClock = .system) -> RecordedWrites {
        let app = TruceApp(storage: storage, clock: clock)
        let alerts = Alerts(store: storage, app: app, agreements: AgreementLibrary(store: storage, clock: clock))
        return RecordedWrites(app: app, alerts: alerts)
    }

    /// Runs `change` between the assessments that find the status changes it causes (none without alerts).
    ///
    /// - Returns: what `change` returned, and the status changes kept.
    public func recording<T: Sendable>(_ change: () async throws -> T) async throws -> (value: T, changes: [StatusChange]) {
        guard let alerts else { return (try await change(), []) }
        return try await alerts.recordingChanges(change)
    }

    /// Imports a data set as ``TruceApp/importDatasetWithCoverage(_:progress:)`` does, keeping the status
    /// changes it causes and recording the import (its summary) as `actor`'s.
    ///
    /// - Throws: as ``TruceApp/importDatasetWithCoverage(_:progress:)``.
    public func importDataset(
        _ request: ImportRequest, by actor: String, progress: (ImportProgress) -> Void = { _ in }
    ) async throws -> (report: ImportReport, changes: [StatusChange]) {
        let audit = try trail()
        let (report, changes) = try await recording { try await app.importDatasetWithCoverage(request, progress: progress) }
        try await audit?.record(
            "import", kind: "import", id: String(report.snapshot), by: actor, before: ImportSummary?.none, after: ImportSummary(report))
        return (report, changes)
    }

    /// Codes and stores articles as candidates for review as ``TruceApp/importArticles(_:progress:)`` does, and
    /// records the intake as `actor`'s. Candidates are not evidence until accepted, so no status changes here.
    ///
    /// - Throws: as ``TruceApp/importArticles(_:progress:)``.
    public func importArticles(
        _ request: ArticleIntakeRequest, by actor: String, progress: (ImportProgress) -> Void = { _ in }
    ) async throws -> ArticleIntakeReport {
        let audit = try trail()
        let intake = try await app.importArticles(request, progress: progress)
        if intake.stored.snapshot != nil {
            try await audit?.record(
                "import", kind: "articles", id: intake.stored.snapshot.map { String($0) } ?? "none", by: actor,
                before: ArticleImportSummary?.none, after: ArticleImportSummary(intake))
        }
        return intake
    }

    /// Accepts clusters, all or none, as ``TruceApp/accept(_:reviewer:allowNonAct:indicator:)`` does (decided by
    /// `reviewer`), keeping the status changes the new evidence causes and recording each cluster before and
    /// after as `actor`'s.
    public func accept(
        _ ids: [Int64], reviewer: String, actor: String, allowNonAct: Bool = false, indicator: String? = nil
    ) async throws -> (records: [AcceptedRecord], changes: [StatusChange]) {
        let (records, changes) = try await deciding("accept", ids, actor: actor) {
            try await app.accept(ids, reviewer: reviewer, allowNonAct: allowNonAct, indicator: indicator)
        }
        return (records, changes)
    }

    /// Rejects clusters as ``TruceApp/reject(_:note:reviewer:)`` does, recorded as `actor`'s.
    public func reject(_ ids: [Int64], note: String?, reviewer: String, actor: String) async throws {
        _ = try await deciding("reject", ids, actor: actor) { try await app.reject(ids, note: note, reviewer: reviewer) }
    }

    /// Sets fields of a pending cluster as ``TruceApp/edit(_:set:reviewer:)`` does, recorded as `actor`'s.
    public func edit(_ id: Int64, set assignments: [String], reviewer: String, actor: String) async throws -> ReviewCluster {
        try await deciding("edit", [id], actor: actor) { try await app.edit(id, set: assignments, reviewer: reviewer) }.value
    }

    /// Puts back the edits a pending cluster had before, as ``TruceApp/restoreEdits(_:to:reviewer:)`` does, recorded as `actor`'s.
    public func restoreEdits(_ id: Int64, to edits: ReviewEdits, reviewer: String, actor: String) async throws {
        _ = try await deciding("edit", [id], actor: actor) { try await app.restoreEdits(id, to: edits, reviewer: reviewer) }
    }

    /// Merges cluster `id` into `target` as ``TruceApp/merge(_:into:reviewer:)`` does, recorded (both clusters) as `actor`'s.
    public func merge(_ id: Int64, into target: Int64, reviewer: String, actor: String) async throws {
        _ = try await deciding("merge", [id, target], actor: actor) { try await app.merge(id, into: target, reviewer: reviewer) }
    }

    /// Puts a decided cluster back in the queue as ``TruceApp/reopen(_:reviewer:)`` does: an accepted record
    /// leaves the evidence, so the status changes that causes are kept. Recorded as `actor`'s.
    @discardableResult
    public func reopen(_ id: Int64, reviewer: String, actor: String) async throws -> [StatusChange] {
        try await deciding("reopen", [id], actor: actor) { try await app.reopen(id, reviewer: reviewer) }.changes
    }

    /// Runs a review decision on `ids` inside ``recording(_:)`` and records each cluster before and after.
    ///
    /// - Throws: ``TruceError`` (`notFound`, parameter `cluster`) for an unknown cluster; a refusal that names no
    ///   parameter (a decided cluster, an edit needed first) names `cluster`, as the server's decisions always did.
    private func deciding<T: Sendable>(
        _ action: String, _ ids: [Int64], actor: String, _ decide: () async throws -> T
    ) async throws -> (value: T, changes: [StatusChange]) {
        let audit = try trail()
        var before: [Int64: ReviewCluster] = [:]
        for id in Set(ids) { before[id] = try await app.clusterForDecision(id) }
        let result = try await recording { try await app.aboutCluster(decide) }
        if let audit {
            var seen = Set<Int64>()
            for id in ids where before[id] != nil && seen.insert(id).inserted {
                try await audit.record(
                    action, kind: "review_cluster", id: String(id), by: actor, before: before[id].map { ClusterDocument($0) },
                    after: ClusterDocument(try await app.storage.reviewCluster(id)))
            }
        }
        return result
    }

    /// The audit trail the writes are recorded in.
    private func trail() throws -> AuditTrail? { app.audit }
}
