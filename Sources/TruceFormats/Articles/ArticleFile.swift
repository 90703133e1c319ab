import Foundation
public import TruceModel

/// An article file's text as written, markup included, and the markup it is written in.
///
/// Encodings: UTF-8 (with or without a byte-order mark), UTF-16 with a
/// byte-order mark, and Windows-1252 for bytes that are not valid UTF-8 (old
/// pages and Word exports). Binary files (NUL bytes or mostly control bytes)
/// and files over `maximumBytes` are refused with an error that names the file
/// and says what to do. An empty file is an empty text, not an error: it
/// codes to nothing. The markup comes from the extension (.html/.htm/.xhtml,
/// .md/.markdown, .txt), else from the content.
///
/// Cleaning the text into an `Article` is the coder's job (`ArticleCleaner`); whoever
/// turns files into articles composes the two, so that formats need not know the coder.
public struct ArticleFile: Hashable, Sendable {
    /// 20 MB (`InputLimits.recordBytes`): far above any news article, low enough to refuse a mistaken database dump.
    public static let maximumBytes = InputLimits.recordBytes

    /// Where the text came from: the path, or the name an upload was given.
    public var origin: String
    /// The decoded text, markup still in it.
    public var text: String
    public var markup: ArticleMarkup

    /// Decodes bytes already in memory (an upload); `origin` names them in errors and provenance.
    ///
    /// - Throws: `TruceError` (`invalidInput`) naming `origin` for binary or oversized content.
    public init(bytes: [UInt8], origin: String) throws(TruceError) {
        self.origin = origin
        text = try Self.decode(bytes, origin: origin)
        markup = Self.markup(origin: origin, text: text)
    }

    /// Reads and decodes the file at `path`.
    ///
    /// - Throws: `TruceError` (`unreadableFile`) when the file cannot be read, (`invalidInput`)
    ///   for binary or oversized content; both name the path.
    public init(path: String) throws(TruceError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw TruceError(.unreadableFile, "cannot read \(path): it is a folder, not a file")
        }
        // Refuse a mistaken dump before reading it into memory; `decode` holds the same limit for bytes.
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > Self.maximumBytes {
            throw Self.tooLarge(size, origin: path)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TruceError(.unreadableFile, "cannot read \(path): check the path and its permissions")
        }
        try self.init(bytes: Array(data), origin: path)
    }

    /// The bytes as text, or an error saying why they are not an article.
    public static func decode(_ bytes: [UInt8], origin: String) throws(TruceError) -> String {
        guard bytes.count <= maximumBytes else { throw tooLarge(bytes.count, origin: origin) }
        if bytes.count >= 2, bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF {
            return decodeUTF16(bytes, bigEndian: bytes[0] == 0xFE, origin: origin)
        }
        var body = bytes[...]
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { body = bytes.dropFirst(3) }
        if let reason = binaryReason(body) {
            throw TruceError(
                .invalidInput, "\(origin): this looks like a binary file, not an article (\(reason)); save it as text, HTML or Markdown first")
        }
        return body.withUnsafeBufferPointer { buffer in
            UTF8Validation.isValid(buffer) ? String(decoding: buffer, as: UTF8.self) : mixedDecode(buffer)
        }
    }

    static func tooLarge(_ size: Int, origin: String) -> TruceError {
        TruceError(
            .invalidInput,
            "\(origin): \(size / 1_048_576) MB is more than an article (the limit is \(maximumBytes / 1_048_576) MB); "
                + "split the file or code the articles one by one")
    }

    /// Valid UTF-8 runs as UTF-8, other bytes as Windows-1252: a file pasted together from both keeps every character.
    static func mixedDecode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 4)
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                out.append(lead)
                index += 1
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
            if length > 0, index + length <= bytes.count,
                let base = bytes.baseAddress,
                UTF8Validation.isValidTail(base + index, from: 0, count: length)
            {
                out.append(contentsOf: bytes[index..<(index + length)])
                index += length
                continue
            }
            let scalar = Windows1252.scalar(for: lead)
            if let unicode = Unicode.Scalar(scalar) { out.append(contentsOf: Array(String(Character(unicode)).utf8)) }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool, origin: String) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let unit = bigEndian ? UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]) : UInt16(bytes[index + 1]) << 8 | UInt16(bytes[index])
            units.append(unit)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Why the bytes look binary: a NUL byte, or many control bytes in the first 8 KB.
    static func binaryReason(_ bytes: ArraySlice<UInt8>) -> String? {
        if let nul = bytes.firstIndex(of: 0) { return "a NUL byte at offset \(nul - bytes.startIndex)" }
        let sample = bytes.prefix(8192)
        guard !sample.isEmpty else { return nil }
        let controls = sample.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C && $0 != 0x1B }.count
        return controls * 10 > sample.count ? "\(controls) control bytes in the first \(sample.count)" : nil
    }

    /// The markup the file is written in: from its extension, else from what the text looks like.
    public static func markup(origin: String, text: String) -> ArticleMarkup {
        let lower = origin.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || lower.hasSuffix(".mdown") { return .markdown }
        if lower.hasSuffix(".txt") || lower.hasSuffix(".text") { return .plain }
        // Only text with a "<", a "#" or a "](" near its start can be markup: most plain files skip the slower checks.
        let bytes = text.utf8.prefix(2000)
        guard bytes.first == 0x2D || bytes.contains(where: { $0 == 0x3C || $0 == 0x23 || $0 == 0x5D }) else { return .plain }
        let head = String(decoding: bytes, as: UTF8.self).lowercased()
        if head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<p>")
            || head.contains("<div") || head.contains("<article")
        {
            return .html
        }
        let lines = head.split(separator: "\n")
        if head.hasPrefix("---\n") || lines.contains(where: { $0.hasPrefix("# ") || $0.hasPrefix("## ") })
            || head.contains("](http")
        {
            return .markdown
        }
        return .plain
    }
}
