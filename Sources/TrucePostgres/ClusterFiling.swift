import Logging
import PostgresNIO
import TruceModel
import TruceStorage

/// Files the records of a run of articles into review clusters in a PostgreSQL store: the pending
/// clusters are read once, at the start of the run, into ``PendingClusters``, which chooses the
/// cluster each record joins; this type makes the new clusters and writes the candidates with one
/// COPY at the end of the run.
struct ClusterFiling {
    private let snapshot: Int64
    private var pending: PendingClusters
    private var rows = CopyRowWriter()
    private(set) var created: Set<Int64> = []
    private(set) var joined: Set<Int64> = []

    static let candidateColumns = [
        "article_id", "kind", "ordinal", "cluster_id", "home_cluster_id", "date_earliest", "date_latest", "date_precision", "actor1",
        "actor2", "code", "cameo_root", "country", "admin1", "place", "modality", "span_start", "span_end", "confidence", "record",
    ]

    /// Reads the pending clusters' reports.
    init(snapshot: Int64, window: Int, on connection: PostgresConnection, logger: Logger) async throws {
        self.snapshot = snapshot
        self.pending = PendingClusters(window: window)
        let rows = try await connection.query(
            """
            SELECT c.cluster_id, c.kind, c.record, c.actor1, c.actor2, c.code, c.date_earliest, c.date_latest, c.country, c.admin1,
                c.place, c.modality
            FROM candidates c JOIN candidate_clusters k ON k.id = c.cluster_id WHERE k.state = 'pending' ORDER BY c.cluster_id, c.id
            """, logger: logger)
        for try await row in rows {
            let r = row.makeRandomAccess()
            func text(_ i: Int) throws -> String? { try r[i].decode(String?.self) }
            let columns = CandidateColumns(
                actor1: try text(3), actor2: try text(4), code: try text(5), country: try text(8), admin1: try text(9),
                place: try text(10), earliest: try text(6), latest: try text(7))
            let report = try PendingClusters.Report.stored(kind: try text(1) ?? "", columns: columns, modality: try text(11)) {
                try text(2) ?? ""
            }
            pending.add(report, to: try r[0].decode(Int64.self))
        }
    }

    /// Files one record of article `article`, published on `published`.
    mutating func file(
        _ record: CandidateRecord, article: Int64, published: Day?, ordinal: Int, on connection: PostgresConnection, logger: Logger
    ) async throws {
        let report = PendingClusters.Report(record, published: published)
        let cluster: Int64
        if let match = pending.cluster(joinedBy: report) {
            cluster = match
            joined.insert(match)
        } else {
            guard
                let id = try await connection.scalar(
                    "INSERT INTO candidate_clusters (kind, snapshot_id) VALUES (\(record.kind.rawValue), \(snapshot)) RETURNING id", as: Int64.self,
                    logger: logger)
            else { throw TruceError(.store, "the server made no review cluster") }
            cluster = id
            created.insert(id)
        }
        let dates = record.dates(published: published)
        let columns = CandidateColumns(record, published: published)
        rows.integer64(article)
        rows.text(record.kind.rawValue, hashed: false)
        rows.integer(ordinal, hashed: false)
        rows.integer64(cluster)
        rows.integer64(cluster)
        rows.text(columns.earliest, hashed: false)
        rows.text(columns.latest, hashed: false)
        rows.text(dates?.precision.rawValue, hashed: false)
        for text in [columns.actor1, columns.actor2, columns.code, columns.cameoRoot] { rows.text(text, hashed: false) }
        for text in [columns.country, columns.admin1, columns.place, record.modality.rawValue] { rows.text(text, hashed: false) }
        rows.integer(record.span.start, hashed: false)
        rows.integer(record.span.end, hashed: false)
        rows.real(record.confidence, hashed: false)
        rows.text(try record.storedJSON(), hashed: false)
        rows.endRow()
        pending.add(report, to: cluster)
    }

    /// Writes the candidates filed so far.
    func writeCandidates(on connection: PostgresConnection, logger: Logger) async throws {
        guard rows.buffer.readableBytes > 0 else { return }
        try await connection.copyFrom(table: "candidates", columns: Self.candidateColumns, logger: logger) { writer in
            try await writer.write(rows.buffer)
        }
    }
}
