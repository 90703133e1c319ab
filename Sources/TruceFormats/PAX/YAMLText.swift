/// Text as the skeleton writer puts it into YAML: scalars that read back
/// exactly, and comments that cannot end early or break the file.
enum YAMLText {
    /// A double-quoted scalar that YAML reads back as `text`, whatever it holds.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if needsEscape(scalar) {
                    out += "\\u" + hex(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// The text of a comment on one line: line breaks (YAML 1.1 counts NEL,
    /// U+2028 and U+2029 as line breaks too) and control characters become spaces,
    /// runs of spaces one space, none at either end.
    static func oneLine(_ text: String) -> String {
        // Unicode scalars, not Characters: grapheme breaking would make this the slow part of a skeleton.
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\r" || scalar == "\t" || needsEscape(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Comment lines (`# text`) holding `text`, wrapped at spaces to about `width` columns.
    static func comment(_ text: String, indent: String = "", width: Int = 100) -> [String] {
        let prefix = indent + "# "
        let room = width - prefix.unicodeScalars.count
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var word = String.UnicodeScalarView()
        // Lengths in scalars, counted as they are added.
        var length = 0
        var wordLength = 0
        func endWord() {
            guard wordLength > 0 else { return }
            if length > 0, length + 1 + wordLength > room {
                lines.append(prefix + String(current))
                current = String.UnicodeScalarView()
                length = 0
            }
            if length > 0 {
                current.append(" ")
                length += 1
            }
            current.append(contentsOf: word)
            length += wordLength
            word = String.UnicodeScalarView()
            wordLength = 0
        }
        for scalar in oneLine(text).unicodeScalars {
            if scalar == " " {
                endWord()
            } else {
                word.append(scalar)
                wordLength += 1
            }
        }
        endWord()
        lines.append(current.isEmpty ? indent + "#" : prefix + String(current))
        return lines
    }

    /// Characters a YAML reader refuses or reads as line breaks: C0 and C1 controls,
    /// DEL, the byte-order mark, the line and paragraph separators.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09) || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 || value == 0xFEFF
            || value == 0xFFFE || value == 0xFFFF
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
