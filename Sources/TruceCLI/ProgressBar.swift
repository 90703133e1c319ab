import Foundation
import TruceStorage

/// A progress bar on standard error, drawn only on a terminal and at most ten times a second.
final class ProgressBar {
    private let label: String
    private let enabled: Bool
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(label: String, enabled: Bool = Terminal.isInteractiveError) {
        self.label = label
        self.enabled = enabled
    }

    func update(_ progress: ImportProgress) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 || progress.fraction >= 1 else { return }
        lastDraw = now
        let width = 30
        let filled = Int(progress.fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let percent = Int(progress.fraction * 100)
        Console.current.error("\r\(label) \(bar) \(percent)%  \(progress.rows) rows")
        drawn = true
    }

    func finish() {
        guard enabled, drawn else { return }
        Console.current.error("\r\u{1B}[2K")
    }
}
