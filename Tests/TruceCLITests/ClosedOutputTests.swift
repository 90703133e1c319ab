import Foundation
import Testing
import TruceTestSupport

/// `truce events | head -1`: when the reader of standard output quits, the command stops by itself, quietly,
/// with status 141 (what a shell reports for a command SIGPIPE ended), printing nothing on standard error.
@Suite struct ClosedOutputTests {
    /// Runs `truce ARGUMENTS` with its standard output into a pipe, reads `bytes` bytes of it (all of it when
    /// nil) and closes the pipe, as `head -c BYTES` does; returns how truce ended, its standard error and
    /// the bytes read.
    static func readAndQuit(
        _ arguments: [String], bytes: Int?
    ) throws -> (reason: Process.TerminationReason, status: Int32, stderr: String, read: Data) {
        let folder = try TestPaths.temporaryDirectory("closed-output")
        let errURL = folder.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let err = try FileHandle(forWritingTo: errURL)
        let pipe = Pipe()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TruceBinary.path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "TRUCE_STORE")
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = pipe
        process.standardError = err
        try process.run()
        let read: Data
        if let bytes {
            read = try pipe.fileHandleForReading.read(upToCount: bytes) ?? Data()
        } else {
            read = try pipe.fileHandleForReading.readToEnd() ?? Data()
        }
        // With no reader left, truce's next write fails with EPIPE (or SIGPIPE, were it not ignored).
        try pipe.fileHandleForReading.close()
        process.waitUntilExit()
        try err.close()
        let stderr = try String(contentsOf: errURL, encoding: .utf8)
        try? FileManager.default.removeItem(at: folder)
        return (process.terminationReason, process.terminationStatus, stderr, read)
    }

    @Test(arguments: [["events", "--format", "json"], ["events", "--format", "csv"], ["export", "events", "--format", "jsonl"]])
    func aReaderThatQuitsEarlyStopsTheCommandQuietly(_ command: [String]) throws {
        let folder = try TestPaths.temporaryDirectory("closed-output-store")
        let store = folder.appendingPathComponent("truce.sqlite").path
        // 5,071 events: far more than a pipe's buffer holds, so truce is still writing when head quits.
        let imported = try TruceBinary.run(["import", "acled", TestPaths.shared("acled/acled_global_2020-04-27_to_2020-05-09.csv"), "--store", store])
        #expect(imported.status == 0, "\(imported.stderr)")
        let run = try Self.readAndQuit(command + ["--store", store], bytes: 100)
        #expect(run.read.count == 100, "the reader got its bytes")
        #expect(run.reason == .exit, "truce ends itself, not killed by SIGPIPE mid-write")
        #expect(run.status == 141, "the status of a command a closed pipe stopped; stderr: \(run.stderr)")
        #expect(run.stderr.isEmpty, "no error noise: \(run.stderr)")
        // The whole output, read to the end, still succeeds.
        let whole = try Self.readAndQuit(command + ["--store", store], bytes: nil)
        #expect(whole.reason == .exit && whole.status == 0, "\(whole.stderr)")
        #expect(whole.read.count > 1_000_000, "\(whole.read.count) bytes in all")
    }
}
