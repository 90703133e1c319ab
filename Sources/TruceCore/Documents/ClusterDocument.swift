public import TruceModel

/// A review cluster as users see it in JSON (`truce review list/show --format json`, the review
/// API): its state and decision, the record accepting it would write summarised in one line, why
/// it cannot be accepted yet (`problem`), every report with its article, and, when asked, the
/// decisions taken on it.
public struct ClusterDocument: Encodable, Sendable {
    var id: Int64
    var kind: String
    var state: String
    var mergedInto: Int64?
    var reviewer: String?
    var reviewedAt: String?
    var note: String?
    var evidenceTable: String?
    var evidenceKey: String?
    var edits: [String: String]
    var isAct: Bool
    var modality: String
    var summary: String
    var problem: String?
    var reports: [Report]
    var actions: [Action]?

    /// The document of `cluster`, with `actions` when given (nil leaves them out).
    public init(_ cluster: ReviewCluster, actions: [ReviewAction]? = nil) {
        id = cluster.id
        kind = cluster.kind.rawValue
        state = cluster.state.rawValue
        mergedInto = cluster.mergedInto
        reviewer = cluster.reviewer
        reviewedAt = cluster.reviewedAt
        note = cluster.note
        evidenceTable = cluster.evidenceTable
        evidenceKey = cluster.evidenceKey
        edits = cluster.edits.values
        isAct = cluster.isAct
        modality = cluster.modality.rawValue
        summary = ClusterSummary.text(of: cluster)
        if case .failure(let error) = cluster.draft() { problem = error.message }
        reports = cluster.reports.map(Report.init)
        self.actions = actions?.map(Action.init)
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, state, reviewer, note, edits, modality, summary, problem, reports, actions
        case mergedInto = "merged_into"
        case reviewedAt = "reviewed_at"
        case evidenceTable = "evidence_table"
        case evidenceKey = "evidence_key"
        case isAct = "is_act"
    }

    /// One report: the article it comes from and the sentence.
    struct Report: Encodable, Sendable {
        var id: Int64
        var origin: String
        var source: String?
        var headline: String?
        var sha256: String
        var publishedOn: String?
        var date: String?
        var sentence: String
        var confidence: Double
        var modality: String

        init(_ report: ReviewReport) {
            id = report.id
            origin = report.article.origin
            source = report.article.source
            headline = report.article.headline
            sha256 = report.article.sha256
            publishedOn = report.article.publicationDate?.iso
            date = report.date.map(ClusterSummary.dateText)
            sentence = report.sentence
            confidence = report.confidence
            modality = report.modality.rawValue
        }

        enum CodingKeys: String, CodingKey {
            case id, origin, source, headline, sha256, date, sentence, confidence, modality
            case publishedOn = "published_on"
        }
    }

    /// One decision taken on the cluster.
    struct Action: Encodable, Sendable {
        var action: String
        var reviewer: String
        var at: String
        var detail: String?
        var snapshot: Int64?

        init(_ action: ReviewAction) {
            self.action = action.action
            reviewer = action.reviewer
            at = action.actedAt
            detail = action.detail
            snapshot = action.snapshot
        }
    }
}
