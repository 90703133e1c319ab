/// One news article, cleaned of markup, ready to code.
///
/// Reading the file (bytes, encoding, size limits) is the caller's job; this
/// type holds text only, so the coder stays free of I/O.
public struct Article: Hashable, Sendable {
    /// Where it came from, for provenance ("reports/2020-03-04-helmand.html").
    public var origin: String
    /// The outlet that published it, when known.
    public var source: String?
    /// The headline, when there is one; not part of `text`.
    public var headline: String?
    /// The cleaned body text the spans point into (headline excluded).
    public var text: String
    /// The day it was published, when known; relative dates ("yesterday") are resolved against it.
    public var publicationDate: Day?

    /// An article from `origin` with cleaned body `text`; source, headline and date are optional.
    public init(origin: String, source: String? = nil, headline: String? = nil, text: String, publicationDate: Day? = nil) {
        self.origin = origin
        self.source = source
        self.headline = headline
        self.text = text
        self.publicationDate = publicationDate
    }
}

/// The markup an article's text arrives in.
public enum ArticleMarkup: String, Hashable, Sendable, CaseIterable {
    case plain, markdown, html
}
