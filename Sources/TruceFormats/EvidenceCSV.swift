import TruceModel

/// Reads a small evidence file (observations, claims) by header name: each row
/// becomes a value through `build`, or a rejection naming the cell.
public struct EvidenceCSV<Value: Sendable>: RowReader {
    public let path: String
    /// The file's name, as provenance and rejections give it.
    public var fileName: String { table.fileName }
    private let table: TableReader
    private let build: @Sendable (EvidenceCells, Provenance) throws(EvidenceCells.Failure) -> Value

    /// Opens `path` and reads its header.
    ///
    /// - Throws: `TruceError` naming the file when it cannot be read, is empty, or lacks `required` columns.
    init(
        _ input: TableInput, encoding: TextEncodingChoice, kind: String, required: [String],
        build: @escaping @Sendable (EvidenceCells, Provenance) throws(EvidenceCells.Failure) -> Value
    ) throws {
        table = try TableReader(input, encoding: encoding, kind: kind, required: required, naIsMissing: false)
        path = table.path
        self.build = build
    }

    /// The next row as a value or a rejection; `nil` at the end.
    public mutating func next() throws -> ParsedRow<Value>? {
        guard let result = try table.next() else { return nil }
        switch result {
        case .failure(let rejection):
            return .rejected(rejection)
        case .success(let record):
            do throws(EvidenceCells.Failure) {
                let cells = EvidenceCells(fields: record.fields, header: table.header)
                return .value(try build(cells, Provenance(snapshot: nil, file: table.fileName, line: record.line)))
            } catch {
                return .rejected(table.rejection(field: error.field, message: error.message))
            }
        }
    }

    public var bytesRead: Int { table.csv.bytesRead }
    public var totalBytes: Int { table.csv.totalBytes }
    public var notices: [String] { table.csv.notices }
    /// SHA-256 of the file's bytes (lower-case hex), once `next()` has returned `nil`.
    public var fileHash: String? { table.csv.fileHash }
}
