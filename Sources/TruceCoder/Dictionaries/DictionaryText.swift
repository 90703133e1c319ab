/// A problem with one line of a dictionary file: the line is skipped, the rest loads.
public struct DictionaryWarning: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}

/// One meaningful line of a PETRARCH dictionary file, comments removed.
struct DictionaryLine {
    /// 1-based line number in the file.
    var number: Int
    /// The text without comments and without trailing blanks.
    var text: Substring
    /// The comment on this line after `#`, if any (used for display names: `# name=Taliban`).
    var comment: Substring?
    /// Whether the line began with a blank (code lines of actors are indented).
    var isIndented: Bool
}

/// Splits dictionary text into lines, dropping `<!-- ... -->` blocks and `#` comments.
///
/// A `#` inside `[...]` is part of a code (PETRARCH's test files use `[###]`), not a comment.
enum DictionaryText {
    static func lines(_ text: String) -> [DictionaryLine] {
        var result: [DictionaryLine] = []
        var inBlockComment = false
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = rawLine
            if line.last == "\r" { line = line.dropLast() }
            if inBlockComment {
                // Searching by characters is slow; a line without the bytes cannot have the characters.
                if line.utf8.contains(UInt8(ascii: ">")), let close = line.firstRange(of: "-->") {
                    inBlockComment = false
                    line = line[close.upperBound...]
                } else {
                    continue
                }
            }
            // Comment blocks: "<!-- ... -->", also the malformed "<! -- ... -->" seen in the wild.
            while line.utf8.contains(UInt8(ascii: "<")), let open = line.firstRange(of: "<!") {
                if let close = line[open.upperBound...].firstRange(of: "-->") {
                    line = line[..<open.lowerBound] + line[close.upperBound...]
                } else {
                    line = line[..<open.lowerBound]
                    inBlockComment = true
                }
            }
            var comment: Substring?
            var depth = 0
            var cut: Substring.Index?
            // A line without a "#" byte has no "#" character to cut at; walking characters is slow.
            if line.utf8.contains(UInt8(ascii: "#")) {
                for index in line.indices {
                    let character = line[index]
                    if character == "[" {
                        depth += 1
                    } else if character == "]" {
                        depth = max(0, depth - 1)
                    } else if character == "#" && depth == 0 {
                        cut = index
                        break
                    }
                }
            }
            if let cut {
                comment = line[line.index(after: cut)...]
                line = line[..<cut]
            }
            let isIndented = line.first == " " || line.first == "\t"
            let trimmed = line.trimmingBlanks()
            if trimmed.isEmpty && comment == nil { continue }
            if trimmed.isEmpty { continue }
            result.append(DictionaryLine(number: number, text: trimmed, comment: comment, isIndented: isIndented))
        }
        return result
    }

    /// The words of a dictionary phrase: underscores and blanks separate words, and each
    /// word is tokenized as sentence text is, so "U.S." and "AL-QAEDA" match the text.
    static func words(_ phrase: some StringProtocol) -> [String] {
        var cleaned = ""
        cleaned.reserveCapacity(phrase.utf8.count)
        for character in phrase {
            cleaned.append(character == "_" ? " " : character)
        }
        return WordTokenizer.tokenize(cleaned).map(\.text)
    }

    /// The display name carried by a `name=...` comment, if present.
    static func displayName(in comment: Substring?) -> String? {
        guard let comment, comment.utf8.contains(UInt8(ascii: "=")), let range = comment.firstRange(of: "name=") else { return nil }
        let name = comment[range.upperBound...].trimmingBlanks()
        return name.isEmpty ? nil : String(name)
    }
}

extension StringProtocol {
    func trimmingBlanks() -> Substring {
        var start = startIndex
        var end = endIndex
        while start < end, self[start] == " " || self[start] == "\t" || self[start] == "\r" { start = index(after: start) }
        while end > start {
            let previous = index(before: end)
            let character = self[previous]
            guard character == " " || character == "\t" || character == "\r" else { break }
            end = previous
        }
        return Substring(self[start..<end])
    }
}
