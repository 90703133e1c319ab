public import TruceModel

/// How far back what a report tells is still its news.
///
/// An act or a value dated more than `days` before publication is history told as context: about two
/// months, so that a monthly report and its lag still tell their own period as news.
public enum Recency {
    public static let days = 60

    /// Whether something that ended on `latest` is history for a report published on `published`.
    public static func isHistory(_ latest: Day, published: Day) -> Bool { latest.adding(days: days) < published }
}
