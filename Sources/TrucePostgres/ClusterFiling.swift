import Logging
import PostgresNIO
import TruceModel

/// Files the records of a run of articles into review clusters: each joins the pending cluster
/// whose every report it matches (``CandidateClustering``; of several, the one with most reports,
/// then the oldest), or starts a cluster of its own. The pending clusters are read once, at the
/// start of the run, and kept by bucket (kind, modality and CAMEO root, speaker or indicator), so a
/// record is compared with the few clusters it could join. The candidates are written with one COPY
/// at the end of the run.
struct ClusterFiling {
    private enum Member {
        case event(IncidentSignature)
        case claim(CodedClaim)
        case figure(CodedFigure)
    }

    private let snapshot: Int64
    private let window: Int
    private var members: [Int64: [Member]] = [:]
    private var buckets: [String: [Int64]] = [:]
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
        self.window = max(0, window)
        let rows = try await connection.query(
            """
            SELECT c.cluster_id, c.kind, c.record, c.actor1, c.actor2, c.code, c.date_earliest, c.date_latest, c.country, c.admin1,
                c.place, c.modality
            FROM candidates c JOIN candidate_clusters k ON k.id = c.cluster_id WHERE k.state = 'pending' ORDER BY c.cluster_id, c.id
            """, logger: logger)
        for try await row in rows {
            let r = row.makeRandomAccess()
            func text(_ i: Int) throws -> String? { try r[i].decode(String?.self) }
            let kind = try text(1) ?? ""
            let member: Member
            if kind == CandidateKind.event.rawValue {
                // Events are compared by their columns, without decoding the record.
                member = .event(
                    IncidentSignature(
                        actor1: try text(3), actor2: try text(4), code: try text(5) ?? "", earliest: try text(6).flatMap { Day(iso: $0) },
                        latest: try text(7).flatMap { Day(iso: $0) }, country: try text(8), admin1: try text(9), place: try text(10),
                        modality: Modality(rawValue: try text(11) ?? "") ?? .done))
            } else {
                switch try CandidateRecord.stored(kind: kind, json: try text(2) ?? "") {
                case .claim(let claim): member = .claim(claim)
                case .figure(let figure): member = .figure(figure)
                case .event: continue
                }
            }
            add(member, to: try r[0].decode(Int64.self))
        }
    }

    /// Files one record of article `article`, published on `published`.
    mutating func file(
        _ record: CandidateRecord, article: Int64, published: Day?, ordinal: Int, on connection: PostgresConnection, logger: Logger
    ) async throws {
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
            guard
                let id = try await connection.scalar(
                    "INSERT INTO candidate_clusters (kind, snapshot_id) VALUES (\(record.kind.rawValue), \(snapshot)) RETURNING id", as: Int64.self,
                    logger: logger)
            else { throw TruceError(.store, "the server made no review cluster") }
            cluster = id
            created.insert(id)
        }
        let dates = record.dates(published: published)
        let columns = Self.columns(record)
        rows.integer64(article)
        rows.text(record.kind.rawValue, hashed: false)
        rows.integer(ordinal, hashed: false)
        rows.integer64(cluster)
        rows.integer64(cluster)
        rows.text(dates?.earliest.iso, hashed: false)
        rows.text(dates?.latest.iso, hashed: false)
        rows.text(dates?.precision.rawValue, hashed: false)
        for text in [columns.actor1, columns.actor2, columns.code, columns.code.map(CandidateClustering.cameoRoot)] { rows.text(text, hashed: false) }
        for text in [columns.country, columns.admin1, columns.place, record.modality.rawValue] { rows.text(text, hashed: false) }
        rows.integer(record.span.start, hashed: false)
        rows.integer(record.span.end, hashed: false)
        rows.real(record.confidence, hashed: false)
        rows.text(try record.storedJSON(), hashed: false)
        rows.endRow()
        add(member, to: cluster)
    }

    /// Writes the candidates filed so far.
    func writeCandidates(on connection: PostgresConnection, logger: Logger) async throws {
        guard rows.byteCount > 0 else { return }
        try await connection.copyRows(into: "candidates", columns: Self.candidateColumns, logger: logger) { writer in
            try await writer.write(rows.buffer)
        }
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

    private func matchingCluster(_ member: Member) -> Int64? {
        var best: (id: Int64, size: Int)?
        for cluster in buckets[Self.bucket(member)] ?? [] {
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
        if members[cluster] == nil { buckets[Self.bucket(member), default: []].append(cluster) }
        members[cluster, default: []].append(member)
    }

    private static func bucket(_ member: Member) -> String {
        switch member {
        case .event(let s): "event|\(s.modality.rawValue)|\(s.action)"
        case .claim(let c): "claim|\(c.modality.rawValue)|\(CandidateClustering.fold(c.speaker) ?? "")"
        case .figure(let f): "figure|\(f.kind.rawValue)|\(f.indicator)"
        }
    }
}
