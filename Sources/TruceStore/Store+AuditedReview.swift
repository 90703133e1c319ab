import GRDB
public import TruceModel
public import TruceStorage

// Each audited review decision, the cluster read before and after it, and its entry, in one GRDB write
// transaction: the decision's own `review` block runs on the same connection (Store+Connection.swift).
extension Store: AuditedReviewDecisions {
    public func accept(
        _ id: Int64, by stamp: ReviewStamp, allowNonAct: Bool, indicator: String?,
        recording entry: @escaping @Sendable (ReviewCluster, ReviewCluster) throws -> AuditEntry
    ) async throws -> [AcceptedRecord] {
        try await auditedDecision(on: id, recording: entry) { store in
            try store.accept([id], by: stamp, allowNonAct: allowNonAct, indicator: indicator)
        }
    }

    public func reject(
        _ id: Int64, note: String?, by stamp: ReviewStamp, recording entry: @escaping @Sendable (ReviewCluster, ReviewCluster) throws -> AuditEntry
    ) async throws {
        try await auditedDecision(on: id, recording: entry) { store in try store.reject([id], note: note, by: stamp) }
    }

    public func edit(
        _ id: Int64, set assignments: [String], by stamp: ReviewStamp,
        recording entry: @escaping @Sendable (ReviewCluster, ReviewCluster) throws -> AuditEntry
    ) async throws -> ReviewCluster {
        try await auditedDecision(on: id, recording: entry) { store in try store.edit(id, set: assignments, by: stamp) }
    }

    private func auditedDecision<T: Sendable>(
        on id: Int64, recording entry: @escaping @Sendable (ReviewCluster, ReviewCluster) throws -> AuditEntry,
        _ decide: @escaping @Sendable (Store) throws -> T
    ) async throws -> T {
        try await writing { store in
            let before = try store.reviewCluster(id)
            let value = try decide(store)
            let after = try store.reviewCluster(id)
            _ = try store.write { db in try Self.appendAuditEntry(try entry(before, after), in: db) }
            return value
        }
    }
}
