import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The terminal Truce writes to: whether it is one, how wide it is.
enum Terminal {
    static var isInteractiveError: Bool { isatty(STDERR_FILENO) == 1 }
    static var isInteractiveOutput: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Columns available for output: the terminal's, else $COLUMNS; unlimited into a pipe or file.
    static var width: Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 {
            return Int(size.ws_col)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        return 10_000
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
