/// Markdown to plain text, line by line.
///
/// YAML front matter gives the title, date and source; the first `#` heading
/// is the headline; emphasis marks, link targets, images, code fences and
/// list markers go; lines of one paragraph are joined as Markdown joins them.
struct MarkdownStripper {
    var text = ""
    var title: String?
    var date: String?
    var source: String?

    init(_ markdown: String) {
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
        // Front matter: `---` on the first line, up to the next `---` or `...`.
        if lines.first.map({ $0.trimmingTrailingSpaces() == "---" }) == true,
            let close = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingSpaces() == "---" || $0.trimmingTrailingSpaces() == "..." })
        {
            for line in lines[1..<close] { readFrontMatter(line) }
            lines.removeSubrange(0...close)
        }
        var paragraphs: [String] = []
        var current: [String] = []
        var inFence = false
        func flush() {
            if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
            current = []
        }
        for rawLine in lines {
            let line = rawLine.trimmingLeadingSpaces()
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                inFence.toggle()
                flush()
                continue
            }
            if inFence { continue }
            if line.isEmpty {
                flush()
                continue
            }
            if Self.isRule(line) || Self.isReferenceDefinition(line) {
                flush()
                continue
            }
            if line.hasPrefix("#") {
                flush()
                let heading = Self.inline(String(line.drop { $0 == "#" }).trimmingSpaces())
                if title == nil, line.hasPrefix("# ") || line == "#" {
                    title = heading
                } else if !heading.isEmpty {
                    paragraphs.append(heading)
                }
                continue
            }
            var content = Substring(line)
            while content.hasPrefix(">") { content = content.dropFirst().trimmingLeadingSpaces()[...] }
            if let item = Self.listItemBody(content) {
                flush()
                content = item
            }
            let cleaned = Self.inline(String(content)).trimmingSpaces()
            if !cleaned.isEmpty { current.append(cleaned) }
        }
        flush()
        text = paragraphs.joined(separator: "\n\n")
    }

    private mutating func readFrontMatter(_ line: Substring) {
        guard let colon = line.firstIndex(of: ":") else { return }
        let key = line[..<colon].trimmingSpaces().lowercased()
        var value = line[line.index(after: colon)...].trimmingSpaces()
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            value = String(value.dropFirst().dropLast())
        }
        guard !value.isEmpty else { return }
        switch key {
        case "title", "headline": if title == nil { title = value }
        case "date", "published", "publication_date", "pubdate", "published_at": if date == nil { date = value }
        case "source", "publisher", "site", "outlet": if source == nil { source = value }
        default: break
        }
    }

    private static func isRule(_ line: Substring) -> Bool {
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, first == "-" || first == "*" || first == "_" || first == "=" else { return false }
        return marks.allSatisfy { $0 == first }
    }

    private static func isReferenceDefinition(_ line: Substring) -> Bool {
        guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return false }
        return line[line.index(after: close)...].hasPrefix(":")
    }

    /// The text of a list item ("- x", "* x", "+ x", "12. x"), or nil.
    private static func listItemBody(_ line: Substring) -> Substring? {
        if let first = line.first, first == "-" || first == "*" || first == "+", line.dropFirst().first == " " {
            return line.dropFirst(2)
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        return rest.dropFirst(2)
    }

    /// Inline Markdown to text: links keep their text, images go, emphasis and code marks go.
    static func inline(_ line: String) -> String {
        let bytes = Array(line.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x21 where index + 1 < bytes.count && bytes[index + 1] == 0x5B:  // ![alt](url): dropped
                if let end = linkEnd(bytes, from: index + 1) {
                    index = end.after
                    continue
                }
            case 0x5B:  // [text](url) or [text][ref]
                if let end = linkEnd(bytes, from: index) {
                    out.append(contentsOf: Array(inline(String(decoding: bytes[(index + 1)..<end.textEnd], as: UTF8.self)).utf8))
                    index = end.after
                    continue
                }
            case 0x2A, 0x60, 0x7E:  // * ` ~
                index += 1
                continue
            case 0x5F:  // _ around words, not inside them (snake_case)
                let before = index > 0 ? bytes[index - 1] : 0x20
                let after = index + 1 < bytes.count ? bytes[index + 1] : 0x20
                if !(Bytes.isAlphanumeric(before) && Bytes.isAlphanumeric(after)) {
                    index += 1
                    continue
                }
            case 0x5C where index + 1 < bytes.count && !Bytes.isAlphanumeric(bytes[index + 1]):  // \* escapes
                out.append(bytes[index + 1])
                index += 2
                continue
            case 0x3C:  // inline HTML and autolinks
                if let tag = HTMLStripper.tag(bytes, at: index) {
                    index = tag.end
                    continue
                }
                if let close = bytes[index...].firstIndex(of: 0x3E), bytes[index..<close].contains(0x3A) {
                    index = close + 1
                    continue
                }
            case 0x26:
                if let entity = HTMLEntities.decode(bytes, at: index) {
                    HTMLEntities.appendUTF8(entity.scalar, to: &out)
                    index += entity.length
                    continue
                }
            default: break
            }
            out.append(byte)
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// For `[` at `start`: where the link text ends and where the whole link ends.
    private static func linkEnd(_ bytes: [UInt8], from start: Int) -> (textEnd: Int, after: Int)? {
        var depth = 0
        var index = start
        while index < bytes.count {
            if bytes[index] == 0x5B { depth += 1 }
            if bytes[index] == 0x5D {
                depth -= 1
                if depth == 0 { break }
            }
            index += 1
        }
        guard index < bytes.count else { return nil }
        let textEnd = index
        let next = index + 1
        guard next < bytes.count, bytes[next] == 0x28 || bytes[next] == 0x5B else { return nil }
        let close: UInt8 = bytes[next] == 0x28 ? 0x29 : 0x5D
        guard let end = bytes[next...].firstIndex(of: close) else { return nil }
        return (textEnd, end + 1)
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String { String(trimmingLeadingSpaces().trimmingTrailingSpaces()) }
    func trimmingLeadingSpaces() -> SubSequence { drop { $0 == " " || $0 == "\t" } }
    func trimmingTrailingSpaces() -> String {
        var view = self[...]
        while let last = view.last, last == " " || last == "\t" || last == "\r" { view = view.dropLast() }
        return String(view)
    }
}
