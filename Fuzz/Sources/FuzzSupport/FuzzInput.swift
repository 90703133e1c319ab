import Foundation
import TruceFormats

/// The fuzzer's input as the readers take it: a file.
///
/// Truce's readers open paths (they stream files of any size), so each input is
/// written to one scratch file per process, in memory-backed `/dev/shm` where it
/// exists, and overwritten by the next input.
public enum FuzzInput {
    /// The scratch file for this process, named with `suffix` (an extension such as `.csv`).
    public static func path(suffix: String = ".csv") -> String {
        let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        return "\(folder)/truce-fuzz-\(getpid())\(suffix)"
    }

    /// Writes `count` bytes at `data` to `path`, replacing what was there.
    public static func write(_ data: UnsafePointer<UInt8>, count: Int, to path: String) {
        guard let file = fopen(path, "wb") else { fatalError("cannot write the fuzz input to \(path)") }
        if count > 0, fwrite(data, 1, count, file) != count { fatalError("short write to \(path)") }
        fclose(file)
    }

    /// The bytes at `data` as an array.
    public static func bytes(_ data: UnsafePointer<UInt8>, count: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data, count: count))
    }

    /// Writes the input to the scratch file, opens a reader on it with `open` and reads every
    /// row. A refused file (bad header, unreadable) and a thrown row are clean outcomes: only a
    /// crash, a hang or a blow-up is a finding.
    public static func drain<Reader: RowReader>(_ data: UnsafePointer<UInt8>, count: Int, _ open: (String) throws -> Reader) {
        let path = path()
        write(data, count: count, to: path)
        guard var reader = try? open(path) else { return }
        _ = try? reader.readAll()
    }
}
