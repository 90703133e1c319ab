import Foundation
import TruceFormats

/// Keeps each import's rejected rows as a CSV file in a folder: `<snapshot>-<input>.csv`.
public struct RejectsFolder: RejectsDestination {
    /// The folder; created at the first rejected row.
    public let folder: String

    /// Keeps rejected rows in `folder`, a path, created at the first rejected row.
    public init(_ folder: String) {
        self.folder = folder
    }

    /// A CSV file `<snapshot>-<input>.csv` in the folder, for the import's rejected rows.
    public func open(snapshot: Int64, input: String) throws -> any RejectedRowsWriter {
        CSVRejects(file: try RejectsFile(path: RejectsFile.path(in: folder, snapshot: snapshot, input: input)))
    }

    private final class CSVRejects: RejectedRowsWriter {
        let file: RejectsFile
        init(file: RejectsFile) { self.file = file }
        var location: String { file.path }
        func append(_ rejection: RowRejection) throws { try file.append(rejection) }
        func close() throws { try file.close() }
        func discard() { file.discard() }
    }
}
