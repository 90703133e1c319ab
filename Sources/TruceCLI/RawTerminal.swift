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
    static var isAvailable: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    /// Runs `body` in raw mode and restores the terminal however it ends.
    static func session<T>(_ body: () throws -> T) throws -> T {
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
        _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw)
        emit("\u{1B}[?1049h\u{1B}[?25l")
        defer {
            restoreTerminal()
            signal(SIGINT, SIG_DFL)
            signal(SIGTERM, SIG_DFL)
        }
        return try body()
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

    /// The next key; Ctrl-C and the end of input read as `.interrupt`.
    static func readKey() -> ReviewKey {
        var bytes = [UInt8](repeating: 0, count: 16)
        let count = bytes.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, 16) }
        guard count > 0 else { return .interrupt }
        return key(Array(bytes[0..<count]))
    }

    /// Bytes the terminal sends for one key press, as a key.
    static func key(_ bytes: [UInt8]) -> ReviewKey {
        switch bytes {
        case [0x1B, 0x5B, 0x41], [0x1B, 0x4F, 0x41]: return .up
        case [0x1B, 0x5B, 0x42], [0x1B, 0x4F, 0x42]: return .down
        case [0x1B]: return .escape
        case [0x0D], [0x0A]: return .enter
        case [0x7F], [0x08]: return .backspace
        case [0x03], [0x04]: return .interrupt
        default:
            guard bytes.first != 0x1B, let character = String(decoding: bytes, as: UTF8.self).first else { return .escape }
            return .character(character)
        }
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
