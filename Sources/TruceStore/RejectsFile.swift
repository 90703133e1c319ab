import Foundation
import TruceFormats
import TruceModel

/// The CSV file where an import writes the rows it could not accept, with
/// the line, the field and what was wrong, so a user can fix and re-import them.
final class RejectsFile {
    let path: String
    private let handle: FileHandle

    init(path: String) throws {
        self.path = path
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), !isFolder.boolValue {
            throw TruceError(
                .unwritableFile, "cannot write the rejects file \(path): \(folder) is a file, not a folder; move it away and import again")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw TruceError(.unwritableFile, "cannot create the folder \(folder) for the rejects file: \(error.localizedDescription)")
        }
        guard FileManager.default.createFile(atPath: path, contents: Data("line,field,message,record\n".utf8)) else {
            throw TruceError(.unwritableFile, "cannot write the rejects file \(path); check the folder's permissions and free space")
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
    }

    func append(_ rejection: RowRejection) throws {
        let fields = [String(rejection.line), rejection.field ?? "", rejection.message, rejection.rawRecord]
        let line = fields.map(Self.quote).joined(separator: ",") + "\n"
        try handle.write(contentsOf: Data(line.utf8))
    }

    func close() throws { try handle.close() }

    func discard() throws {
        try? handle.close()
        try FileManager.default.removeItem(atPath: path)
    }

    private static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
