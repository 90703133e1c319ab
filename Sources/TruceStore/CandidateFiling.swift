import Foundation
import GRDB
public import TruceCoder
import TruceModel

/// One coded record, whichever kind it is.
public enum CandidateRecord: Hashable, Sendable {
    case event(CodedEvent)
    case claim(CodedClaim)
    case figure(CodedFigure)

    public var kind: CandidateKind {
        switch self {
        case .event: .event
        case .claim: .claim
        case .figure: .figure
        }
    }

    public var span: TextSpan {
        switch self {
        case .event(let event): event.span
        case .claim(let claim): claim.span
        case .figure(let figure): figure.span
        }
    }

    /// The record's modality; a figure's kind reads as one (a target is promised, not done).
    public var modality: Modality {
        switch self {
        case .event(let event): event.modality
        case .claim(let claim): claim.modality
        case .figure(let figure): figure.kind == .target ? .promised : .done
        }
    }

    public var confidence: Double {
        if case .event(let event) = self { return event.confidence }
        return 1
    }

    /// The day span the record refers to; the publication date when the text gives none.
    func dates(published: Day?) -> ResolvedDate? {
        switch self {
        case .event(let event): event.date ?? published.map(ResolvedDate.init(day:))
        case .claim(let claim): claim.date ?? published.map(ResolvedDate.init(day:))
        case .figure(let figure): figure.refersTo ?? published.map(ResolvedDate.init(day:))
        }
    }

    func json() throws -> String {
        let encoder = JSONEncoder.sorted
        let data =
            switch self {
            case .event(let event): try encoder.encode(event)
            case .claim(let claim): try encoder.encode(claim)
            case .figure(let figure): try encoder.encode(figure)
            }
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(kind: String, json: String) throws -> CandidateRecord {
        let data = Data(json.utf8)
        let decoder = JSONDecoder()
        switch CandidateKind(rawValue: kind) {
        case .event: return .event(try decoder.decode(CodedEvent.self, from: data))
        case .claim: return .claim(try decoder.decode(CodedClaim.self, from: data))
        case .figure: return .figure(try decoder.decode(CodedFigure.self, from: data))
        case nil: throw TruceError(.store, "a candidate of unknown kind '\(kind)'")
        }
    }

    /// Whether this record and `other` report the same incident, statement or figure.
    func sameAs(_ other: CandidateRecord, published: Day?, otherPublished: Day?, window: Int) -> Bool {
        switch (self, other) {
        case (.event(let a), .event(let b)):
            CandidateClustering.sameIncident(
                IncidentSignature(a, fallbackDate: published), IncidentSignature(b, fallbackDate: otherPublished), window: window)
        case (.claim(let a), .claim(let b)): CandidateClustering.sameStatement(a, b)
        case (.figure(let a), .figure(let b)): CandidateClustering.sameFigure(a, b, window: window)
        default: false
        }
    }
}

/// Files the records of one article into clusters during an import: each joins the pending
/// cluster whose every report it matches, or starts a cluster of its own.
struct CandidateFiling {
    let db: Database
    let article: Int64
    let published: Day?
    let snapshot: Int64
    var window = CandidateClustering.defaultWindow
    private(set) var created: Set<Int64> = []
    private(set) var joined: Set<Int64> = []

    init(db: Database, article: Int64, published: Day?, snapshot: Int64) {
        self.db = db
        self.article = article
        self.published = published
        self.snapshot = snapshot
    }

    mutating func file(_ record: CandidateRecord, ordinal: Int) throws {
        let dates = record.dates(published: published)
        let cluster: Int64
        if let match = try matchingCluster(record, dates: dates) {
            cluster = match
            joined.insert(match)
        } else {
            try db.execute(
                sql: "INSERT INTO candidate_clusters (kind, snapshot_id) VALUES (?, ?)", arguments: [record.kind.rawValue, snapshot])
            cluster = db.lastInsertedRowID
            created.insert(cluster)
        }
        let columns = Self.columns(record)
        try db.execute(
            sql: """
                INSERT INTO candidates (
                    article_id, kind, ordinal, cluster_id, home_cluster_id, date_earliest, date_latest, date_precision, actor1, actor2,
                    code, cameo_root, country, admin1, place, modality, span_start, span_end, confidence, record)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                article, record.kind.rawValue, ordinal, cluster, cluster, dates?.earliest.iso, dates?.latest.iso, dates?.precision.rawValue,
                columns.actor1, columns.actor2, columns.code, columns.code.map(CandidateClustering.cameoRoot), columns.country,
                columns.admin1, columns.place, record.modality.rawValue, record.span.start, record.span.end, record.confidence,
                try record.json(),
            ])
    }

    /// The queue's columns: for a claim, actor1 is the speaker; for a figure, code is the indicator.
    private static func columns(_ record: CandidateRecord) -> (
        actor1: String?, actor2: String?, code: String?, country: String?, admin1: String?, place: String?
    ) {
        switch record {
        case .event(let e): (e.actor1?.name, e.actor2?.name, e.code, e.location.country, e.location.admin1, e.location.place)
        case .claim(let c): (c.speaker, c.speakerActor?.name, nil, nil, nil, nil)
        case .figure(let f): (f.actor?.name, nil, f.indicator, nil, nil, nil)
        }
    }

    /// The pending cluster this record joins: of those whose every report it matches, the
    /// one with most reports (then the oldest).
    private func matchingCluster(_ record: CandidateRecord, dates: ResolvedDate?) throws -> Int64? {
        var sql = """
            SELECT DISTINCT c.cluster_id FROM candidates c JOIN candidate_clusters k ON k.id = c.cluster_id
            WHERE k.state = 'pending' AND c.kind = ? AND c.modality = ?
            """
        var arguments: [(any DatabaseValueConvertible)?] = [record.kind.rawValue, record.modality.rawValue]
        switch record {
        case .event(let event):
            guard let dates else { return nil }
            sql += " AND c.cameo_root = ? AND c.date_earliest <= ? AND c.date_latest >= ?"
            arguments += [
                CandidateClustering.cameoRoot(event.code), dates.latest.adding(days: window).iso, dates.earliest.adding(days: -window).iso,
            ]
        case .claim(let claim):
            sql += " AND lower(c.actor1) = ?"
            arguments.append(claim.speaker.lowercased())
        case .figure(let figure):
            sql += " AND c.code = ?"
            arguments.append(figure.indicator)
        }
        let clusters = try Int64.fetchAll(db, sql: sql + " ORDER BY c.cluster_id", arguments: StatementArguments(arguments))
        var best: (id: Int64, size: Int)?
        for cluster in clusters {
            let members = try Row.fetchAll(
                db,
                sql: "SELECT c.kind, c.record, a.published_on FROM candidates c JOIN articles a ON a.id = c.article_id WHERE c.cluster_id = ?",
                arguments: [cluster])
            let matches = try members.allSatisfy { row in
                let other = try CandidateRecord.decode(kind: row["kind"], json: row["record"])
                let otherPublished = (row["published_on"] as String?).flatMap { Day(iso: $0) }
                return record.sameAs(other, published: published, otherPublished: otherPublished, window: window)
            }
            if matches, members.count > (best?.size ?? 0) { best = (cluster, members.count) }
        }
        return best?.id
    }
}
