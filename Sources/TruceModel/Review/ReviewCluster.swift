/// Where a cluster is in review.
public enum ClusterState: String, Hashable, Sendable, Codable, CaseIterable {
    /// Waiting for a reviewer.
    case pending
    /// Turned into evidence: an event, claim or observation.
    case accepted
    /// Kept, marked, never evidence (unless reopened).
    case rejected
    /// Its reports moved into another cluster.
    case merged
}

/// Who takes a review decision, and when; recorded with every decision.
public struct ReviewStamp: Hashable, Sendable {
    /// The reviewer's name, as they gave it.
    public var reviewer: String
    /// ISO 8601.
    public var at: String

    /// A decision by `reviewer` at `at` (ISO 8601).
    public init(reviewer: String, at: String) {
        self.reviewer = reviewer
        self.at = at
    }
}

/// One report in a cluster: a coded record of one article, with its sentence.
public struct ReviewReport: Hashable, Sendable {
    /// The report's id in the store.
    public var id: Int64
    /// The store id of the article it came from.
    public var articleID: Int64
    /// The article it came from, as provenance names it.
    public var article: ReportArticle
    /// The coded record.
    public var record: CandidateRecord
    /// The sentence of the article the record came from (the text its span covers).
    public var sentence: String
    /// The day span the record refers to: its own, else the article's publication date.
    public var date: ResolvedDate?

    /// A report as the store holds it.
    public init(id: Int64, articleID: Int64, article: ReportArticle, record: CandidateRecord, sentence: String, date: ResolvedDate?) {
        self.id = id
        self.articleID = articleID
        self.article = article
        self.record = record
        self.sentence = sentence
        self.date = date
    }

    /// The record's confidence: 0…1 for an event, 1 for a claim or figure.
    public var confidence: Double { record.confidence }
    /// The record's modality; a target figure reads as promised.
    public var modality: Modality { record.modality }
}

/// An incident (or statement, or figure) as several articles report it: the unit a reviewer
/// accepts, edits, merges or rejects.
public struct ReviewCluster: Hashable, Sendable {
    /// The cluster's id in the store.
    public var id: Int64
    /// Whether it holds events, claims or figures.
    public var kind: CandidateKind
    /// Where it is in review.
    public var state: ClusterState
    /// The cluster its reports moved into, when `state` is `merged`; nil otherwise.
    public var mergedInto: Int64?
    /// The reviewer's corrections, applied over what the reports say.
    public var edits: ReviewEdits
    /// Who took the last decision on it; nil while never reviewed.
    public var reviewer: String?
    /// When the last decision was taken, ISO 8601; nil while never reviewed.
    public var reviewedAt: String?
    /// The reviewer's note, such as why it was rejected; nil when none.
    public var note: String?
    /// Where accepting wrote the record: `events`, `claims` or `observations`, and its key.
    public var evidenceTable: String?
    /// The key of the record accepting wrote; nil until accepted.
    public var evidenceKey: String?
    /// The reports the cluster joins, each a record of one article.
    public var reports: [ReviewReport]

    /// A cluster as given; the store loads it, this only holds it.
    public init(
        id: Int64, kind: CandidateKind, state: ClusterState, mergedInto: Int64? = nil, edits: ReviewEdits = ReviewEdits(),
        reviewer: String? = nil, reviewedAt: String? = nil, note: String? = nil, evidenceTable: String? = nil, evidenceKey: String? = nil,
        reports: [ReviewReport]
    ) {
        self.id = id
        self.kind = kind
        self.state = state
        self.mergedInto = mergedInto
        self.edits = edits
        self.reviewer = reviewer
        self.reviewedAt = reviewedAt
        self.note = note
        self.evidenceTable = evidenceTable
        self.evidenceKey = evidenceKey
        self.reports = reports
    }

    /// The key the accepted record has, in the `articles` data set.
    public var key: String { "article:\(id)" }

    /// The record accepting would write (or wrote), reports combined and edits applied; an
    /// error names the field a reviewer must set first.
    public func draft() -> Result<EvidenceRecord, TruceError> {
        do throws(TruceError) {
            switch kind {
            case .event:
                return .success(.event(try EvidenceDraft.event(key: key, reports: reports.compactMap(\.eventReport), edits: edits)))
            case .claim:
                return .success(.claim(try EvidenceDraft.claim(key: key, reports: reports.compactMap(\.claimReport), edits: edits)))
            case .figure:
                return .success(
                    .observation(try EvidenceDraft.observation(key: key, reports: reports.compactMap(\.figureReport), edits: edits)))
            }
        } catch {
            return .failure(error)
        }
    }

    /// Whether accepting records an act (the only thing that counts as compliance evidence):
    /// events reported as done, claims (a statement is what it is), current and past figures (values reported, not promised).
    public var isAct: Bool {
        switch kind {
        case .event: EvidenceDraft.modality(reports.compactMap(\.eventReport), edits: edits) == .done
        case .claim: true
        case .figure: EvidenceDraft.figureKind(reports.compactMap(\.figureReport), edits: edits) != .target
        }
    }

    /// The modality a reviewer sees: an event's combined one, a target figure's `promised`.
    public var modality: Modality {
        switch kind {
        case .event: EvidenceDraft.modality(reports.compactMap(\.eventReport), edits: edits)
        case .claim: edits.modality ?? reports.first?.modality ?? .done
        case .figure: isAct ? .done : .promised
        }
    }

    /// The distinct articles behind the cluster.
    public var articles: [ReportArticle] {
        var seen: Set<String> = []
        return reports.map(\.article).filter { seen.insert($0.sha256).inserted }
    }
}

/// A record that accepting a cluster writes.
public enum EvidenceRecord: Hashable, Sendable {
    case event(Event)
    case claim(Claim)
    case observation(Observation)

    /// The table it lives in.
    public var table: String {
        switch self {
        case .event: "events"
        case .claim: "claims"
        case .observation: "observations"
        }
    }
}

/// A review decision as the log keeps it.
public struct ReviewAction: Hashable, Sendable {
    /// The id of the cluster decided on.
    public var cluster: Int64
    /// accept, reject, edit, merge, reopen.
    public var action: String
    /// Who took the decision.
    public var reviewer: String
    /// When, ISO 8601.
    public var actedAt: String
    /// What the decision set (fields edited, a rejection's note, the record written), as the log
    /// keeps it; nil when nothing.
    public var detail: String?
    /// The snapshot a decision that changed the evidence made.
    public var snapshot: Int64?

    /// A logged decision `action` on `cluster` by `reviewer` at `actedAt`.
    public init(cluster: Int64, action: String, reviewer: String, actedAt: String, detail: String? = nil, snapshot: Int64? = nil) {
        self.cluster = cluster
        self.action = action
        self.reviewer = reviewer
        self.actedAt = actedAt
        self.detail = detail
        self.snapshot = snapshot
    }
}

extension ReviewReport {
    var eventReport: CandidateReport<CodedEvent>? {
        guard case .event(let event) = record else { return nil }
        return CandidateReport(record: event, article: article, sentence: sentence, confidence: event.confidence)
    }

    var claimReport: CandidateReport<CodedClaim>? {
        guard case .claim(let claim) = record else { return nil }
        return CandidateReport(record: claim, article: article, sentence: sentence)
    }

    var figureReport: CandidateReport<CodedFigure>? {
        guard case .figure(let figure) = record else { return nil }
        return CandidateReport(record: figure, article: article, sentence: sentence)
    }
}
