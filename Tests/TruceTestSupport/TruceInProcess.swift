import ArgumentParser
import Foundation
import TruceCLI

/// Runs `truce` commands inside the test process, as the binary would run them, and returns what
/// they wrote. No process is started: the arguments are parsed with `TruceCommand.parseAsRoot`, the
/// command runs with a capturing ``Console`` bound for its task, and an error becomes the message and
/// exit status `TruceCommand.main()` would give it. Use `TruceBinary` only where the binary itself is
/// the point: exit codes as the shell sees them, signals, the terminal.
public enum TruceInProcess {
    /// What a command wrote and how it ended.
    public struct Result: Sendable {
        /// The exit status the binary would have ended with.
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs `truce <arguments>`, laying tables out in `width` columns (the binary tests set `COLUMNS=160`).
    ///
    /// Paths in `arguments` are read relative to the test process's working directory: pass absolute ones.
    public static func run(_ arguments: [String], width: Int = 160) async -> Result {
        let standardOutput = CapturedBytes()
        let standardError = CapturedBytes()
        let console = Console(width: width, output: { standardOutput.append($0) }, error: { standardError.append($0) })
        let status = await Console.$current.withValue(console) { () async -> Int32 in
            do {
                var command = try TruceCommand.parseAsRoot(arguments)
                if var command = command as? any AsyncParsableCommand {
                    try await command.run()
                } else {
                    try command.run()
                }
                return 0
            } catch {
                // As `TruceCommand.main()` ends: help and clean exits on standard output, the rest on standard error.
                let code = TruceCommand.exitCode(for: error)
                let message = TruceCommand.fullMessage(for: error, columns: width)
                if !message.isEmpty {
                    let text = Array((message + "\n").utf8)
                    text.withUnsafeBytes { (code == .success ? standardOutput : standardError).append($0) }
                }
                return code.rawValue
            }
        }
        return Result(status: status, stdout: standardOutput.text, stderr: standardError.text)
    }
}

/// Bytes a command wrote to one stream; a command may write from several tasks.
private final class CapturedBytes: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8] = []

    func append(_ more: UnsafeRawBufferPointer) {
        lock.withLock { bytes.append(contentsOf: more) }
    }

    var text: String {
        lock.withLock { String(decoding: bytes, as: UTF8.self) }
    }
}
