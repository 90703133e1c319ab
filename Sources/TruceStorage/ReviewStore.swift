public import TruceModel

/// The review queue of coded articles: clusters of candidate records waiting for a person, and
/// the decisions taken on them. Every decision is one transaction and is logged with its stamp.
public protocol ReviewStore: Sendable {
    /// The clusters in any of `states`, ordered by id.
    func reviewClusters(states: Set<ClusterState>) async throws -> [ReviewCluster]
    /// One cluster with its reports.
    ///
    /// - Throws: ``TruceError`` when there is no such cluster.
    func reviewCluster(_ id: Int64) async throws -> ReviewCluster
    /// The decisions taken on a cluster, oldest first.
    func reviewActions(cluster: Int64) async throws -> [ReviewAction]
    /// How many clusters are in each state.
    func reviewCounts() async throws -> [ClusterState: Int]
    /// Turns pending clusters into evidence, all or none, in one snapshot. Only acts (see
    /// ``ReviewCluster/isAct``) are accepted unless `allowNonAct`; `indicator` is set on figure clusters first.
    func accept(_ ids: [Int64], by stamp: ReviewStamp, allowNonAct: Bool, indicator: String?) async throws -> [AcceptedRecord]
    /// Marks pending clusters rejected, with the note.
    func reject(_ ids: [Int64], note: String?, by stamp: ReviewStamp) async throws
    /// Sets fields of a pending cluster (`field=value`, see ``ReviewEdits``); none is kept when one is wrong.
    func edit(_ id: Int64, set assignments: [String], by stamp: ReviewStamp) async throws -> ReviewCluster
    /// Replaces the edits of pending cluster `id` wholesale, logged as an edit: how an edit is undone.
    func replaceEdits(_ id: Int64, with edits: ReviewEdits, by stamp: ReviewStamp) async throws
    /// Moves the reports of pending cluster `id` into pending cluster `target`, of the same kind.
    func merge(_ id: Int64, into target: Int64, by stamp: ReviewStamp) async throws
    /// Puts a decided cluster back in the queue; an accepted one's record leaves the current evidence.
    func reopen(_ id: Int64, by stamp: ReviewStamp) async throws
}

/// Coded articles: stored once by their bytes' SHA-256, their records filed into review clusters.
public protocol ArticleStore: Sendable {
    /// Stores coded articles and their records as candidates for review, in one transaction and
    /// one snapshot; articles already stored are counted as duplicates.
    func importArticles(_ items: [ArticleImport], settings: CoderSettings, importedAt: String) async throws -> ArticleImportReport
    /// One stored article, or nil.
    func article(id: Int64) async throws -> Article?
}
