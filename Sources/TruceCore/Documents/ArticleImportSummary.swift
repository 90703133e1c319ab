public import TruceStorage

/// An article intake as users see it in JSON (`truce import articles --format json`, the upload API).
public struct ArticleImportSummary: Encodable, Sendable {
    /// What was stored.
    public var report: ArticleImportReport
    /// Articles that failed, each with its file and error.
    public var failures: [ArticleFailure]
    /// Files in folders that were passed over as not articles.
    public var skipped: [String]

    /// The summary of `intake`.
    public init(_ intake: ArticleIntakeReport) {
        report = intake.stored
        failures = intake.failures
        skipped = intake.skipped
    }

    enum CodingKeys: String, CodingKey {
        case snapshot, events, claims, figures, failures, skipped, duplicates
        case articlesNew = "articles_new"
        case articlesDuplicate = "articles_duplicate"
        case clustersNew = "clusters_new"
        case clustersExtended = "clusters_extended"
    }

    /// Flattens the storage report's counts into the document, beside the failures and skipped files.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(report.snapshot, forKey: .snapshot)
        try container.encode(report.articlesNew, forKey: .articlesNew)
        try container.encode(report.articlesDuplicate, forKey: .articlesDuplicate)
        try container.encode(report.duplicates, forKey: .duplicates)
        try container.encode(report.events, forKey: .events)
        try container.encode(report.claims, forKey: .claims)
        try container.encode(report.figures, forKey: .figures)
        try container.encode(report.clustersNew, forKey: .clustersNew)
        try container.encode(report.clustersExtended, forKey: .clustersExtended)
        try container.encode(failures, forKey: .failures)
        try container.encode(skipped, forKey: .skipped)
    }
}
