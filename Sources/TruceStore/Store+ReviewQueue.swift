import Foundation
import GRDB
import TruceFormats
public import TruceModel

extension Store {
    /// Clusters in `states` (every state when empty), oldest first, each with its reports.
    public func reviewClusters(states: Set<ClusterState> = [.pending]) throws -> [ReviewCluster] {
        try read { db in
            var sql = "SELECT * FROM candidate_clusters"
            if !states.isEmpty {
                sql += " WHERE state IN (\(states.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", ")))"
            }
            let rows = try Row.fetchAll(db, sql: sql + " ORDER BY id")
            let reports = try Self.reports(clusters: rows.map { $0["id"] }, in: db)
            return rows.map { Self.cluster($0, reports: reports[$0["id"]] ?? []) }
        }
    }

    /// One cluster with its reports.
    ///
    /// - Throws: ``TruceError`` (`invalidInput`) when the store has no such cluster, saying how to list them.
    public func reviewCluster(_ id: Int64) throws -> ReviewCluster {
        try read { db in try Self.cluster(id, in: db) }
    }

    /// The review decisions taken on a cluster, oldest first.
    public func reviewActions(cluster: Int64) throws -> [ReviewAction] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM review_actions WHERE cluster_id = ? ORDER BY id", arguments: [cluster]).map { row in
                ReviewAction(
                    cluster: row["cluster_id"], action: row["action"], reviewer: row["reviewer"], actedAt: row["acted_at"],
                    detail: row["detail"], snapshot: row["snapshot_id"])
            }
        }
    }

    /// The number of clusters in each state, for status lines.
    public func reviewCounts() throws -> [ClusterState: Int] {
        try read { db in
            var counts: [ClusterState: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT state, COUNT(*) AS n FROM candidate_clusters GROUP BY state") {
                if let state = ClusterState(rawValue: row["state"]) { counts[state] = row["n"] }
            }
            return counts
        }
    }

    static func cluster(_ id: Int64, in db: Database) throws -> ReviewCluster {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM candidate_clusters WHERE id = ?", arguments: [id]) else {
            throw TruceError(
                .invalidInput, "no candidate cluster \(id) in the store; list the clusters in every state to see them", parameter: "cluster")
        }
        return cluster(row, reports: try reports(clusters: [id], in: db)[id] ?? [])
    }

    private static func cluster(_ row: Row, reports: [ReviewReport]) -> ReviewCluster {
        let kind = CandidateKind(rawValue: row["kind"]) ?? .event
        return ReviewCluster(
            id: row["id"], kind: kind, state: ClusterState(rawValue: row["state"]) ?? .pending, mergedInto: row["merged_into"],
            edits: ReviewEdits(stored: JSONString.parseObject(row["edits"]), kind: kind), reviewer: row["reviewer"],
            reviewedAt: row["reviewed_at"], note: row["note"], evidenceTable: row["evidence_table"], evidenceKey: row["evidence_key"],
            reports: reports)
    }

    /// The reports of `clusters`, by cluster, in the order they were filed.
    private static func reports(clusters: [Int64], in db: Database) throws -> [Int64: [ReviewReport]] {
        guard !clusters.isEmpty else { return [:] }
        var result: [Int64: [ReviewReport]] = [:]
        // Chunks keep the statement under SQLite's limit on bound values.
        for start in stride(from: 0, to: clusters.count, by: 500) {
            let chunk = Array(clusters[start..<min(start + 500, clusters.count)])
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT c.id, c.cluster_id, c.kind, c.record, c.date_earliest, c.date_latest, c.date_precision, c.article_id,
                        a.origin, a.source, a.headline, a.sha256, a.published_on,
                        substr(a.text, c.span_start + 1, c.span_end - c.span_start) AS sentence
                    FROM candidates c JOIN articles a ON a.id = c.article_id
                    WHERE c.cluster_id IN (\(chunk.map { _ in "?" }.joined(separator: ", ")))
                    ORDER BY c.cluster_id, c.id
                    """, arguments: StatementArguments(chunk))
            for row in rows {
                let record = try CandidateRecord.stored(kind: row["kind"], json: row["record"])
                let date = (row["date_earliest"] as String?).flatMap { Day(iso: $0) }.map { earliest in
                    ResolvedDate(
                        earliest: earliest, latest: (row["date_latest"] as String?).flatMap { Day(iso: $0) },
                        precision: (row["date_precision"] as String?).flatMap(DatePrecision.init(rawValue:)) ?? .day)
                }
                let article = ReportArticle(
                    origin: row["origin"], source: row["source"], headline: row["headline"], sha256: row["sha256"],
                    publicationDate: (row["published_on"] as String?).flatMap { Day(iso: $0) })
                let report = ReviewReport(
                    id: row["id"], articleID: row["article_id"], article: article, record: record,
                    sentence: Self.oneLine(row["sentence"] ?? ""), date: date)
                result[row["cluster_id"], default: []].append(report)
            }
        }
        return result
    }

    /// A sentence as one line: line breaks and runs of spaces as one space.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
