/// HTML to plain text in one pass over the bytes.
///
/// Scripts, styles, comments and page furniture (nav, header, footer, aside,
/// forms) are dropped; block elements become paragraph breaks; character
/// references are decoded. The title, the first `<h1>`, publication-date
/// `<meta>` tags and the site name are kept aside for the article's header.
struct HTMLStripper {
    var text = ""
    var title: String?
    var firstHeading: String?
    var publishedMeta: String?
    var siteName: String?

    /// Elements whose whole content is dropped.
    private static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form", "button", "iframe",
        "select", "object", "canvas", "figure", "menu", "dialog",
    ]
    /// Words in a class or id that mark page furniture rather than the story.
    private static let furnitureMarks = [
        "comment", "cookie", "newsletter", "related", "more-", "share", "social", "promo", "advert", "subscribe", "sidebar",
        "banner", "popup", "modal", "breadcrumb", "signup", "sign-up", "most-read", "mostread", "trending", "recommend", "outbrain",
        "taboola", "paywall", "author-bio", "byline", "footer", "navigation", "menu", "topbar", "top-bar", "toolbar", "utility-bar",
        "login", "donate",
    ]

    static func isFurniture(_ attributes: [String: String]) -> Bool {
        let marks = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "") + " " + (attributes["role"] ?? "")).lowercased()
        guard marks.count > 2 else { return false }
        if marks.split(separator: " ").contains(where: { $0 == "more" || $0 == "navigation" || $0 == "complementary" }) { return true }
        return furnitureMarks.contains { marks.contains($0) }
    }

    /// Elements that start a new paragraph.
    private static let blocks: Set<String> = [
        "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "main", "blockquote",
        "ul", "ol", "table", "hr", "pre", "dd", "dt", "dl", "figcaption", "address", "caption", "tbody", "thead", "body",
    ]
    /// `<meta>` names and properties that carry a publication date.
    private static let dateMetas: Set<String> = [
        "article:published_time", "og:published_time", "published_time", "date", "pubdate", "publishdate", "publish-date",
        "publication_date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "datepublished",
        "sailthru.date", "parsely-pub-date", "citation_publication_date", "article.published", "release_date",
    ]

    init(_ html: String) {
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count / 2)
        var index = 0
        var pendingSpace = false
        var inPre = false
        var headingStart: Int?  // where the first h1's text begins in `out`
        var seenHeading = false
        var titleStart: Int?

        var blockStart = 0
        var linkDepth = 0
        var linkBytes = 0
        var textBytes = 0
        func breakParagraph() {
            while let last = out.last, last == 0x20 { out.removeLast() }
            // A short block that is all links is a list of other stories or a menu, not the story.
            if textBytes > 0, linkBytes * 10 >= textBytes * 8, textBytes < 300, blockStart <= out.count {
                out.removeSubrange(blockStart...)
                while let last = out.last, last == 0x20 { out.removeLast() }
            }
            linkBytes = 0
            textBytes = 0
            defer { blockStart = out.count }
            if !out.isEmpty, !(out.count >= 2 && out[out.count - 1] == 0x0A && out[out.count - 2] == 0x0A) {
                if out.last == 0x0A { out.append(0x0A) } else { out.append(contentsOf: [0x0A, 0x0A]) }
            }
            pendingSpace = false
        }

        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x3C {  // <
                if Bytes.hasPrefix(bytes, at: index, "<!--") {
                    index = Self.find(bytes, "-->", from: index + 4).map { $0 + 3 } ?? bytes.count
                    continue
                }
                guard let tag = Self.tag(bytes, at: index) else {
                    out.append(byte)
                    index += 1
                    continue
                }
                index = tag.end
                let name = tag.name
                if name == "a" { linkDepth = max(0, linkDepth + (tag.closing ? -1 : tag.selfClosing ? 0 : 1)) }
                if !tag.closing, !tag.selfClosing, name != "body", name != "html", name != "article", name != "main",
                    Self.isFurniture(tag.attributes)
                {
                    index = Self.skipElement(bytes, name: name, from: index)
                    breakParagraph()
                    continue
                }
                if !tag.closing, Self.skipped.contains(name), !tag.selfClosing {
                    index = Self.skipElement(bytes, name: name, from: index)
                    if name == "header" || name == "nav" || name == "footer" || name == "aside" { breakParagraph() }
                    continue
                }
                if name == "title" {
                    if !tag.closing {
                        let end = Self.findClosing(bytes, "title", from: index) ?? bytes.count
                        if title == nil { title = Self.plain(Array(bytes[index..<end])) }
                        index = Self.find(bytes, ">", from: end).map { $0 + 1 } ?? bytes.count
                    }
                    _ = titleStart
                    continue
                }
                if name == "meta" {
                    readMeta(tag.attributes)
                    continue
                }
                if name == "pre" { inPre = !tag.closing }
                if name == "h1", !seenHeading {
                    if !tag.closing {
                        breakParagraph()
                        headingStart = out.count
                    } else if let start = headingStart {
                        firstHeading = Self.trimmed(String(decoding: out[start...], as: UTF8.self))
                        out.removeSubrange(start...)  // the headline is not part of the body
                        headingStart = nil
                        seenHeading = true
                    }
                }
                if name == "br" {
                    while let last = out.last, last == 0x20 { out.removeLast() }
                    out.append(0x0A)
                    pendingSpace = false
                } else if Self.blocks.contains(name) {
                    breakParagraph()
                } else if name == "td" || name == "th" {
                    pendingSpace = true
                }
                continue
            }
            if byte == 0x26, let entity = HTMLEntities.decode(bytes, at: index) {
                if pendingSpace, !out.isEmpty, out.last != 0x0A { out.append(0x20) }
                pendingSpace = false
                if entity.scalar == 0x20 || entity.scalar == 0xA0 {
                    pendingSpace = true
                } else {
                    HTMLEntities.appendUTF8(entity.scalar, to: &out)
                }
                index += entity.length
                continue
            }
            if Bytes.isSpace(byte), !inPre {
                pendingSpace = true
                index += 1
                continue
            }
            if pendingSpace, !out.isEmpty, out.last != 0x0A { out.append(0x20) }
            pendingSpace = false
            out.append(byte)
            textBytes += 1
            if linkDepth > 0 { linkBytes += 1 }
            index += 1
        }
        breakParagraph()
        if let start = headingStart, !seenHeading {  // an unclosed h1
            firstHeading = Self.trimmed(String(decoding: out[start...], as: UTF8.self))
        }
        text = String(decoding: out, as: UTF8.self)
    }

    private mutating func readMeta(_ attributes: [String: String]) {
        let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
        guard let content = attributes["content"], !content.isEmpty else { return }
        if publishedMeta == nil, Self.dateMetas.contains(key) { publishedMeta = content }
        if siteName == nil, key == "og:site_name" { siteName = content }
        if title == nil, key == "og:title" { title = content }
    }

    static let maximumTagLength = 8192

    struct Tag {
        var name: String
        var closing: Bool
        var selfClosing: Bool
        var attributes: [String: String]
        var end: Int
    }

    /// Parses the tag at `index` (a `<`); nil when the `<` does not start a tag ("a < b").
    static func tag(_ bytes: [UInt8], at index: Int) -> Tag? {
        var cursor = index + 1
        guard cursor < bytes.count else { return nil }
        var closing = false
        if bytes[cursor] == 0x2F {
            closing = true
            cursor += 1
        }
        guard cursor < bytes.count else { return nil }
        if bytes[cursor] == 0x21 || bytes[cursor] == 0x3F {  // <!DOCTYPE>, <?xml?>
            guard let end = find(bytes, ">", from: cursor), end - cursor < maximumTagLength else { return nil }
            return Tag(name: "!", closing: false, selfClosing: true, attributes: [:], end: end + 1)
        }
        let nameStart = cursor
        while cursor < bytes.count, Bytes.isAlphanumeric(bytes[cursor]) || bytes[cursor] == 0x3A || bytes[cursor] == 0x2D { cursor += 1 }
        guard cursor > nameStart, Bytes.isLetter(bytes[nameStart]) else { return nil }
        let name = Bytes.lowerString(bytes, nameStart..<cursor)
        var attributes: [String: String] = [:]
        let wantsAttributes = !closing
        // Scan to the closing `>`, honouring quoted attribute values.
        var quote: UInt8 = 0
        var attributeName = ""
        var nameBegin = -1
        var valueBegin = -1
        // A tag longer than this is taken for text, so a stray `<` cannot make the scan quadratic.
        let limit = min(bytes.count, index + maximumTagLength)
        while cursor < limit {
            let byte = bytes[cursor]
            if quote != 0 {
                if byte == quote {
                    if wantsAttributes, valueBegin >= 0 {
                        attributes[attributeName] = plain(Array(bytes[valueBegin..<cursor]))
                    }
                    quote = 0
                    valueBegin = -1
                }
            } else if byte == 0x3E {
                break
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
                valueBegin = cursor + 1
            } else if wantsAttributes {
                if Bytes.isLetter(byte) || byte == 0x2D || byte == 0x3A || byte == 0x5F {
                    if nameBegin < 0 { nameBegin = cursor }
                } else if byte == 0x3D, nameBegin >= 0 {
                    attributeName = Bytes.lowerString(bytes, nameBegin..<cursor)
                    nameBegin = -1
                } else if nameBegin >= 0 {
                    nameBegin = -1
                }
            }
            cursor += 1
        }
        guard cursor < limit else { return nil }
        let selfClosing = cursor > 0 && bytes[cursor - 1] == 0x2F
        return Tag(name: name, closing: closing, selfClosing: selfClosing, attributes: attributes, end: cursor + 1)
    }

    /// The index after the element `name` that starts before `from`, counting nested elements of the same name.
    static func skipElement(_ bytes: [UInt8], name: String, from: Int) -> Int {
        var depth = 1
        var cursor = from
        let raw = name == "script" || name == "style"
        while cursor < bytes.count {
            guard let open = find(bytes, "<", from: cursor) else { return bytes.count }
            cursor = open + 1
            guard let tag = tag(bytes, at: open) else { continue }
            if tag.name == name {
                if tag.closing {
                    depth -= 1
                    if depth == 0 { return tag.end }
                } else if !raw, !tag.selfClosing {
                    depth += 1
                }
            }
            if !raw { cursor = tag.end }
        }
        return bytes.count
    }

    static func findClosing(_ bytes: [UInt8], _ name: String, from: Int) -> Int? {
        var cursor = from
        while let open = find(bytes, "</", from: cursor) {
            if let tag = tag(bytes, at: open), tag.name == name { return open }
            cursor = open + 2
        }
        return nil
    }

    static func find(_ bytes: [UInt8], _ needle: StaticString, from: Int) -> Int? {
        let count = needle.utf8CodeUnitCount
        guard count > 0 else { return nil }
        let first = needle.utf8Start[0]
        var index = max(0, from)
        while index + count <= bytes.count {
            if bytes[index] == first, Bytes.hasPrefix(bytes, at: index, needle) { return index }
            index += 1
        }
        return nil
    }

    /// Text of a fragment with tags dropped, references decoded and whitespace collapsed.
    static func plain(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var index = 0
        var space = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x3C, let tag = tag(bytes, at: index) {
                index = tag.end
                space = true
                continue
            }
            if byte == 0x26, let entity = HTMLEntities.decode(bytes, at: index) {
                if entity.scalar == 0x20 {
                    space = true
                } else {
                    if space, !out.isEmpty { out.append(0x20) }
                    space = false
                    HTMLEntities.appendUTF8(entity.scalar, to: &out)
                }
                index += entity.length
                continue
            }
            if Bytes.isSpace(byte) {
                space = true
            } else {
                if space, !out.isEmpty { out.append(0x20) }
                space = false
                out.append(byte)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func trimmed(_ text: String) -> String {
        // Most text starts and ends with an ASCII character that is not white space: nothing to drop.
        if let first = text.utf8.first, let last = text.utf8.last, first < 0x80, last < 0x80, !Bytes.isSpace(first), first != 0x0B,
            !Bytes.isSpace(last), last != 0x0B
        {
            return text
        }
        var view = Substring(text)
        while let first = view.unicodeScalars.first, first.properties.isWhitespace { view = view.dropFirst() }
        while let last = view.unicodeScalars.last, last.properties.isWhitespace { view = view.dropLast() }
        return String(view)
    }
}
