public import TruceModel

/// One agreement of the PA-X agreements CSV (`pax_all_agreements_data.csv`):
/// its metadata, its signatories as PA-X writes them, and the values of the
/// provision columns Truce knows (``PAXCategories``).
public struct PAXAgreementRow: Hashable, Sendable {
    /// PA-X's agreement id (`AgtId`), also the number in the agreement's web address.
    public let agtId: Int
    /// The file's name (without its folder) and the line where the row starts, for messages.
    public let file: String
    public let line: Int
    /// The cells Truce reads, trimmed, by PA-X column name; empty cells are absent.
    private let cells: [String: String]

    public init(agtId: Int, file: String, line: Int, cells: [String: String]) {
        self.agtId = agtId
        self.file = file
        self.line = line
        self.cells = cells.filter { !$0.value.isEmpty }
    }

    /// The trimmed cell of a column (PA-X spelling: `Agt`, `CeGen`), or nil when empty or unknown.
    public subscript(column: String) -> String? { cells[column] }

    /// The agreement's name (`Agt`), which may hold line breaks.
    public var name: String { cells["Agt"] ?? "" }
    /// The date as the file writes it (`Dat`).
    public var date: String { cells["Dat"] ?? "" }
    /// The signing date, when `Dat` is a date Truce can read.
    public var signed: Day? { Self.day(from: date) }
    /// The signatories as PA-X writes them (`Part`): free text, often one per line.
    public var parties: String { cells["Part"] ?? "" }
    /// Third parties (`ThrdPart`): witnesses, guarantors, mediators.
    public var thirdParties: String { cells["ThrdPart"] ?? "" }

    /// The value of a provision column as a whole number: 0 when the cell is
    /// empty or `NA`, nil when it holds something that is not a number.
    public func code(_ column: String) -> Int? {
        guard let text = cells[column], text != "NA" else { return 0 }
        return Int(text)
    }

    /// Whether PA-X codes the topic as present: a column that counts is non-zero.
    /// A cell that is not a number (a damaged file) counts as present, so that
    /// its stub shows the value rather than hiding the topic.
    public func isPresent(_ category: PAXCategory) -> Bool {
        category.columns.contains { $0.countsAsPresence && code($0.name) != 0 }
    }

    /// Reads `Dat` in any layout ACLEDDate knows (PA-X writes `2020-02-29`; spreadsheets
    /// re-save it as `29/02/2020` or `29 February 2020`), ignoring a time of day.
    static func day(from text: String) -> Day? {
        var trimmed = text.trimmingASCIIWhitespace()
        // "2020-02-29 00:00:00" or "2020-02-29T00:00:00", as a spreadsheet export may write it.
        if trimmed.count > 10, let first = trimmed.firstIndex(where: { $0 == " " || $0 == "T" }),
            trimmed[trimmed.index(after: first)...].allSatisfy({ $0.isNumber || $0 == ":" || $0 == "." })
        {
            trimmed = String(trimmed[..<first])
        }
        return ACLEDDate.parse(trimmed)
    }
}
