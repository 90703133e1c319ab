public import TruceModel
public import TruceStorage

extension TruceApp {
    /// Stores coded articles as candidates for review, stamped with the clock's time, with the audit entry
    /// `entry` makes of what was stored (if any) in the same transaction.
    public func storeCodedArticles(
        _ items: [ArticleImport], settings: CoderSettings, recording entry: ArticleImportEntry? = nil
    ) async throws -> ArticleImportReport {
        guard let entry else { return try await storage.importArticles(items, settings: settings, importedAt: clock.timestamp) }
        return try await storage.importArticles(items, settings: settings, importedAt: clock.timestamp, recording: entry)
    }

    /// The review clusters in any of `states`, ordered by id.
    public func reviewClusters(states: Set<ClusterState> = [.pending]) async throws -> [ReviewCluster] {
        try await storage.reviewClusters(states: states)
    }

    /// One cluster with its reports and the decisions taken on it, oldest first.
    public func reviewCluster(_ id: Int64) async throws -> (cluster: ReviewCluster, actions: [ReviewAction]) {
        (try await storage.reviewCluster(id), try await storage.reviewActions(cluster: id))
    }

    /// How many clusters are in each state.
    public func reviewCounts() async throws -> [ClusterState: Int] {
        try await storage.reviewCounts()
    }

    // The decisions below record no audit entry: front ends take them through `RecordedWrites`, which
    // records each in the decision's own transaction (`AuditedReviewDecisions`).

    /// Accepts clusters as evidence, all or none: only acts, unless `allowNonAct` (the acts-only
    /// rule, ``ReviewCluster/checkIsAct(allowNonAct:)``, checked here for every backend before
    /// storage is asked, and again by storage inside its transaction).
    ///
    /// - Throws: ``TruceError`` (parameter `allow_non_act`) when a cluster is not an act; storage's
    ///   errors for an unknown or decided cluster or one that needs an edit first.
    public func accept(_ ids: [Int64], reviewer: String, allowNonAct: Bool = false, indicator: String? = nil) async throws -> [AcceptedRecord] {
        try await checkActs(ids, allowNonAct: allowNonAct)
        return try await storage.accept(ids, by: stamp(reviewer), allowNonAct: allowNonAct, indicator: indicator)
    }

    /// The acts-only rule (``ReviewCluster/checkIsAct(allowNonAct:)``) for each pending cluster of `ids`, unless `allowNonAct`.
    func checkActs(_ ids: [Int64], allowNonAct: Bool) async throws {
        guard !allowNonAct else { return }
        for id in ids {
            let cluster = try await storage.reviewCluster(id)
            if cluster.state == .pending { try cluster.checkIsAct(allowNonAct: false) }
        }
    }

    /// Rejects clusters, keeping them with the note.
    public func reject(_ ids: [Int64], note: String?, reviewer: String) async throws {
        try await storage.reject(ids, note: note, by: stamp(reviewer))
    }

    /// Sets fields of a pending cluster (`field=value`); none is kept when one is wrong.
    public func edit(_ id: Int64, set assignments: [String], reviewer: String) async throws -> ReviewCluster {
        try await storage.edit(id, set: assignments, by: stamp(reviewer))
    }

    /// Puts back the edits a pending cluster had before: how an edit is undone.
    public func restoreEdits(_ id: Int64, to edits: ReviewEdits, reviewer: String) async throws {
        try await storage.replaceEdits(id, with: edits, by: stamp(reviewer))
    }

    /// Merges cluster `id` into cluster `target`.
    public func merge(_ id: Int64, into target: Int64, reviewer: String) async throws {
        try await storage.merge(id, into: target, by: stamp(reviewer))
    }

    /// Puts a decided cluster back in the queue.
    public func reopen(_ id: Int64, reviewer: String) async throws {
        try await storage.reopen(id, by: stamp(reviewer))
    }

    /// Who decides, now.
    func stamp(_ reviewer: String) -> ReviewStamp {
        ReviewStamp(reviewer: reviewer, at: clock.timestamp)
    }
}
