/// How far an import has got, for a progress bar.
public struct ImportProgress: Sendable {
    /// Bytes of the input read so far.
    public var bytesRead: Int
    /// The input's size in bytes; 0 when unknown.
    public var totalBytes: Int
    /// Rows (or files, for articles) read so far.
    public var rows: Int

    /// Progress of `bytesRead` out of `totalBytes`, after `rows` rows.
    public init(bytesRead: Int, totalBytes: Int, rows: Int) {
        self.bytesRead = bytesRead
        self.totalBytes = totalBytes
        self.rows = rows
    }

    /// The share done, from 0 to 1; 0 while the total is unknown.
    public var fraction: Double { totalBytes > 0 ? min(1, Double(bytesRead) / Double(totalBytes)) : 0 }

    /// Progress through a batch of files rather than rows.
    public static func files(bytesRead: Int, totalBytes: Int, files: Int) -> ImportProgress {
        ImportProgress(bytesRead: bytesRead, totalBytes: totalBytes, rows: files)
    }
}
