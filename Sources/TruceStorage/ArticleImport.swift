import TruceFormats
public import TruceModel

/// One coded article, ready to store.
public struct ArticleImport: Sendable {
    /// The cleaned article.
    public var article: Article
    /// SHA-256 of the file's bytes, hex: the same file imported twice is stored once.
    public var sha256: String
    /// What the coder found in it: events, claims and figures.
    public var result: CodingResult

    /// An article with the hash of its bytes and its coding.
    public init(article: Article, sha256: String, result: CodingResult) {
        self.article = article
        self.sha256 = sha256
        self.result = result
    }

    /// An article with the hash of `bytes`, the file as read.
    public init(article: Article, bytes: [UInt8], result: CodingResult) {
        self.init(article: article, sha256: ContentDigest.sha256(bytes), result: result)
    }
}

/// How the articles were coded, kept with each article for provenance.
public struct CoderSettings: Hashable, Sendable, Codable {
    /// The dictionary files added to the built-in ones, by path.
    public var dictionaries: [String]
    /// The agreement whose actors named the sides, if any.
    public var agreement: String?
    /// The day window of the clustering rule.
    public var window: Int

    /// Settings as given; the defaults are the built-in dictionaries, no agreement and the default window.
    public init(dictionaries: [String] = [], agreement: String? = nil, window: Int = CandidateClustering.defaultWindow) {
        self.dictionaries = dictionaries
        self.agreement = agreement
        self.window = window
    }
}

/// What storing a run of coded articles did.
public struct ArticleImportReport: Hashable, Sendable, Codable {
    /// The snapshot of the run; nil when nothing new was stored.
    public var snapshot: Int64?
    /// Articles stored for the first time.
    public var articlesNew = 0
    /// Articles whose bytes were stored before, left out.
    public var articlesDuplicate = 0
    /// The origins of the articles already stored (same bytes), in input order.
    public var duplicates: [String] = []
    /// Candidate events stored.
    public var events = 0
    /// Candidate claims stored.
    public var claims = 0
    /// Candidate figures stored.
    public var figures = 0
    /// Clusters this run created, and earlier pending clusters it added reports to.
    public var clustersNew = 0
    /// Earlier pending clusters this run added reports to.
    public var clustersExtended = 0
    /// Articles that could not be stored (what was coded from them cannot be written), with why;
    /// the others are stored all the same.
    public var refused: [RefusedArticle] = []

    /// A report of nothing stored yet, filled in as the run goes.
    public init() {}
}

/// An article left out of an import, and why: each file succeeds or fails alone.
public struct RefusedArticle: Hashable, Sendable, Codable {
    /// The article's origin (its file).
    public var origin: String
    /// Why it was left out, in one sentence.
    public var reason: String

    /// An article refused for `reason`.
    public init(origin: String, reason: String) {
        self.origin = origin
        self.reason = reason
    }
}
