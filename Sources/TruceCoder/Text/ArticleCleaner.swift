public import TruceModel

/// Turns an article as written (plain, Markdown or HTML) into clean text.
///
/// Placeholder: keeps the text as it is.
public enum ArticleCleaner {
    public static func article(raw: String, markup: ArticleMarkup, origin: String, source: String?, date: Day?) -> Article {
        Article(origin: origin, source: source, headline: nil, text: raw, publicationDate: date)
    }
}
