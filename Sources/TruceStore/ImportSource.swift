public import TruceModel
public import TruceFormats

/// A streaming reader an import can draw records from, one at a time, so
/// that memory does not grow with the file.
public protocol ImportSource {
    associatedtype Record
    /// The next record or rejected row; nil at the end of the file.
    mutating func nextItem() throws -> ImportItem<Record>?
    var bytesRead: Int { get }
    var totalBytes: Int { get }
    /// Things the user should know (an encoding guessed, ...).
    var notices: [String] { get }
    /// SHA-256 of the file, complete once the end is reached.
    var fileHash: String { get }
}

public enum ImportItem<Record> {
    case record(Record)
    case rejected(RowRejection)
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
