public import TruceModel

/// Makes the audit entry of one cluster a review decision touched, from the cluster before and after
/// it, inside the decision's transaction.
public typealias ClusterEntry = @Sendable (_ before: ReviewCluster, _ after: ReviewCluster) throws -> AuditEntry

/// Review decisions that carry their audit entries: the store takes the decision and appends, for each
/// cluster it touches (once each, in the order named), the entry that `entry` makes of the cluster
/// before and after it, in one transaction, so that neither lands without the other. A decision that
/// fails appends nothing; an entry that cannot be made or appended undoes the decision.
public protocol AuditedReviewDecisions: ReviewStore & AuditLog {
    /// Accepts pending clusters, all or none, as ``ReviewStore/accept(_:by:allowNonAct:indicator:)`` does, with their entries.
    func accept(
        _ ids: [Int64], by stamp: ReviewStamp, allowNonAct: Bool, indicator: String?, recording entry: @escaping ClusterEntry
    ) async throws -> [AcceptedRecord]
    /// Rejects pending clusters as ``ReviewStore/reject(_:note:by:)`` does, with their entries.
    func reject(_ ids: [Int64], note: String?, by stamp: ReviewStamp, recording entry: @escaping ClusterEntry) async throws
    /// Sets fields of pending cluster `id` as ``ReviewStore/edit(_:set:by:)`` does, with its entry.
    func edit(_ id: Int64, set assignments: [String], by stamp: ReviewStamp, recording entry: @escaping ClusterEntry) async throws -> ReviewCluster
    /// Replaces the edits of pending cluster `id` as ``ReviewStore/replaceEdits(_:with:by:)`` does, with its entry.
    func replaceEdits(_ id: Int64, with edits: ReviewEdits, by stamp: ReviewStamp, recording entry: @escaping ClusterEntry) async throws
    /// Merges cluster `id` into `target` as ``ReviewStore/merge(_:into:by:)`` does, with an entry for each of the two.
    func merge(_ id: Int64, into target: Int64, by stamp: ReviewStamp, recording entry: @escaping ClusterEntry) async throws
    /// Puts decided cluster `id` back in the queue as ``ReviewStore/reopen(_:by:)`` does, with its entry.
    func reopen(_ id: Int64, by stamp: ReviewStamp, recording entry: @escaping ClusterEntry) async throws
}

extension AuditedReviewDecisions {
    /// Accepts pending cluster `id`, with its entry.
    public func accept(
        _ id: Int64, by stamp: ReviewStamp, allowNonAct: Bool, indicator: String?, recording entry: @escaping ClusterEntry
    ) async throws -> [AcceptedRecord] {
        try await accept([id], by: stamp, allowNonAct: allowNonAct, indicator: indicator, recording: entry)
    }

    /// Rejects pending cluster `id`, with its entry.
    public func reject(_ id: Int64, note: String?, by stamp: ReviewStamp, recording entry: @escaping ClusterEntry) async throws {
        try await reject([id], note: note, by: stamp, recording: entry)
    }
}
