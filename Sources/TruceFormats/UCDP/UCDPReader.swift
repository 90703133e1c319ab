public import TruceModel

/// Reads a UCDP GED CSV file (any layout GED has had, and HDX's) as a stream of events and rejections.
///
/// ```swift
/// let actors = try UCDPActorList(path: "ucdp-actor-221.csv")  // optional
/// var reader = try UCDPReader(path: "ged.csv", actors: actors)
/// while let row = try reader.next() {
///     switch row {
///     case .value(let event): store(event)
///     case .rejected(let rejection): report(rejection)
///     }
/// }
/// ```
///
/// Each event is keyed by GED's `id` in the data set `ucdp`. Its date spans `date_start` to
/// `date_end` with the precision of `date_prec` (see `UCDPCodes`); its type is the ACLED
/// equivalent of `type_of_violence`; `side_a` and `side_b` are its two sides, coded
/// `ucdp:<side id>`; `low`/`best`/`high` are its fatalities; `source_office` (split on `;`)
/// its sources and `source_headline` its notes. Every other column, and the codes Truce
/// maps, stay in `Event.attributes` under their lower-case names.
///
/// HDX's files repeat the header with HXL hashtags (`#date+year`, …) on the second line: a
/// first data row whose non-empty cells all start with `#` is skipped, with a notice, and
/// lines keep their physical numbers.
public struct UCDPReader: RowReader {
    /// The path the reader was opened with.
    public let path: String
    /// The file's name, as provenance and rejections give it.
    public var fileName: String { table.fileName }
    public let header: UCDPHeader
    /// The actor list sides are looked up in, if one was given.
    public let actors: UCDPActorList?
    /// The line of the HXL hashtag row that was skipped, if the file has one.
    public private(set) var hashtagRowLine: Int?
    private let table: TableReader
    private let parser: UCDPRowParser
    private let interner: StringInterner
    private let sides: UCDPSideResolver?
    private var checkedForHashtags = false
    private var warnings = WarningList()

    /// Opens `path` and reads its header.
    ///
    /// - Parameter actors: the UCDP Actor Dataset, to code each side by its `ActorId` (see `UCDPActorList.match`).
    /// - Throws: `TruceError` naming the file when it cannot be read, is empty, or its header
    ///   lacks required columns (all of them listed in one message).
    public init(path: String, actors: UCDPActorList? = nil, encoding: TextEncodingChoice = .automatic) throws {
        try self.init(.path(path), actors: actors, encoding: encoding)
    }

    /// Reads a GED file already in memory (an upload); `name` stands for the path in provenance and messages.
    ///
    /// - Throws: `TruceError` naming `name` when the bytes are empty or the header lacks required columns.
    public init(bytes: [UInt8], name: String, actors: UCDPActorList? = nil, encoding: TextEncodingChoice = .automatic) throws {
        try self.init(.bytes(bytes, name: name), actors: actors, encoding: encoding)
    }

    private init(_ input: TableInput, actors: UCDPActorList?, encoding: TextEncodingChoice) throws {
        table = try TableReader(input, encoding: encoding, kind: "UCDP GED", required: [], naIsMissing: true)
        let path = table.path
        header = try UCDPHeader(names: table.header.names, file: path)
        parser = UCDPRowParser(header: header, fileName: table.fileName)
        interner = StringInterner(columns: header.columns.count)
        sides = actors.map { UCDPSideResolver(list: $0) }
        self.actors = actors
        self.path = path
    }

    /// The next data row, or `nil` at the end of the file.
    ///
    /// - Throws: `TruceError` only when reading the file fails; bad rows come back as `.rejected`.
    public mutating func next() throws -> ParsedRow<Event>? {
        while true {
            switch try table.advance() {
            case nil:
                return nil
            case .failure(let rejection):
                checkedForHashtags = true
                return .rejected(rejection)
            case .success:
                if !checkedForHashtags {
                    checkedForHashtags = true
                    if table.csv.withCurrentFields(Self.isHashtagRow) {
                        hashtagRowLine = table.csv.currentLine
                        continue
                    }
                }
                return parseCurrent()
            }
        }
    }

    private mutating func parseCurrent() -> ParsedRow<Event> {
        let parser = parser
        let table = table
        let interner = interner
        let sides = sides
        let line = table.csv.currentLine
        var warnings = self.warnings
        defer { self.warnings = warnings }
        return table.csv.withCurrentFields { fields in
            parser.record(fields, line: line, interner: interner, sides: sides, warn: { warnings.append($0) }) {
                table.rejection(field: $0.field, message: $0.message)
            }
        }
    }

    /// Whether a record is an HXL hashtag row: some cells filled, and every filled one starting with `#`.
    static func isHashtagRow(_ fields: CSVFields) -> Bool {
        var filled = 0
        for index in 0..<fields.count {
            let bytes = fields.trimmedBytes(index)
            guard let first = bytes.first else { continue }
            guard first == UInt8(ascii: "#") else { return false }
            filled += 1
        }
        return filled > 0
    }

    /// Bytes read so far, for a progress bar.
    public var bytesRead: Int { table.csv.bytesRead }
    /// The file's size in bytes.
    public var totalBytes: Int { table.csv.totalBytes }
    /// Things the user should know: the encoding, the skipped hashtag row, rows kept with a
    /// warning, rows of the actor list that were skipped, and how many side names it did not know.
    public var notices: [String] {
        var notices = table.csv.notices
        if let hashtagRowLine { notices.append("line \(hashtagRowLine): skipped HDX's HXL hashtag row (#date+year, …); it is not an event") }
        notices += warnings.lines
        if let sides {
            notices += sides.list.notices
            notices.append(sides.notice)
        }
        return notices
    }
    /// SHA-256 of the file's bytes (lower-case hex), once `next()` has returned `nil`.
    public var fileHash: String? { table.csv.fileHash }
}
