import Foundation
public import TruceModel

/// Reads a GDELT event export (1.0 or 2.0, tab-separated, no header) as a stream of
/// events and rejections.
///
/// Each row's layout is decided by its cell count (57, 58 or 61, see ``GDELTLayout``),
/// so a file that mixes GDELT 1.0 rows from before and after April 2013 reads whole.
/// How a row becomes an event is described in ``GDELTRowParser``.
///
/// ```swift
/// var reader = try GDELTReader(path: "20200304000000.export.CSV")
/// while let record = try reader.next() {
///     switch record {
///     case .value(let event): store(event)
///     case .rejected(let rejection): report(rejection)
///     }
/// }
/// let hash = reader.fileHash
/// ```
public struct GDELTReader: RowReader {
    /// The path the reader was opened with.
    public let path: String
    /// The file's name, as provenance and rejections give it.
    public let fileName: String
    private let csv: CSVReader
    private let parser: GDELTRowParser
    private let interner: StringInterner
    /// Whether the first record has been read (by `init`) but not handed out yet.
    private var firstPending: Bool
    private var skippedHeader = false
    private var layoutCounts = (v1WithoutURL: 0, v1: 0, v2: 0)

    /// Opens `path` and looks at its first row.
    ///
    /// - Throws: `TruceError` naming the file when it cannot be read, is empty, or is
    ///   plainly not a GDELT event export (its first line has no tab).
    public init(path: String, encoding: TextEncodingChoice = .automatic) throws {
        try self.init(.path(path), encoding: encoding)
    }

    /// Reads an export already in memory (an upload); `name` stands for the path in provenance and messages.
    ///
    /// - Throws: `TruceError` naming `name` when the bytes are empty or plainly not a GDELT event export.
    public init(bytes: [UInt8], name: String, encoding: TextEncodingChoice = .automatic) throws {
        try self.init(.bytes(bytes, name: name), encoding: encoding)
    }

    private init(_ input: TableInput, encoding: TextEncodingChoice) throws {
        // GDELT never quotes: a `"` is text, and honouring it would swallow the rows after it.
        csv = try input.open(delimiter: "\t", encoding: encoding, quoting: false)
        let path = csv.path
        fileName = URL(fileURLWithPath: path).lastPathComponent
        self.path = path
        parser = GDELTRowParser(fileName: fileName)
        interner = StringInterner(columns: GDELTRowParser.internerColumns)
        guard try csv.advance() else {
            throw TruceError(
                .invalidInput, "the file is empty: expected GDELT event rows (tab-separated, \(GDELTLayout.widthsText) columns)",
                at: SourceLocation(file: path, line: 1))
        }
        let (cells, firstCell) = csv.withCurrentFields { fields in (fields.count, fields.string(0)) }
        if cells == 1 {
            let shown = firstCell.count > 80 ? String(firstCell.prefix(80)) + "…" : firstCell
            throw TruceError(
                .invalidInput,
                "not a GDELT event export: the first line has no tab ('\(shown)'); GDELT exports are tab-separated rows of "
                    + "\(GDELTLayout.widthsText) columns — an ACLED CSV is imported as ACLED data",
                at: SourceLocation(file: path, line: csv.currentLine), parameter: "kind")
        }
        // Exports saved from GDELT's tables sometimes carry the column names as a first line.
        if firstCell.trimmingASCIIWhitespace().uppercased() == "GLOBALEVENTID" {
            skippedHeader = true
            firstPending = false
        } else {
            firstPending = true
        }
    }

    /// The next row, or `nil` at the end of the file.
    ///
    /// - Throws: `TruceError` only when reading the file fails; bad rows come back as `.rejected`.
    public mutating func next() throws -> ParsedRow<Event>? {
        if firstPending {
            firstPending = false
        } else {
            guard try csv.advance() else { return nil }
        }
        let csv = csv
        let line = csv.currentLine
        let cells = csv.withCurrentFields { $0.count }
        guard let layout = GDELTLayout(cellCount: cells) else {
            return .rejected(rejection(GDELTRowParser.widthFailure(cells)))
        }
        switch layout {
        case .v1WithoutURL: layoutCounts.v1WithoutURL += 1
        case .v1: layoutCounts.v1 += 1
        case .v2: layoutCounts.v2 += 1
        }
        if let problem = csv.currentProblem {
            let field = problem.fieldIndex.map { layout.columns[min($0, layout.width - 1)] }
            return .rejected(rejection(GDELTRowParser.Failure(field: field, message: problem.message)))
        }
        let parser = parser
        let interner = interner
        let fileName = fileName
        return csv.withCurrentFields { fields in
            parser.record(fields, layout: layout, line: line, interner: interner) {
                RowRejection(file: fileName, line: line, field: $0.field, message: $0.message, rawRecord: csv.lastRecordText())
            }
        }
    }

    private func rejection(_ failure: GDELTRowParser.Failure) -> RowRejection {
        RowRejection(file: fileName, line: csv.currentLine, field: failure.field, message: failure.message, rawRecord: csv.lastRecordText())
    }

    /// How many rows of `layout` have been read so far (rejected ones included, rows of other widths in none).
    public func rows(in layout: GDELTLayout) -> Int {
        switch layout {
        case .v1WithoutURL: return layoutCounts.v1WithoutURL
        case .v1: return layoutCounts.v1
        case .v2: return layoutCounts.v2
        }
    }

    /// Bytes read so far, for a progress bar.
    public var bytesRead: Int { csv.bytesRead }
    /// The file's size in bytes.
    public var totalBytes: Int { csv.totalBytes }
    /// SHA-256 of the file's bytes (lower-case hex), once `next()` has returned `nil`.
    public var fileHash: String? { csv.fileHash }

    /// Things the user should know about the file: an encoding fallback, a header line
    /// skipped, and the layouts of a file that mixes them.
    public var notices: [String] {
        var notices = csv.notices
        if skippedHeader { notices.append("line 1 names the columns: skipped") }
        let used = GDELTLayout.allCases.filter { rows(in: $0) > 0 }
        if used.count > 1 {
            notices.append("rows in \(used.count) layouts: " + used.map { "\(rows(in: $0)) in \($0)" }.joined(separator: ", "))
        }
        return notices
    }
}
