public import TruceFormats
public import TruceModel

/// A streaming reader an import can draw rows from, one at a time, so that
/// memory does not grow with the file.
public protocol ImportSource: RowReader {
    var bytesRead: Int { get }
    var totalBytes: Int { get }
    /// Things the user should know (an encoding guessed, rows kept with a fallback, ...).
    var notices: [String] { get }
    /// SHA-256 of the file, complete once the end is reached.
    var fileHash: String? { get }
}

extension ACLEDReader: ImportSource {}
extension EvidenceCSV: ImportSource {}

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
