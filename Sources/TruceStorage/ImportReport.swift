public import TruceModel

/// What one import did: the snapshot it recorded, its counts and what the user should know.
public struct ImportReport: Hashable, Sendable, Codable {
    /// The snapshot the import recorded; every record it stored carries it.
    public var snapshot: Int64
    /// The kind of data: `acled`, `ucdp`, `gdelt`, `observations`, `claims`, `acled-deletions`.
    public var source: String
    /// The input's name (a file name, not a path).
    public var file: String
    /// SHA-256 of the input.
    public var fileHash: String
    /// How many rows were read, stored, updated, unchanged and rejected.
    public var counts: ImportCounts
    /// What the user should know about the input as a whole, one sentence each.
    public var notices: [String]
    /// Where rejected rows were written, if any were.
    public var rejectsFile: String?

    /// A report as given; the import fills it in, this only holds it.
    public init(
        snapshot: Int64, source: String, file: String, fileHash: String, counts: ImportCounts, notices: [String], rejectsFile: String?
    ) {
        self.snapshot = snapshot
        self.source = source
        self.file = file
        self.fileHash = fileHash
        self.counts = counts
        self.notices = notices
        self.rejectsFile = rejectsFile
    }
}
