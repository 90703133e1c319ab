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
    public var reviewer: String
    /// ISO 8601.
    public var at: String

    public init(reviewer: String, at: String) {
        self.reviewer = reviewer
        self.at = at
    }
}

/// One report in a cluster: a coded record of one article, with its sentence.
public struct ReviewReport: Hashable, Sendable {
    public var id: Int64
    public var articleID: Int64
    public var article: ReportArticle
    public var record: CandidateRecord
    /// The sentence of the article the record came from (the text its span covers).
    public var sentence: String
    /// The day span the record refers to: its own, else the article's publication date.
    public var date: ResolvedDate?

    public init(id: Int64, articleID: Int64, article: ReportArticle, record: CandidateRecord, sentence: String, date: ResolvedDate?) {
        self.id = id
        self.articleID = articleID
        self.article = article
        self.record = record
        self.sentence = sentence
        self.date = date
    }

    public var confidence: Double { record.confidence }
    public var modality: Modality { record.modality }
}

/// An incident (or statement, or figure) as several articles report it: the unit a reviewer
/// accepts, edits, merges or rejects.
public struct ReviewCluster: Hashable, Sendable {
    public var id: Int64
    public var kind: CandidateKind
    public var state: ClusterState
    public var mergedInto: Int64?
    public var edits: ReviewEdits
    public var reviewer: String?
    public var reviewedAt: String?
    public var note: String?
    /// Where accepting wrote the record: `events`, `claims` or `observations`, and its key.
    public var evidenceTable: String?
    public var evidenceKey: String?
    public var reports: [ReviewReport]

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
    /// events reported as done, claims (a statement is what it is), current figures.
    public var isAct: Bool {
        switch kind {
        case .event: EvidenceDraft.modality(reports.compactMap(\.eventReport), edits: edits) == .done
        case .claim: true
        case .figure: EvidenceDraft.figureKind(reports.compactMap(\.figureReport), edits: edits) == .current
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
    public var cluster: Int64
    /// accept, reject, edit, merge, reopen.
    public var action: String
    public var reviewer: String
    public var actedAt: String
    public var detail: String?
    /// The snapshot a decision that changed the evidence made.
    public var snapshot: Int64?

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
