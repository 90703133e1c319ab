public import TruceModel

/// Reads an ACLED export of any generation as a stream of events and rejections.
///
/// ```swift
/// var reader = try ACLEDReader(path: "acled.csv")
/// while let record = try reader.next() {
///     switch record {
///     case .value(let event): store(event)
///     case .rejected(let rejection): report(rejection)
///     }
/// }
/// let hash = reader.fileHash
/// ```
public struct ACLEDReader: RowReader {
    /// The path the reader was opened with.
    public let path: String
    /// The file's name, as provenance and rejections give it.
    public var fileName: String { table.fileName }
    public let header: ACLEDHeader
    private let table: TableReader
    private let parser: ACLEDRowParser
    private let interner: StringInterner
    private var warnings = WarningList()

    /// Opens `path` and reads its header.
    ///
    /// - Throws: `TruceError` naming the file when it cannot be read, is empty, or its
    ///   header lacks required columns (all of them listed in one message).
    public init(path: String, encoding: TextEncodingChoice = .automatic) throws {
        try self.init(.path(path), encoding: encoding)
    }

    /// Reads an export already in memory (an upload); `name` stands for the path in provenance and messages.
    ///
    /// - Throws: `TruceError` naming `name` when the bytes are empty or the header lacks required columns.
    public init(bytes: [UInt8], name: String, encoding: TextEncodingChoice = .automatic) throws {
        try self.init(.bytes(bytes, name: name), encoding: encoding)
    }

    private init(_ input: TableInput, encoding: TextEncodingChoice) throws {
        table = try TableReader(
            input, encoding: encoding, kind: "ACLED", aliases: ACLEDHeader.aliases,
            required: ACLEDHeader.requiredColumns, naIsMissing: true)
        path = table.path
        header = try ACLEDHeader(names: table.header.names, file: path)
        parser = ACLEDRowParser(header: header, fileName: table.fileName)
        interner = StringInterner(columns: header.columns.count)
    }

    /// The next data row, or `nil` at the end of the file.
    ///
    /// - Throws: `TruceError` only when reading the file fails; bad rows come back as `.rejected`.
    public mutating func next() throws -> ParsedRow<Event>? {
        switch try table.advance() {
        case nil:
            return nil
        case .failure(let rejection):
            return .rejected(rejection)
        case .success:
            let parser = parser
            let table = table
            let interner = interner
            let line = table.csv.currentLine
            var warnings = self.warnings
            defer { self.warnings = warnings }
            return table.csv.withCurrentFields { fields in
                parser.record(fields, line: line, interner: interner, warn: { warnings.append($0) }) {
                    table.rejection(field: $0.field, message: $0.message)
                }
            }
        }
    }

    /// Bytes read so far, for a progress bar.
    public var bytesRead: Int { table.csv.bytesRead }
    /// The file's size in bytes.
    public var totalBytes: Int { table.csv.totalBytes }
    /// Things the user should know about the file, e.g. that it was read as Windows-1252.
    public var notices: [String] { table.csv.notices + warnings.lines }
    /// SHA-256 of the file's bytes (lower-case hex), once `next()` has returned `nil`.
    public var fileHash: String? { table.csv.fileHash }
}

/// Row warnings for the notices: the first few in full, then a count, so a
/// file with a million odd rows does not flood the terminal or the memory.
struct WarningList: Sendable {
    static let shown = 20
    private(set) var first: [String] = []
    private(set) var count = 0

    mutating func append(_ warning: String) {
        count += 1
        if first.count < Self.shown { first.append(warning) }
    }

    var lines: [String] {
        count > first.count ? first + ["\(count - first.count) more rows like these"] : first
    }
}
