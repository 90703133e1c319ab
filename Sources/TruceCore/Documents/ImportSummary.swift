public import TruceStorage

/// An import's report as users see it in JSON (`truce import … --format json`, the import API).
public struct ImportSummary: Encodable, Sendable {
    public var read, stored, updated, unchanged, rejected: Int
    /// The snapshot the import recorded.
    public var snapshot: Int64
    /// The input's name (a file name, not a path).
    public var file: String
    /// SHA-256 of the input.
    public var fileHash: String
    /// What the user should know about the input as a whole, one sentence each.
    public var notices: [String]
    /// Where rejected rows were written; nil when none were.
    public var rejectsFile: String?

    /// The summary of `report`, its counts flattened into the document.
    public init(_ report: ImportReport) {
        read = report.counts.read
        stored = report.counts.stored
        updated = report.counts.updated
        unchanged = report.counts.unchanged
        rejected = report.counts.rejected
        snapshot = report.snapshot
        file = report.file
        fileHash = report.fileHash
        notices = report.notices
        rejectsFile = report.rejectsFile
    }

    enum CodingKeys: String, CodingKey {
        case read, stored, updated, unchanged, rejected, snapshot, file, notices
        case fileHash = "file_hash"
        case rejectsFile = "rejects_file"
    }
}
