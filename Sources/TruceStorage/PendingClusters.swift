public import TruceModel

/// The pending review clusters of a store, held in memory while a run of articles is filed, and
/// the rule that chooses the cluster a new report joins: the one whose every report it matches
/// (``CandidateClustering``), of several the one with most reports, then the oldest.
///
/// Every backend files through this one type, so a record joins the same cluster whatever the
/// store; a backend only reads the pending reports in and writes clusters and candidates out.
/// Clusters are kept by bucket (kind, modality and CAMEO root; speaker for claims; indicator for
/// figures), so a report is compared with the few clusters it could join.
public struct PendingClusters: Sendable {
    /// A report as the rule compares it.
    public enum Report: Sendable {
        case event(IncidentSignature)
        case claim(CodedClaim)
        case figure(CodedFigure)

        /// The report of a record being filed; an undated event takes the article's publication day.
        public init(_ record: CandidateRecord, published: Day?) {
            switch record {
            case .event(let event): self = .event(IncidentSignature(event, fallbackDate: published))
            case .claim(let claim): self = .claim(claim)
            case .figure(let figure): self = .figure(figure)
            }
        }

        /// The report a stored candidate holds. Events, most of the queue, are compared by the row's
        /// columns without decoding the record; claims and figures are decoded from `record()`.
        ///
        /// - Throws: ``TruceError`` (`store`) for an unknown kind; a decoding error for a record that is not one.
        public static func stored(kind: String, columns: CandidateColumns, modality: String?, record: () throws -> String) throws -> Report {
            if kind == CandidateKind.event.rawValue {
                return .event(
                    IncidentSignature(
                        actor1: columns.actor1, actor2: columns.actor2, code: columns.code ?? "",
                        earliest: columns.earliest.flatMap { Day(iso: $0) }, latest: columns.latest.flatMap { Day(iso: $0) },
                        country: columns.country, admin1: columns.admin1, place: columns.place,
                        modality: modality.flatMap(Modality.init(rawValue:)) ?? .done))
            }
            switch try CandidateRecord.stored(kind: kind, json: try record()) {
            case .claim(let claim): return .claim(claim)
            case .figure(let figure): return .figure(figure)
            case .event(let event): return .event(IncidentSignature(event, fallbackDate: nil))
            }
        }
    }

    private let window: Int
    /// The claims and figures of each cluster; events are kept as summaries.
    private var members: [Int64: [Report]] = [:]
    private var eventClusters: [Int64: EventClusterSummary] = [:]
    /// Cluster ids by bucket, oldest first.
    private var buckets: [String: [Int64]] = [:]

    /// No clusters yet; reports are the same incident within `window` days.
    public init(window: Int) {
        self.window = max(0, window)
    }

    /// The pending cluster `report` joins, or nil when it starts a cluster of its own.
    public func cluster(joinedBy report: Report) -> Int64? {
        // An undated report is the same incident as nothing (see `CandidateClustering.closeInTime`).
        if case .event(let signature) = report, signature.earliest == nil || signature.latest == nil { return nil }
        var best: (id: Int64, size: Int)?
        for cluster in buckets[Self.bucket(report)] ?? [] {
            if case .event(let signature) = report {
                guard let summary = eventClusters[cluster], summary.count > (best?.size ?? 0) else { continue }
                if summary.admits(signature, window: window) { best = (cluster, summary.count) }
                continue
            }
            guard let reports = members[cluster], reports.count > (best?.size ?? 0) else { continue }
            if reports.allSatisfy({ same(report, $0) }) { best = (cluster, reports.count) }
        }
        return best?.id
    }

    /// Records that `report` is now a member of `cluster` (a new cluster, or one it joined).
    public mutating func add(_ report: Report, to cluster: Int64) {
        let isNew = members[cluster] == nil && eventClusters[cluster] == nil
        if case .event(let signature) = report {
            // A cluster with an undated report can never grow: it is left out of the search.
            if isNew, signature.earliest != nil, signature.latest != nil { buckets[Self.bucket(report), default: []].append(cluster) }
            eventClusters[cluster, default: EventClusterSummary()].add(signature)
        } else {
            if isNew { buckets[Self.bucket(report), default: []].append(cluster) }
            members[cluster, default: []].append(report)
        }
    }

    private func same(_ a: Report, _ b: Report) -> Bool {
        switch (a, b) {
        case (.event(let x), .event(let y)): CandidateClustering.sameIncident(x, y, window: window)
        case (.claim(let x), .claim(let y)): CandidateClustering.sameStatement(x, y)
        case (.figure(let x), .figure(let y)): CandidateClustering.sameFigure(x, y, window: window)
        default: false
        }
    }

    /// Records that could be one: events of one modality and CAMEO root, claims of one
    /// speaker and modality, figures of one indicator and kind.
    private static func bucket(_ report: Report) -> String {
        switch report {
        case .event(let s): "event|\(s.modality.rawValue)|\(s.action)"
        case .claim(let c): "claim|\(c.modality.rawValue)|\(CandidateClustering.fold(c.speaker) ?? "")"
        case .figure(let f): "figure|\(f.kind.rawValue)|\(f.indicator)"
        }
    }
}

/// The columns of the review queue that clustering and filtering read without decoding a record:
/// for a claim, actor1 is the speaker and actor2 the speaker's actor; for a figure, code is the indicator.
public struct CandidateColumns: Sendable, Equatable {
    /// An event's first actor; a claim's speaker as written; a figure's actor.
    public var actor1: String?
    /// An event's second actor; the actor a claim's speaker stands for.
    public var actor2: String?
    /// An event's CAMEO code; a figure's indicator.
    public var code: String?
    /// The event's country.
    public var country: String?
    /// The event's first-level division.
    public var admin1: String?
    /// The event's place.
    public var place: String?
    /// The first day the record may fall on (ISO), when it is dated.
    public var earliest: String?
    /// The last day the record may fall on (ISO), when it is dated.
    public var latest: String?

    /// Columns as read from a stored row.
    public init(
        actor1: String?, actor2: String?, code: String?, country: String?, admin1: String?, place: String?, earliest: String?,
        latest: String?
    ) {
        (self.actor1, self.actor2, self.code, self.country, self.admin1, self.place) = (actor1, actor2, code, country, admin1, place)
        (self.earliest, self.latest) = (earliest, latest)
    }

    /// The columns a record is stored with; its dates as `CandidateRecord.dates(published:)` gives them.
    public init(_ record: CandidateRecord, published: Day?) {
        let dates = record.dates(published: published)
        switch record {
        case .event(let e):
            self.init(
                actor1: e.actor1?.name, actor2: e.actor2?.name, code: e.code, country: e.location.country, admin1: e.location.admin1,
                place: e.location.place, earliest: dates?.earliest.iso, latest: dates?.latest.iso)
        case .claim(let c):
            self.init(
                actor1: c.speaker, actor2: c.speakerActor?.name, code: nil, country: nil, admin1: nil, place: nil,
                earliest: dates?.earliest.iso, latest: dates?.latest.iso)
        case .figure(let f):
            self.init(
                actor1: f.actor?.name, actor2: nil, code: f.indicator, country: nil, admin1: nil, place: nil,
                earliest: dates?.earliest.iso, latest: dates?.latest.iso)
        }
    }

    /// The CAMEO root of `code`, the column clusters are bucketed and filtered by.
    public var cameoRoot: String? { code.map(CandidateClustering.cameoRoot) }
}
