import Foundation
import GRDB
import TruceModel

/// Files the records of a run of articles into clusters: each joins the pending cluster
/// whose every report it matches (see ``CandidateClustering``), or starts a cluster of its own.
///
/// The pending clusters are read once, at the start of the run, and kept in memory by
/// kind, modality and CAMEO root (speaker for claims, indicator for figures), so filing a
/// record compares it with the few clusters it could join rather than querying the store.
struct CandidateFiling {
    /// A report as the rule compares it.
    private enum Member {
        case event(IncidentSignature)
        case claim(CodedClaim)
        case figure(CodedFigure)
    }

    private let db: Database
    private let snapshot: Int64
    private let window: Int
    /// The claims and figures of each cluster; events are kept as summaries.
    private var members: [Int64: [Member]] = [:]
    private var eventClusters: [Int64: EventClusterSummary] = [:]
    /// Cluster ids by bucket, oldest first.
    private var buckets: [String: [Int64]] = [:]
    private(set) var created: Set<Int64> = []
    private(set) var joined: Set<Int64> = []

    init(db: Database, snapshot: Int64, window: Int) throws {
        self.db = db
        self.snapshot = snapshot
        self.window = max(0, window)
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT c.cluster_id, c.kind, c.record, c.actor1, c.actor2, c.code, c.date_earliest, c.date_latest, c.country, c.admin1,
                    c.place, c.modality
                FROM candidates c JOIN candidate_clusters k ON k.id = c.cluster_id WHERE k.state = 'pending' ORDER BY c.cluster_id, c.id
                """)
        for row in rows {
            let kind: String = row["kind"]
            let modality = Modality(rawValue: row["modality"]) ?? .done
            let member: Member
            if kind == CandidateKind.event.rawValue {
                // Events, most of the queue, are compared by their columns, without decoding the record.
                member = .event(
                    IncidentSignature(
                        actor1: row["actor1"], actor2: row["actor2"], code: row["code"] ?? "",
                        earliest: (row["date_earliest"] as String?).flatMap { Day(iso: $0) },
                        latest: (row["date_latest"] as String?).flatMap { Day(iso: $0) }, country: row["country"], admin1: row["admin1"],
                        place: row["place"], modality: modality))
            } else {
                switch try CandidateRecord.stored(kind: kind, json: row["record"]) {
                case .claim(let claim): member = .claim(claim)
                case .figure(let figure): member = .figure(figure)
                case .event: continue
                }
            }
            add(member, to: row["cluster_id"])
        }
    }

    /// Files one record of article `article`, published on `published`.
    mutating func file(_ record: CandidateRecord, article: Int64, published: Day?, ordinal: Int) throws {
        let dates = record.dates(published: published)
        let member: Member =
            switch record {
            case .event(let event): .event(IncidentSignature(event, fallbackDate: published))
            case .claim(let claim): .claim(claim)
            case .figure(let figure): .figure(figure)
            }
        let cluster: Int64
        if let match = matchingCluster(member) {
            cluster = match
            joined.insert(match)
        } else {
            try db.execute(
                sql: "INSERT INTO candidate_clusters (kind, snapshot_id) VALUES (?, ?)", arguments: [record.kind.rawValue, snapshot])
            cluster = db.lastInsertedRowID
            created.insert(cluster)
        }
        let columns = Self.columns(record)
        try db.cachedStatement(
            sql: """
                INSERT INTO candidates (
                    article_id, kind, ordinal, cluster_id, home_cluster_id, date_earliest, date_latest, date_precision, actor1, actor2,
                    code, cameo_root, country, admin1, place, modality, span_start, span_end, confidence, record)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                article, record.kind.rawValue, ordinal, cluster, cluster, dates?.earliest.iso, dates?.latest.iso, dates?.precision.rawValue,
                columns.actor1, columns.actor2, columns.code, columns.code.map(CandidateClustering.cameoRoot), columns.country,
                columns.admin1, columns.place, record.modality.rawValue, record.span.start, record.span.end, record.confidence,
                try record.storedJSON(),
            ])
        add(member, to: cluster)
    }

    /// The queue's columns: for a claim, actor1 is the speaker; for a figure, code is the indicator.
    private static func columns(
        _ record: CandidateRecord
    ) -> (
        actor1: String?, actor2: String?, code: String?, country: String?, admin1: String?, place: String?
    ) {
        switch record {
        case .event(let e): (e.actor1?.name, e.actor2?.name, e.code, e.location.country, e.location.admin1, e.location.place)
        case .claim(let c): (c.speaker, c.speakerActor?.name, nil, nil, nil, nil)
        case .figure(let f): (f.actor?.name, nil, f.indicator, nil, nil, nil)
        }
    }

    /// The pending cluster `member` joins: of those whose every report it matches, the one
    /// with most reports (then the oldest).
    private func matchingCluster(_ member: Member) -> Int64? {
        // An undated report is the same incident as nothing (see `CandidateClustering.closeInTime`).
        if case .event(let signature) = member, signature.earliest == nil || signature.latest == nil { return nil }
        var best: (id: Int64, size: Int)?
        for cluster in buckets[Self.bucket(member)] ?? [] {
            if case .event(let signature) = member {
                guard let summary = eventClusters[cluster], summary.count > (best?.size ?? 0) else { continue }
                if summary.admits(signature, window: window) { best = (cluster, summary.count) }
                continue
            }
            guard let reports = members[cluster], reports.count > (best?.size ?? 0) else { continue }
            if reports.allSatisfy({ same(member, $0) }) { best = (cluster, reports.count) }
        }
        return best?.id
    }

    private func same(_ a: Member, _ b: Member) -> Bool {
        switch (a, b) {
        case (.event(let x), .event(let y)): CandidateClustering.sameIncident(x, y, window: window)
        case (.claim(let x), .claim(let y)): CandidateClustering.sameStatement(x, y)
        case (.figure(let x), .figure(let y)): CandidateClustering.sameFigure(x, y, window: window)
        default: false
        }
    }

    private mutating func add(_ member: Member, to cluster: Int64) {
        let isNew = members[cluster] == nil && eventClusters[cluster] == nil
        if case .event(let signature) = member {
            // A cluster with an undated report can never grow: it is left out of the search.
            if isNew, signature.earliest != nil, signature.latest != nil { buckets[Self.bucket(member), default: []].append(cluster) }
            eventClusters[cluster, default: EventClusterSummary()].add(signature)
        } else {
            if isNew { buckets[Self.bucket(member), default: []].append(cluster) }
            members[cluster, default: []].append(member)
        }
    }

    /// Records that could be one: events of one modality and CAMEO root, claims of one
    /// speaker and modality, figures of one indicator and kind.
    private static func bucket(_ member: Member) -> String {
        switch member {
        case .event(let s): "event|\(s.modality.rawValue)|\(s.action)"
        case .claim(let c): "claim|\(c.modality.rawValue)|\(CandidateClustering.fold(c.speaker) ?? "")"
        case .figure(let f): "figure|\(f.kind.rawValue)|\(f.indicator)"
        }
    }
}
