import TruceModel

/// How a status is shown: always its name in words, with a colour that only repeats it.
enum StatusBadge {
    /// The status's name as readers see it (`complied late`).
    static func label(_ status: Status) -> String { status.rawValue.replacingOccurrences(of: "_", with: " ") }

    /// A badge: a coloured pill holding the status's name.
    static func html(_ status: Status) -> String {
        "<span class=\"status status-\(status.rawValue)\">\(HTML.escape(label(status)))</span>"
    }

    /// The fill of a status in charts; the same hues as the stylesheet's badges.
    static func fill(_ status: Status) -> String {
        switch status {
        case .pending: "#c9d1d9"
        case .complied: "#5fa463"
        case .compliedLate: "#9ab23f"
        case .declared: "#6e8fcf"
        case .violated: "#d4574c"
        case .overdue: "#d99032"
        case .lapsed: "#9a78bf"
        case .inconclusive: "#e2e2e2"
        case .disputed: "#e8c400"
        }
    }
}
