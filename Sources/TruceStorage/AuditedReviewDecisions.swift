public import TruceModel

/// Review decisions on one cluster that carry their audit entry: the store takes the decision and
/// appends the entry that `entry` makes of the cluster before and after it, in one transaction, so
/// that neither lands without the other.
public protocol AuditedReviewDecisions: ReviewStore & AuditLog {
    /// Accepts pending cluster `id` as ``ReviewStore/accept(_:by:allowNonAct:indicator:)`` does, with its entry.
    func accept(
        _ id: Int64, by stamp: ReviewStamp, allowNonAct: Bool, indicator: String?,
        recording entry: @escaping @Sendable (_ before: ReviewCluster, _ after: ReviewCluster) throws -> AuditEntry
    ) async throws -> [AcceptedRecord]
    /// Rejects pending cluster `id` as ``ReviewStore/reject(_:note:by:)`` does, with its entry.
    func reject(
        _ id: Int64, note: String?, by stamp: ReviewStamp,
        recording entry: @escaping @Sendable (_ before: ReviewCluster, _ after: ReviewCluster) throws -> AuditEntry
    ) async throws
    /// Sets fields of pending cluster `id` as ``ReviewStore/edit(_:set:by:)`` does, with its entry.
    func edit(
        _ id: Int64, set assignments: [String], by stamp: ReviewStamp,
        recording entry: @escaping @Sendable (_ before: ReviewCluster, _ after: ReviewCluster) throws -> AuditEntry
    ) async throws -> ReviewCluster
}
