import Foundation
import TruceModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the commands' standard output and standard error go: the process's own unless a caller
/// chose otherwise for the task that runs the command.
///
/// Every line a command prints reaches ``current``, a task-local, so a test runs a command in-process
/// and reads what it wrote, without redirecting file descriptors:
/// `try await Console.$current.withValue(capture) { try await command.run() }`.
public struct Console: Sendable {
    /// Bytes for standard output; throws when they cannot be written.
    public typealias Write = @Sendable (UnsafeRawBufferPointer) throws -> Void

    private let writeOutput: Write
    private let writeError: Write
    /// Columns to lay tables out in; nil asks the terminal, then `$COLUMNS`.
    let width: Int?
    /// False when output is captured: nothing may then draw progress bars or the review screen.
    let mayBeTerminal: Bool

    /// A console that hands output and errors to the given closures, is `width` columns wide and is
    /// never a terminal.
    public init(width: Int, output: @escaping Write, error: @escaping Write) {
        self.init(width: width, mayBeTerminal: false, output: output, error: error)
    }

    private init(width: Int?, mayBeTerminal: Bool, output: @escaping Write, error: @escaping Write) {
        self.width = width
        self.mayBeTerminal = mayBeTerminal
        self.writeOutput = output
        self.writeError = error
    }

    /// The process's standard output and standard error, written unbuffered: text and exported bytes
    /// arrive in the order they were written, and nothing is left in a buffer at exit.
    public static let standard = Console(
        width: nil, mayBeTerminal: true,
        output: { bytes in try writeAll(bytes, to: STDOUT_FILENO, name: "standard output") },
        error: { bytes in try writeAll(bytes, to: STDERR_FILENO, name: "standard error") })

    /// The console of the running task; ``standard`` unless a caller bound another.
    @TaskLocal public static var current: Console = .standard

    /// Writes `bytes` to standard output.
    ///
    /// - Throws: ``TruceModel/TruceError`` (`unwritableFile`) when the destination refuses them.
    func output(_ bytes: UnsafeRawBufferPointer) throws {
        try writeOutput(bytes)
    }

    /// Writes `text` to standard output; a failure is ignored, as `print` ignores it.
    func output(_ text: String) {
        var text = text
        text.withUTF8 { bytes in try? writeOutput(UnsafeRawBufferPointer(bytes)) }
    }

    /// Writes `text` to standard error as it is (no newline added).
    func error(_ text: String) {
        var text = text
        text.withUTF8 { bytes in try? writeError(UnsafeRawBufferPointer(bytes)) }
    }
}

/// `print` for every command in this module: the same text `Swift.print` would write, sent to
/// ``Console/current`` so that whoever runs the command decides where it goes.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    Console.current.output(items.map { "\($0)" }.joined(separator: separator) + terminator)
}
