import Logging
import PostgresNIO
public import TruceModel
public import TruceStorage

// Each audited review decision, the clusters it touches read before and after it, and their entries, in
// the decision's own transaction: all commit, or none.
extension PostgresStore: AuditedReviewDecisions {
    public func accept(
        _ ids: [Int64], by stamp: ReviewStamp, allowNonAct: Bool, indicator: String?, recording entry: @escaping ClusterEntry
    ) async throws -> [AcceptedRecord] {
        try await auditedDecision(on: ids, recording: entry) { connection, logger in
            try await Self.accepting(ids, by: stamp, allowNonAct: allowNonAct, indicator: indicator, on: connection, logger: logger)
        }
    }

    public func reject(_ ids: [Int64], note: String?, by stamp: ReviewStamp, recording entry: @escaping ClusterEntry) async throws {
        try await auditedDecision(on: ids, recording: entry) { connection, logger in
            try await Self.rejecting(ids, note: note, by: stamp, on: connection, logger: logger)
        }
    }

    public func edit(
        _ id: Int64, set assignments: [String], by stamp: ReviewStamp, recording entry: @escaping ClusterEntry
    ) async throws -> ReviewCluster {
        try await auditedDecision(on: [id], recording: entry) { connection, logger in
            try await Self.editing(id, set: assignments, by: stamp, on: connection, logger: logger)
        }
    }

    public func replaceEdits(_ id: Int64, with edits: ReviewEdits, by stamp: ReviewStamp, recording entry: @escaping ClusterEntry) async throws {
        try await auditedDecision(on: [id], recording: entry) { connection, logger in
            try await Self.replacingEdits(id, with: edits, by: stamp, on: connection, logger: logger)
        }
    }

    public func merge(_ id: Int64, into target: Int64, by stamp: ReviewStamp, recording entry: @escaping ClusterEntry) async throws {
        try await auditedDecision(on: [id, target], recording: entry) { connection, logger in
            try await Self.merging(id, into: target, by: stamp, on: connection, logger: logger)
        }
    }

    public func reopen(_ id: Int64, by stamp: ReviewStamp, recording entry: @escaping ClusterEntry) async throws {
        try await auditedDecision(on: [id], recording: entry) { connection, logger in
            try await Self.reopening(id, by: stamp, on: connection, logger: logger)
        }
    }

    private func auditedDecision<T>(
        on ids: [Int64], recording entry: ClusterEntry, _ decide: (PostgresConnection, Logger) async throws -> T
    ) async throws -> T {
        let location = self.location
        var seen = Set<Int64>()
        let clusters = ids.filter { seen.insert($0).inserted }
        return try await review { connection, logger in
            var before: [ReviewCluster] = []
            for id in clusters { before.append(try await Self.cluster(id, on: connection, logger: logger)) }
            let value = try await decide(connection, logger)
            for cluster in before {
                let after = try await Self.cluster(cluster.id, on: connection, logger: logger)
                _ = try await Self.appendAuditEntry(try entry(cluster, after), on: connection, logger: logger, location: location)
            }
            return value
        }
    }
}
