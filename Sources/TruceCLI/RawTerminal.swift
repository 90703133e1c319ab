import Foundation
import TruceModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The terminal's settings before raw mode, for the signal handler to put back.
nonisolated(unsafe) private var savedSettings = termios()
nonisolated(unsafe) private var rawModeOn = false

/// Puts the terminal back: line editing and echo on, cursor shown, main screen back.
private func restoreTerminal() {
    guard rawModeOn else { return }
    var settings = savedSettings
    _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &settings)
    let leave = Array("\u{1B}[?25h\u{1B}[?1049l".utf8)
    _ = leave.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    rawModeOn = false
}

/// A keyboard-driven session on the terminal: raw mode (keys arrive one by one, unechoed)
/// on the alternate screen, always restored, on exit and on SIGINT or SIGTERM alike.
enum RawTerminal {
    static var isAvailable: Bool { Console.current.mayBeTerminal && isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    /// Runs `body` in raw mode and restores the terminal however it ends.
    static func session<T>(_ body: () async throws -> T) async throws -> T {
        guard tcgetattr(STDIN_FILENO, &savedSettings) == 0 else {
            throw TruceError(.invalidInput, "cannot read the terminal's settings; run truce review in a terminal")
        }
        var raw = savedSettings
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        rawModeOn = true
        signal(SIGINT) { _ in
            restoreTerminal()
            _exit(130)
        }
        signal(SIGTERM) { _ in
            restoreTerminal()
            _exit(143)
        }
        // A resized window interrupts the wait for a key (no SA_RESTART), so the loop redraws at once.
        #if canImport(Glibc)
            var resize = sigaction()
            resize.__sigaction_handler.sa_handler = { _ in }
            resize.sa_flags = 0
            sigemptyset(&resize.sa_mask)
            sigaction(SIGWINCH, &resize, nil)
        #endif
        _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw)
        emit("\u{1B}[?1049h\u{1B}[?25l")
        defer {
            restoreTerminal()
            signal(SIGINT, SIG_DFL)
            signal(SIGTERM, SIG_DFL)
            signal(SIGWINCH, SIG_DFL)
        }
        return try await body()
    }

    /// The terminal's size, re-read at every frame so a resized window redraws to fit.
    static var size: (width: Int, height: Int) {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 {
            return (Int(size.ws_col), Int(size.ws_row))
        }
        return (80, 24)
    }

    /// Draws a frame from the top left, clearing what was there.
    static func draw(_ lines: [String]) {
        emit("\u{1B}[H\u{1B}[2J" + lines.joined(separator: "\r\n"))
    }

    /// The keys of the next read: one press, or several when typed fast or pasted; none
    /// when a resize interrupted the wait. The end of input reads as `.interrupt`.
    static func readKeys() -> [ReviewKey] {
        var bytes = [UInt8](repeating: 0, count: 256)
        let count = bytes.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, 256) }
        if count < 0 && errno == EINTR { return [] }
        guard count > 0 else { return [.interrupt] }
        return keys(Array(bytes[0..<count]))
    }

    /// The bytes a terminal sends as keys: arrows are escape sequences, Ctrl-C and Ctrl-D
    /// interrupt, other control bytes and unknown sequences are passed over.
    static func keys(_ bytes: [UInt8]) -> [ReviewKey] {
        var keys: [ReviewKey] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x1B:
                guard index + 2 < bytes.count, bytes[index + 1] == 0x5B || bytes[index + 1] == 0x4F else {
                    keys.append(.escape)
                    index += 1
                    continue
                }
                // ESC [ parameters final-byte: the final byte says which key.
                var end = index + 2
                while end < bytes.count, !(0x40...0x7E).contains(bytes[end]) { end += 1 }
                if end < bytes.count {
                    if bytes[end] == 0x41 { keys.append(.up) }
                    if bytes[end] == 0x42 { keys.append(.down) }
                }
                index = end + 1
            case 0x0D, 0x0A:
                keys.append(.enter)
                index += 1
            case 0x7F, 0x08:
                keys.append(.backspace)
                index += 1
            case 0x03, 0x04:
                keys.append(.interrupt)
                index += 1
            case ..<0x20:
                index += 1
            default:
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                let slice = bytes[index..<min(bytes.count, index + length)]
                if let character = String(validating: slice, as: UTF8.self)?.first { keys.append(.character(character)) }
                index += length
            }
        }
        return keys
    }

    private static func emit(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            offset += written
        }
    }
}
