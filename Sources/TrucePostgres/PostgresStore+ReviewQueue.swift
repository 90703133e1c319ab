import Foundation
import Logging
import PostgresNIO
import TruceFormats
public import TruceModel

extension PostgresStore {
    public func reviewClusters(states: Set<ClusterState>) async throws -> [ReviewCluster] {
        try await withConnection(doing: "read the review queue of") { connection in
            try await Self.clusters(states: states, ids: nil, on: connection, logger: logger)
        }
    }

    public func reviewCluster(_ id: Int64) async throws -> ReviewCluster {
        try await withConnection(doing: "read the review queue of") { connection in
            try await Self.cluster(id, on: connection, logger: logger)
        }
    }

    public func reviewActions(cluster: Int64) async throws -> [ReviewAction] {
        try await withConnection(doing: "read the review log of") { connection in
            var actions: [ReviewAction] = []
            let rows = try await connection.query(
                "SELECT cluster_id, action, reviewer, acted_at, detail, snapshot_id FROM review_actions WHERE cluster_id = \(cluster) ORDER BY id",
                logger: logger)
            for try await (id, action, reviewer, at, detail, snapshot) in rows.decode((Int64, String, String, String, String?, Int64?).self) {
                actions.append(ReviewAction(cluster: id, action: action, reviewer: reviewer, actedAt: at, detail: detail, snapshot: snapshot))
            }
            return actions
        }
    }

    public func reviewCounts() async throws -> [ClusterState: Int] {
        try await withConnection(doing: "read the review queue of") { connection in
            var counts: [ClusterState: Int] = [:]
            let rows = try await connection.query("SELECT state, count(*)::bigint FROM candidate_clusters GROUP BY state", logger: logger)
            for try await (state, n) in rows.decode((String, Int).self) {
                if let state = ClusterState(rawValue: state) { counts[state] = n }
            }
            return counts
        }
    }

    /// One cluster with its reports.
    static func cluster(_ id: Int64, on connection: PostgresConnection, logger: Logger) async throws -> ReviewCluster {
        guard let cluster = try await clusters(states: [], ids: [id], on: connection, logger: logger).first else {
            throw TruceError(
                .invalidInput, "no candidate cluster \(id) in the store; list the clusters in every state to see them", parameter: "cluster")
        }
        return cluster
    }

    /// Clusters in `states` (any state when empty), or those of `ids`, oldest first, with their reports.
    static func clusters(
        states: Set<ClusterState>, ids: [Int64]?, on connection: PostgresConnection, logger: Logger
    ) async throws
        -> [ReviewCluster]
    {
        let stateNames = states.map(\.rawValue).sorted()
        let rows = try await connection.query(
            """
            SELECT id, kind, state, merged_into, edits, reviewer, reviewed_at, note, evidence_table, evidence_key FROM candidate_clusters
            WHERE (cardinality(\(stateNames)::text[]) = 0 OR state = ANY(\(stateNames)::text[]))
            AND (\(ids == nil) OR id = ANY(\(ids ?? [])::bigint[]))
            ORDER BY id
            """, logger: logger)
        var clusters: [ReviewCluster] = []
        for try await (id, kind, state, merged, edits, reviewer, at, note, table, key) in rows.decode(
            (Int64, String, String, Int64?, String, String?, String?, String?, String?, String?).self)
        {
            let kind = CandidateKind(rawValue: kind) ?? .event
            clusters.append(
                ReviewCluster(
                    id: id, kind: kind, state: ClusterState(rawValue: state) ?? .pending, mergedInto: merged,
                    edits: ReviewEdits(stored: JSONString.parseObject(edits), kind: kind), reviewer: reviewer, reviewedAt: at, note: note,
                    evidenceTable: table, evidenceKey: key, reports: []))
        }
        let reports = try await self.reports(clusters: clusters.map(\.id), on: connection, logger: logger)
        return clusters.map { cluster in
            var cluster = cluster
            cluster.reports = reports[cluster.id] ?? []
            return cluster
        }
    }

    /// The reports of `clusters`, by cluster, in the order they were filed.
    private static func reports(clusters: [Int64], on connection: PostgresConnection, logger: Logger) async throws -> [Int64: [ReviewReport]] {
        guard !clusters.isEmpty else { return [:] }
        let rows = try await connection.query(
            """
            SELECT c.id, c.cluster_id, c.kind, c.record, c.date_earliest, c.date_latest, c.date_precision, c.article_id,
                a.origin, a.source, a.headline, a.sha256, a.published_on, substr(a.text, c.span_start::int + 1, (c.span_end - c.span_start)::int)
            FROM candidates c JOIN articles a ON a.id = c.article_id
            WHERE c.cluster_id = ANY(\(clusters)::bigint[])
            ORDER BY c.cluster_id, c.id
            """, logger: logger)
        var result: [Int64: [ReviewReport]] = [:]
        for try await row in rows {
            let r = row.makeRandomAccess()
            func text(_ i: Int) throws -> String? { try r[i].decode(String?.self) }
            let record = try CandidateRecord.stored(kind: try text(2) ?? "", json: try text(3) ?? "")
            let date = try text(4).flatMap { Day(iso: $0) }.map { earliest in
                ResolvedDate(
                    earliest: earliest, latest: try text(5).flatMap { Day(iso: $0) },
                    precision: try text(6).flatMap(DatePrecision.init(rawValue:)) ?? .day)
            }
            let article = ReportArticle(
                origin: try text(8) ?? "", source: try text(9), headline: try text(10), sha256: try text(11) ?? "",
                publicationDate: try text(12).flatMap { Day(iso: $0) })
            let sentence = (try text(13) ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let report = ReviewReport(
                id: try r[0].decode(Int64.self), articleID: try r[7].decode(Int64.self), article: article, record: record, sentence: sentence,
                date: date)
            result[try r[1].decode(Int64.self), default: []].append(report)
        }
        return result
    }
}
