import Foundation
import TruceModel

/// The CSV file where an import writes the rows it could not accept, with the line, the
/// field and what was wrong, so a user can fix them and import that file again.
public final class RejectsFile {
    /// The file's path.
    public let path: String
    private let handle: FileHandle

    /// Creates the file (and its folder) with the header row.
    ///
    /// - Throws: ``TruceError`` (`unwritableFile`) naming the path when it cannot be created.
    public init(path: String) throws {
        self.path = path
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), !isFolder.boolValue {
            throw TruceError(
                .unwritableFile, "cannot write the rejects file \(path): \(folder) is a file, not a folder; move it away and import again")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: path, contents: Data("line,field,message,record\n".utf8)) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
            handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try handle.seekToEnd()
        } catch {
            throw TruceError(
                .unwritableFile, "cannot create the rejects file \(path) (\(error.localizedDescription)); check that its folder is writable",
                cause: error)
        }
    }

    /// Adds one rejected row.
    public func append(_ rejection: RowRejection) throws {
        let fields = [String(rejection.line), rejection.field ?? "", rejection.message, rejection.rawRecord]
        let line = fields.map(Self.quote).joined(separator: ",") + "\n"
        try handle.write(contentsOf: Data(line.utf8))
    }

    public func close() throws { try handle.close() }

    /// Closes and removes the file: its import did not land.
    public func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: path)
    }

    private static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The rejects file of one import in `folder`: `<snapshot>-<input>.csv`.
    public static func path(in folder: String, snapshot: Int64, input: String) -> String {
        let name = URL(fileURLWithPath: input).lastPathComponent
        let csvName = name.lowercased().hasSuffix(".csv") ? name : name + ".csv"
        return URL(fileURLWithPath: folder).appendingPathComponent("\(snapshot)-\(csvName)").path
    }

    /// The folder for the rejects files of the store at `storePath`: beside it, named after it
    /// (`truce.sqlite` → `truce.rejects/`).
    public static func folder(besideStore storePath: String) -> String {
        let base = storePath == ":memory:" ? FileManager.default.temporaryDirectory.appendingPathComponent("truce").path : storePath
        let stem = base.hasSuffix(".sqlite") ? String(base.dropLast(".sqlite".count)) : base
        return stem + ".rejects"
    }
}
