public import TruceFormats
public import TruceModel

/// A streaming reader an import can draw records from, one at a time, so
/// that memory does not grow with the file.
public protocol ImportSource {
    associatedtype Record: Sendable
    /// The next record or rejected row; nil at the end of the file.
    mutating func nextItem() throws -> ParsedRow<Record>?
    var bytesRead: Int { get }
    var totalBytes: Int { get }
    /// Things the user should know (an encoding guessed, ...).
    var notices: [String] { get }
    /// SHA-256 of the file, complete once the end is reached.
    var fileHash: String? { get }
}

extension ACLEDReader: ImportSource {
    public mutating func nextItem() throws -> ParsedRow<Event>? {
        switch try next() {
        case .event(let event): .value(event)
        case .rejected(let rejection): .rejected(rejection)
        case nil: nil
        }
    }
}

extension ObservationsCSV: ImportSource {
    public mutating func nextItem() throws -> ParsedRow<Observation>? { try next() }
}

extension ClaimsCSV: ImportSource {
    public mutating func nextItem() throws -> ParsedRow<Claim>? { try next() }
}

/// How far an import has got, for a progress bar.
public struct ImportProgress: Sendable {
    public var bytesRead: Int
    public var totalBytes: Int
    public var rows: Int

    public var fraction: Double { totalBytes > 0 ? min(1, Double(bytesRead) / Double(totalBytes)) : 0 }
}

/// What an import did.
public struct ImportReport: Sendable, Codable {
    public var snapshot: Int64
    public var source: String
    public var file: String
    public var fileHash: String
    public var counts: ImportCounts
    public var notices: [String]
    /// Where rejected rows were written, if any were.
    public var rejectsFile: String?
}
