/// One cell of a CSV file as Truce writes it (RFC 4180): quoted only when it must be.
enum CSVCell {
    /// `field`, in double quotes with inner quotes doubled when it holds a comma, a quote or a line break.
    static func quoted(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
            return field
        }
        var quoted = "\""
        for character in field {
            if character == "\"" { quoted.append("\"") }
            quoted.append(character)
        }
        return quoted + "\""
    }

    /// A record: the cells quoted, joined by commas, ended by a line feed.
    static func line(_ cells: [String?]) -> String {
        var line = ""
        for (index, cell) in cells.enumerated() {
            if index > 0 { line += "," }
            if let cell { line += quoted(cell) }
        }
        return line + "\n"
    }
}
