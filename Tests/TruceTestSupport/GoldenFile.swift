public import Foundation

/// A file that pins what users see. A test compares its output with ``expected(comparing:)``.
///
/// Re-recording is deliberate and reviewed: when `TRUCE_RECORD_GOLDEN=1` is set, or the file does not
/// exist yet, the output is written as the new baseline and the test fails once with
/// "recorded <path>: review it and run again", so no baseline enters the repository unseen.
public struct GoldenFile: Sendable {
    /// The environment variable that asks every golden test of the run to record its output.
    public static let recordVariable = "TRUCE_RECORD_GOLDEN"

    public let url: URL

    public init(_ url: URL) {
        self.url = url
    }

    /// The baseline to compare `output` with.
    ///
    /// - Throws: ``Recorded`` after writing `output` as the baseline (recording asked for, or no
    ///   baseline yet); whatever reading or writing the file throws.
    public func expected(comparing output: String) throws -> String {
        let asked = ProcessInfo.processInfo.environment[Self.recordVariable] == "1"
        if asked || !FileManager.default.fileExists(atPath: url.path) {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(output.utf8).write(to: url)
            throw Recorded(path: url.path)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// A baseline was written in this run: the test fails so that someone reads the new file.
    public struct Recorded: Error, CustomStringConvertible {
        public let path: String
        public var description: String { "recorded \(path): review it and run again" }
    }
}
