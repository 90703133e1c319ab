import GRDB
public import TruceModel
public import TruceStorage

// Each audited review decision, the clusters it touches read before and after it, and their entries, in
// one GRDB write transaction: the decision's own `review` block runs on the same connection
// (Store+Connection.swift).
extension Store: AuditedReviewDecisions {
    public func accept(
        _ ids: [Int64], by stamp: ReviewStamp, allowNonAct: Bool, indicator: String?, recording entry: @escaping ClusterEntry
    ) async throws -> [AcceptedRecord] {
        try await auditedDecision(on: ids, recording: entry) { store in
            try store.accept(ids, by: stamp, allowNonAct: allowNonAct, indicator: indicator)
        }
    }

    public func reject(_ ids: [Int64], note: String?, by stamp: ReviewStamp, recording entry: @escaping ClusterEntry) async throws {
        try await auditedDecision(on: ids, recording: entry) { store in try store.reject(ids, note: note, by: stamp) }
    }

    public func edit(
        _ id: Int64, set assignments: [String], by stamp: ReviewStamp, recording entry: @escaping ClusterEntry
    ) async throws -> ReviewCluster {
        try await auditedDecision(on: [id], recording: entry) { store in try store.edit(id, set: assignments, by: stamp) }
    }

    public func replaceEdits(_ id: Int64, with edits: ReviewEdits, by stamp: ReviewStamp, recording entry: @escaping ClusterEntry) async throws {
        try await auditedDecision(on: [id], recording: entry) { store in try store.replaceEdits(id, with: edits, by: stamp) }
    }

    public func merge(_ id: Int64, into target: Int64, by stamp: ReviewStamp, recording entry: @escaping ClusterEntry) async throws {
        try await auditedDecision(on: [id, target], recording: entry) { store in try store.merge(id, into: target, by: stamp) }
    }

    public func reopen(_ id: Int64, by stamp: ReviewStamp, recording entry: @escaping ClusterEntry) async throws {
        try await auditedDecision(on: [id], recording: entry) { store in try store.reopen(id, by: stamp) }
    }

    private func auditedDecision<T: Sendable>(
        on ids: [Int64], recording entry: @escaping ClusterEntry, _ decide: @escaping @Sendable (Store) throws -> T
    ) async throws -> T {
        var seen = Set<Int64>()
        let clusters = ids.filter { seen.insert($0).inserted }
        return try await writing { store in
            let before = try clusters.map { try store.reviewCluster($0) }
            let value = try decide(store)
            for cluster in before {
                let after = try store.reviewCluster(cluster.id)
                _ = try store.write { db in try Self.appendAuditEntry(try entry(cluster, after), in: db) }
            }
            return value
        }
    }
}
