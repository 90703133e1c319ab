/// How the bytes of a CSV file are turned into text.
///
/// Old ACLED exports are Windows-1252, newer ones UTF-8, and nothing in the
/// file says which: `automatic` reads UTF-8 and falls back to Windows-1252 for
/// a field that is not valid UTF-8, leaving a notice so the user can name the
/// encoding explicitly.
public enum TextEncodingChoice: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// UTF-8; a field that is not valid UTF-8 is read as Windows-1252 (with a notice).
    case automatic
    /// UTF-8 only; a row with invalid UTF-8 is malformed.
    case utf8
    /// Windows-1252 (a superset of Latin-1 for printable text), whatever the bytes look like.
    case windows1252

    /// Parses a user's name for an encoding: `auto`, `utf-8`/`utf8`, `windows-1252`/`cp1252`
    /// (case-insensitive); `nil` for anything else.
    public init?(name: String) {
        switch name.lowercased().trimmingASCIIWhitespace() {
        case "auto", "automatic": self = .automatic
        case "utf-8", "utf8": self = .utf8
        case "windows-1252", "windows1252", "cp1252", "cp-1252": self = .windows1252
        default: return nil
        }
    }

    /// The names `init(name:)` accepts, for help texts and error messages.
    public static let acceptedNames = ["auto", "utf-8", "utf8", "windows-1252", "cp1252"]

    public var description: String {
        switch self {
        case .automatic: return "auto"
        case .utf8: return "utf-8"
        case .windows1252: return "windows-1252"
        }
    }
}
