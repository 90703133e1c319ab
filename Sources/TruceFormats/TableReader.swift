import Foundation
import TruceModel

/// What the CSV-based readers share: open the file, read and check the header,
/// then hand out records, turning CSV-level faults into rejections.
struct TableReader {
    let csv: CSVReader
    let header: CSVHeader
    let path: String
    /// The file's name without its folder, as provenance and rejections give it.
    let fileName: String
    /// Whether the literal `NA` (R's missing value) means an empty cell.
    let naIsMissing: Bool

    /// - Parameter kind: what the file should be, for messages ("ACLED", "observations").
    /// - Throws: `TruceError` naming the file when it cannot be read, is empty, has a
    ///   malformed header or lacks required columns (all of them listed in one message).
    init(
        _ input: TableInput, encoding: TextEncodingChoice, delimiter: Unicode.Scalar = ",", kind: String,
        aliases: [String: String] = [:], required: [String], naIsMissing: Bool
    ) throws {
        let csv = try input.open(delimiter: delimiter, encoding: encoding)
        let path = csv.path
        guard let first = try csv.next() else {
            throw TruceError(
                .invalidInput, "the file is empty: expected a header row naming the \(kind) columns", at: SourceLocation(file: path, line: 1))
        }
        if let problem = first.problem {
            throw TruceError(.invalidInput, "the header row is malformed: \(problem.message)", at: SourceLocation(file: path, line: first.line))
        }
        let header = CSVHeader(first.fields, aliases: aliases)
        let missing = header.missing(required)
        guard missing.isEmpty else {
            var found = header.names.filter { !$0.isEmpty }.joined(separator: ", ")
            if found.utf8.count > InputLimits.quotedPrefixBytes { found = String(found.prefix(InputLimits.quotedPrefixBytes)) + "…" }
            let noun = missing.count == 1 ? "column" : "columns"
            throw TruceError(
                .invalidInput,
                "not \(kind.withIndefiniteArticle) file: the header lacks the required \(noun) \(missing.joined(separator: ", ")) (it has: \(found))",
                at: SourceLocation(file: path, line: first.line))
        }
        csv.expectedFieldCount = header.count
        self.csv = csv
        self.header = header
        self.path = path
        self.fileName = URL(fileURLWithPath: path).lastPathComponent
        self.naIsMissing = naIsMissing
    }

    /// Moves to the next data record: `nil` at the end, a rejection for a record that
    /// is malformed as CSV or has more non-empty cells than the header has columns,
    /// otherwise success, and the fields are available through `csv.withCurrentFields`.
    /// Fewer cells than columns are fine (the missing ones read as empty), except on a last
    /// line without a line break: that is a file cut off mid-row, and the row is rejected.
    func advance() throws -> Result<Void, RowRejection>? {
        guard try csv.advance() else { return nil }
        if let problem = csv.currentProblem {
            let field = problem.fieldIndex.map { header.displayName(ofColumn: $0) }
            return .failure(rejection(field: field, message: problem.message))
        }
        let columns = header.count
        if csv.currentRecordIsUnterminatedLastLine {
            let present = csv.withCurrentFields { $0.count }
            if present < columns {
                let message =
                    "the last line has \(present) of \(columns) cells and the file does not end with a line break: "
                    + "it looks cut off (an interrupted download?), so it is not imported"
                csv.note("line \(csv.currentLine) is cut off (\(present) of \(columns) cells, no line break at the end of the file): rejected")
                return .failure(rejection(field: header.displayName(ofColumn: present), message: message))
            }
        }
        let cells = csv.withCurrentFields { fields -> Int? in
            guard fields.count > columns else { return nil }
            let last = (0..<fields.count).last { !fields.bytes($0).isEmpty } ?? 0
            return last >= columns ? last + 1 : nil
        }
        if let cells {
            let message = "the record has \(cells) cells but the header has \(columns) columns (a missing quote or an extra delimiter?)"
            return .failure(rejection(field: nil, message: message))
        }
        return .success(())
    }

    /// The next data record as Strings, or a rejection (see `advance()`).
    func next() throws -> Result<CSVRecord, RowRejection>? {
        switch try advance() {
        case nil: return nil
        case .failure(let rejection): return .failure(rejection)
        case .success:
            let fields = csv.withCurrentFields { fields in (0..<fields.count).map { fields.string($0) } }
            return .success(CSVRecord(line: csv.currentLine, fields: fields))
        }
    }

    /// A rejection of the current record.
    func rejection(field: String?, message: String) -> RowRejection {
        RowRejection(file: fileName, line: csv.currentLine, field: field, message: message, rawRecord: csv.lastRecordText())
    }
}
