import Logging
import PostgresNIO
public import TruceModel
public import TruceStorage

// Each audited review decision, the cluster read before and after it, and its entry, in the decision's
// own transaction: both commit, or neither.
extension PostgresStore: AuditedReviewDecisions {
    public func accept(
        _ id: Int64, by stamp: ReviewStamp, allowNonAct: Bool, indicator: String?,
        recording entry: @escaping @Sendable (ReviewCluster, ReviewCluster) throws -> AuditEntry
    ) async throws -> [AcceptedRecord] {
        try await auditedDecision(on: id, recording: entry) { connection, logger in
            try await Self.accepting([id], by: stamp, allowNonAct: allowNonAct, indicator: indicator, on: connection, logger: logger)
        }
    }

    public func reject(
        _ id: Int64, note: String?, by stamp: ReviewStamp, recording entry: @escaping @Sendable (ReviewCluster, ReviewCluster) throws -> AuditEntry
    ) async throws {
        try await auditedDecision(on: id, recording: entry) { connection, logger in
            try await Self.rejecting([id], note: note, by: stamp, on: connection, logger: logger)
        }
    }

    public func edit(
        _ id: Int64, set assignments: [String], by stamp: ReviewStamp,
        recording entry: @escaping @Sendable (ReviewCluster, ReviewCluster) throws -> AuditEntry
    ) async throws -> ReviewCluster {
        try await auditedDecision(on: id, recording: entry) { connection, logger in
            try await Self.editing(id, set: assignments, by: stamp, on: connection, logger: logger)
        }
    }

    private func auditedDecision<T>(
        on id: Int64, recording entry: (ReviewCluster, ReviewCluster) throws -> AuditEntry,
        _ decide: (PostgresConnection, Logger) async throws -> T
    ) async throws -> T {
        let location = self.location
        return try await review { connection, logger in
            let before = try await Self.cluster(id, on: connection, logger: logger)
            let value = try await decide(connection, logger)
            let after = try await Self.cluster(id, on: connection, logger: logger)
            _ = try await Self.appendAuditEntry(try entry(before, after), on: connection, logger: logger, location: location)
            return value
        }
    }
}
