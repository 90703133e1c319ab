import Foundation
public import TruceModel
import TruceCoder
import TruceFormats

/// An article to code: a file by its path, or bytes already in memory (an upload) with the name
/// that stands for them in errors and provenance.
public enum ArticleInput: Hashable, Sendable {
    /// The file at this path.
    case file(String)
    /// These bytes, named `origin`.
    case bytes([UInt8], origin: String)

    /// The path or name that stands for the input in errors, reports and provenance.
    public var origin: String {
        switch self {
        case .file(let path): path
        case .bytes(_, let origin): origin
        }
    }

    /// The input's bytes, read whole (articles are small: at most ``ArticleFile/maximumBytes``).
    ///
    /// - Throws: ``TruceError`` when the file cannot be read or is larger than an article can be.
    public func read() throws -> [UInt8] {
        switch self {
        case .bytes(let bytes, _):
            return bytes
        case .file(let path):
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                throw TruceError(.unreadableFile, "\(path): it is a folder, not a file")
            }
            // Refuse a mistaken dump before reading it into memory.
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > ArticleFile.maximumBytes {
                throw TruceError(
                    .invalidInput, "\(path): \(size >> 20) MB is too large for an article (at most \(ArticleFile.maximumBytes >> 20) MB)")
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw TruceError(.unreadableFile, "\(path): cannot read this file; check the path and its permissions")
            }
            return [UInt8](data)
        }
    }

    /// `bytes` decoded and cleaned of markup into an article: formats decode, the coder's cleaner
    /// strips the markup; the composition lives in the core so that neither target knows the other.
    ///
    /// - Parameters:
    ///   - source: the outlet, when the article does not name one.
    ///   - date: the publication day, when neither the file's metadata nor its dateline gives one.
    public static func article(bytes: [UInt8], origin: String, source: String?, date: Day?) throws -> Article {
        let file = try ArticleFile(bytes: bytes, origin: origin)
        return article(text: file.text, markup: file.markup, origin: origin, source: source, date: date)
    }

    /// Text already decoded (a JSON Lines record) cleaned into an article; its markup is judged from the text.
    public static func article(text: String, origin: String, source: String?, date: Day?) -> Article {
        article(text: text, markup: ArticleFile.markup(origin: "", text: text), origin: origin, source: source, date: date)
    }

    static func article(text: String, markup: ArticleMarkup, origin: String, source: String?, date: Day?) -> Article {
        ArticleCleaner.article(raw: text, markup: markup, origin: origin, source: source, date: date)
    }

    /// Refuses what cannot be stored as an article: no bytes, no prose once markup is removed, binary data.
    static func checkStorable(_ article: Article, byteCount: Int) throws {
        guard byteCount > 0 else { throw TruceError(.invalidInput, "the file is empty: there is no article to code") }
        guard article.text.contains(where: { !$0.isWhitespace }) else {
            throw TruceError(.invalidInput, "no article text is left once markup is removed")
        }
        guard !article.text.unicodeScalars.contains("\u{0}") else {
            throw TruceError(.invalidInput, "the file holds binary data, not text")
        }
    }
}
