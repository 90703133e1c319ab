public import TruceCoder
public import TruceModel

/// Reads an article file's bytes into an `Article`.
///
/// Placeholder: UTF-8 only, markup from the file name.
public enum ArticleFile {
    public static func article(bytes: [UInt8], origin: String, source: String?, date: Day?) throws(TruceError) -> Article {
        let text = String(decoding: bytes, as: UTF8.self)
        let lower = origin.lowercased()
        let markup: ArticleMarkup =
            lower.hasSuffix(".html") || lower.hasSuffix(".htm") ? .html : lower.hasSuffix(".md") ? .markdown : .plain
        return ArticleCleaner.article(raw: text, markup: markup, origin: origin, source: source, date: date)
    }
}
