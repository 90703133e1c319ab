import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The terminal Truce writes to: whether it is one, how wide it is. A captured ``Console`` is never one.
enum Terminal {
    static var isInteractiveError: Bool { Console.current.mayBeTerminal && isatty(STDERR_FILENO) == 1 }
    static var isInteractiveOutput: Bool { Console.current.mayBeTerminal && isatty(STDOUT_FILENO) == 1 }

    /// Columns available for output: the console's when it has a width, the terminal's, else $COLUMNS;
    /// unlimited into a pipe or file.
    static var width: Int {
        if let width = Console.current.width { return width }
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 {
            return Int(size.ws_col)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        return 10_000
    }

    static func error(_ message: String) {
        Console.current.error(message + "\n")
    }
}
