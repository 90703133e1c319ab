import Foundation
import GRDB
import TruceModel
import TruceStorage

/// Files the records of a run of articles into review clusters in a SQLite store: the pending
/// clusters are read once, at the start of the run, into ``PendingClusters``, which chooses the
/// cluster each record joins; this type writes the new clusters and the candidates.
struct CandidateFiling {
    private let db: Database
    private let snapshot: Int64
    private var pending: PendingClusters
    private(set) var created: Set<Int64> = []
    private(set) var joined: Set<Int64> = []

    init(db: Database, snapshot: Int64, window: Int) throws {
        self.db = db
        self.snapshot = snapshot
        self.pending = PendingClusters(window: window)
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT c.cluster_id, c.kind, c.record, c.actor1, c.actor2, c.code, c.date_earliest, c.date_latest, c.country, c.admin1,
                    c.place, c.modality
                FROM candidates c JOIN candidate_clusters k ON k.id = c.cluster_id WHERE k.state = 'pending' ORDER BY c.cluster_id, c.id
                """)
        while let row = try rows.next() {
            let columns = CandidateColumns(
                actor1: row["actor1"], actor2: row["actor2"], code: row["code"], country: row["country"], admin1: row["admin1"],
                place: row["place"], earliest: row["date_earliest"], latest: row["date_latest"])
            let report = try PendingClusters.Report.stored(kind: row["kind"], columns: columns, modality: row["modality"]) {
                row["record"]
            }
            pending.add(report, to: row["cluster_id"])
        }
    }

    /// Files one record of article `article`, published on `published`.
    mutating func file(_ record: CandidateRecord, article: Int64, published: Day?, ordinal: Int) throws {
        let report = PendingClusters.Report(record, published: published)
        let cluster: Int64
        if let match = pending.cluster(joinedBy: report) {
            cluster = match
            joined.insert(match)
        } else {
            try db.execute(
                sql: "INSERT INTO candidate_clusters (kind, snapshot_id) VALUES (?, ?)", arguments: [record.kind.rawValue, snapshot])
            cluster = db.lastInsertedRowID
            created.insert(cluster)
        }
        let dates = record.dates(published: published)
        let columns = CandidateColumns(record, published: published)
        try db.cachedStatement(
            sql: """
                INSERT INTO candidates (
                    article_id, kind, ordinal, cluster_id, home_cluster_id, date_earliest, date_latest, date_precision, actor1, actor2,
                    code, cameo_root, country, admin1, place, modality, span_start, span_end, confidence, record)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                article, record.kind.rawValue, ordinal, cluster, cluster, columns.earliest, columns.latest, dates?.precision.rawValue,
                columns.actor1, columns.actor2, columns.code, columns.cameoRoot, columns.country, columns.admin1, columns.place,
                record.modality.rawValue, record.span.start, record.span.end, record.confidence, try record.storedJSON(),
            ])
        pending.add(report, to: cluster)
    }
}
