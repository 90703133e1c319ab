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
        path: String, encoding: TextEncodingChoice, delimiter: Unicode.Scalar = ",", kind: String,
        aliases: [String: String] = [:], required: [String], naIsMissing: Bool
    ) throws {
        let csv = try CSVReader(path: path, delimiter: delimiter, encoding: encoding)
        guard let first = try csv.next() else {
            throw TruceError(.invalidInput, "the file is empty: expected a header row naming the \(kind) columns", at: SourceLocation(file: path, line: 1))
        }
        if let problem = first.problem {
            throw TruceError(.invalidInput, "the header row is malformed: \(problem.message)", at: SourceLocation(file: path, line: first.line))
        }
        let header = CSVHeader(first.fields, aliases: aliases)
        let missing = header.missing(required)
        guard missing.isEmpty else {
            let found = header.names.filter { !$0.isEmpty }.joined(separator: ", ")
            let noun = missing.count == 1 ? "column" : "columns"
            throw TruceError(
                .invalidInput,
                "not a \(kind) file: the header lacks the required \(noun) \(missing.joined(separator: ", ")) (it has: \(found))",
                at: SourceLocation(file: path, line: first.line))
        }
        self.csv = csv
        self.header = header
        self.path = path
        self.fileName = URL(fileURLWithPath: path).lastPathComponent
        self.naIsMissing = naIsMissing
    }

    /// The next data record, or a rejection for a record that is malformed as CSV
    /// or has more non-empty cells than the header has columns. Fewer cells are fine:
    /// the missing ones read as empty.
    func next() throws -> Result<CSVRecord, RowRejection>? {
        guard let record = try csv.next() else { return nil }
        if let problem = record.problem {
            let field = problem.fieldIndex.map { header.displayName(ofColumn: $0) }
            return .failure(rejection(record, field: field, message: problem.message))
        }
        if record.fields.count > header.count, record.fields[header.count...].contains(where: { !$0.isEmpty }) {
            let cells = record.fields.lastIndex { !$0.isEmpty }.map { $0 + 1 } ?? record.fields.count
            let message = "the record has \(cells) cells but the header has \(header.count) columns (a missing quote or an extra delimiter?)"
            return .failure(rejection(record, field: nil, message: message))
        }
        return .success(record)
    }

    func rejection(_ record: CSVRecord, field: String?, message: String) -> RowRejection {
        RowRejection(file: fileName, line: record.line, field: field, message: message, rawRecord: csv.lastRecordText())
    }
}
