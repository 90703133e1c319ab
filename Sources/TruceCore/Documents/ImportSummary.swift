public import TruceStorage

/// An import's report as users see it in JSON (`truce import … --format json`, the import API).
public struct ImportSummary: Encodable, Sendable {
    public var read, stored, updated, unchanged, rejected: Int
    public var snapshot: Int64
    public var file: String
    public var fileHash: String
    public var notices: [String]
    public var rejectsFile: String?

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
