public import TruceModel
public import TruceStorage

/// Writes of evidence and review decisions made on a person's behalf, the same from every front end
/// (the server, `truce import`, `truce review`, a worker running queued jobs): each runs inside
/// ``Alerts/recordingChanges(_:)`` when the store keeps alerts, so the status changes it causes are kept
/// for the agreements' webhooks (which `truce serve` delivers), and each is recorded in the audit log
/// (every backend keeps one) in the write's own transaction: the write and its entry land together or not
/// at all.
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

    /// Imports a data set as ``TruceApp/importDatasetWithCoverage(_:auditedAs:progress:)`` does, keeping the status
    /// changes it causes and recording the import (its summary) as `actor`'s, in the import's own transaction.
    ///
    /// - Throws: as ``TruceApp/importDatasetWithCoverage(_:auditedAs:progress:)``.
    public func importDataset(
        _ request: ImportRequest, by actor: String, progress: (ImportProgress) -> Void = { _ in }
    ) async throws -> (report: ImportReport, changes: [StatusChange]) {
        let (report, changes) = try await recording { try await app.importDatasetWithCoverage(request, auditedAs: actor, progress: progress) }
        return (report, changes)
    }

    /// Codes and stores articles as candidates for review as ``TruceApp/importArticles(_:auditedAs:progress:)`` does,
    /// recording the intake as `actor`'s in the transaction that stores it. Candidates are not evidence until
    /// accepted, so no status changes here.
    ///
    /// - Throws: as ``TruceApp/importArticles(_:auditedAs:progress:)``.
    public func importArticles(
        _ request: ArticleIntakeRequest, by actor: String, progress: (ImportProgress) -> Void = { _ in }
    ) async throws -> ArticleIntakeReport {
        try await app.importArticles(request, auditedAs: actor, progress: progress)
    }

    /// Accepts clusters, all or none, as ``TruceApp/accept(_:reviewer:allowNonAct:indicator:)`` does (decided by
    /// `reviewer`), keeping the status changes the new evidence causes and recording each cluster before and
    /// after as `actor`'s, in the decision's transaction.
    public func accept(
        _ ids: [Int64], reviewer: String, actor: String, allowNonAct: Bool = false, indicator: String? = nil
    ) async throws -> (records: [AcceptedRecord], changes: [StatusChange]) {
        let (records, changes) = try await deciding("accept", ids, actor: actor) { entry in
            try await app.checkActs(ids, allowNonAct: allowNonAct)
            return try await app.storage.accept(
                ids, by: app.stamp(reviewer), allowNonAct: allowNonAct, indicator: indicator, recording: entry)
        }
        return (records, changes)
    }

    /// Rejects clusters as ``TruceApp/reject(_:note:reviewer:)`` does, recorded as `actor`'s.
    public func reject(_ ids: [Int64], note: String?, reviewer: String, actor: String) async throws {
        _ = try await deciding("reject", ids, actor: actor) { entry in
            try await app.storage.reject(ids, note: note, by: app.stamp(reviewer), recording: entry)
        }
    }

    /// Sets fields of a pending cluster as ``TruceApp/edit(_:set:reviewer:)`` does, recorded as `actor`'s.
    public func edit(_ id: Int64, set assignments: [String], reviewer: String, actor: String) async throws -> ReviewCluster {
        try await deciding("edit", [id], actor: actor) { entry in
            try await app.storage.edit(id, set: assignments, by: app.stamp(reviewer), recording: entry)
        }.value
    }

    /// Puts back the edits a pending cluster had before, as ``TruceApp/restoreEdits(_:to:reviewer:)`` does, recorded as `actor`'s.
    public func restoreEdits(_ id: Int64, to edits: ReviewEdits, reviewer: String, actor: String) async throws {
        _ = try await deciding("edit", [id], actor: actor) { entry in
            try await app.storage.replaceEdits(id, with: edits, by: app.stamp(reviewer), recording: entry)
        }
    }

    /// Merges cluster `id` into `target` as ``TruceApp/merge(_:into:reviewer:)`` does, recorded (both clusters) as `actor`'s.
    public func merge(_ id: Int64, into target: Int64, reviewer: String, actor: String) async throws {
        _ = try await deciding("merge", [id, target], actor: actor) { entry in
            try await app.storage.merge(id, into: target, by: app.stamp(reviewer), recording: entry)
        }
    }

    /// Puts a decided cluster back in the queue as ``TruceApp/reopen(_:reviewer:)`` does: an accepted record
    /// leaves the evidence, so the status changes that causes are kept. Recorded as `actor`'s.
    @discardableResult
    public func reopen(_ id: Int64, reviewer: String, actor: String) async throws -> [StatusChange] {
        try await deciding("reopen", [id], actor: actor) { entry in
            try await app.storage.reopen(id, by: app.stamp(reviewer), recording: entry)
        }.changes
    }

    /// Runs a review decision on `ids` inside ``recording(_:)``, handing it the entry the store appends, in the
    /// decision's transaction, for each cluster before and after it.
    ///
    /// - Throws: ``TruceError`` (`notFound`, parameter `cluster`) for an unknown cluster; a refusal that names no
    ///   parameter (a decided cluster, an edit needed first) names `cluster`, as the server's decisions always did.
    private func deciding<T: Sendable>(
        _ action: String, _ ids: [Int64], actor: String, _ decide: (@escaping ClusterEntry) async throws -> T
    ) async throws -> (value: T, changes: [StatusChange]) {
        for id in Set(ids) { _ = try await app.clusterForDecision(id) }
        let audit = app.audit
        let entry: ClusterEntry = { before, after in
            try audit.entry(
                action, kind: "review_cluster", id: String(after.id), by: actor, before: ClusterDocument(before), after: ClusterDocument(after))
        }
        return try await recording { try await app.aboutCluster { try await decide(entry) } }
    }
}
