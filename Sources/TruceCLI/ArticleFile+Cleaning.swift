import TruceCoder
import TruceFormats
import TruceModel

extension ArticleFile {
    /// The file's text as an article to code: formats decoded the bytes, the coder's cleaner strips the markup.
    ///
    /// The composition lives here, above both targets, so that neither depends on the other.
    func article(source: String?, date: Day?) -> Article {
        ArticleCleaner.article(raw: text, markup: markup, origin: origin, source: source, date: date)
    }
}
