import Foundation

/// Text placed in a SQL `LIKE` pattern (with `ESCAPE '\'`), the same for SQLite and PostgreSQL.
public enum LikePattern {
    /// `text` with LIKE's wildcards (`%`, `_`) and the escape character escaped, so it matches literally.
    public static func literal(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}
