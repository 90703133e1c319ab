/// One cell of a CSV file as Truce writes it (RFC 4180): quoted only when it must be.
enum CSVCell {
    /// `field`, in double quotes with inner quotes doubled when it holds a comma, a quote or a line break.
    static func quoted(_ field: String) -> String {
        var line = ""
        append(field, to: &line)
        return line
    }

    /// A record: the cells quoted, joined by commas, ended by a line feed.
    static func line(_ cells: [String?]) -> String {
        var line = ""
        for (index, cell) in cells.enumerated() {
            if index > 0 { line += "," }
            if let cell { append(cell, to: &line) }
        }
        return line + "\n"
    }

    /// Appends `field` to `line`, quoted if it must be. Exports write millions of cells:
    /// the common cell is copied whole, and only a cell with a quote is taken apart.
    static func append(_ field: String, to line: inout String) {
        var mustQuote = false
        var hasQuote = false
        for byte in field.utf8 {
            switch byte {
            case UInt8(ascii: "\""):
                mustQuote = true
                hasQuote = true
            case UInt8(ascii: ","), 0x0A, 0x0D: mustQuote = true
            default: continue
            }
        }
        guard mustQuote else {
            line += field
            return
        }
        line += "\""
        if hasQuote {
            line += field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
        } else {
            line += field
        }
        line += "\""
    }
}
