public import TruceModel

/// How far events' stated days lie from the ends of their date spans, at most: every stored event
/// has `date_earliest <= event_date <= date_latest` (a CHECK on both backends), so an event whose
/// span touches a window has its stated day within the window widened by these distances. That
/// turns "the span touches the window" into a range of the index on the stated day, which the
/// backends read instead of the whole index.
///
/// Each backend records one spread per store, which every write of events raises (never lowers:
/// a deletion may leave it wider than needed, which only costs reading a few more index entries).
public struct EventDateSpread: Sendable, Hashable, CustomStringConvertible {
    /// The most days an event's stated day lies after its earliest day.
    public private(set) var daysAfterEarliest: Int
    /// The most days an event's stated day lies before its latest day.
    public private(set) var daysBeforeLatest: Int

    /// The spread of events whose stated day is their whole span (no event read yet).
    public init() {
        daysAfterEarliest = 0
        daysBeforeLatest = 0
    }

    /// The spread recorded with these distances; a negative distance, which no event can have, counts as 0.
    public init(daysAfterEarliest: Int, daysBeforeLatest: Int) {
        self.daysAfterEarliest = max(0, daysAfterEarliest)
        self.daysBeforeLatest = max(0, daysBeforeLatest)
    }

    /// The spread of one event's dates.
    public init(_ dates: DateSpan) {
        self.init(daysAfterEarliest: dates.earliest.days(to: dates.day), daysBeforeLatest: dates.day.days(to: dates.latest))
    }

    /// Widens the spread to cover an event with `dates`.
    public mutating func add(_ dates: DateSpan) {
        widen(to: EventDateSpread(dates))
    }

    /// Widens the spread to cover `other` as well.
    public mutating func widen(to other: EventDateSpread) {
        daysAfterEarliest = max(daysAfterEarliest, other.daysAfterEarliest)
        daysBeforeLatest = max(daysBeforeLatest, other.daysBeforeLatest)
    }

    /// True when this spread is at least as wide as `other` on both sides, so that the windows it
    /// bounds find every event `other` covers.
    public func covers(_ other: EventDateSpread) -> Bool {
        daysAfterEarliest >= other.daysAfterEarliest && daysBeforeLatest >= other.daysBeforeLatest
    }

    /// The stated days an event may have when its span touches `from...to` (either end open):
    /// from `from` less ``daysBeforeLatest`` to `to` plus ``daysAfterEarliest``. A bound is nil
    /// when its end is open or falls outside the years 0001–9999, where `YYYY-MM-DD` text, which
    /// the backends compare, stops sorting as the days do.
    public func statedDays(touching from: Day?, _ to: Day?) -> (from: Day?, to: Day?) {
        (
            from.map { $0.adding(days: -daysBeforeLatest) }.flatMap(Self.comparableAsText),
            to.map { $0.adding(days: daysAfterEarliest) }.flatMap(Self.comparableAsText)
        )
    }

    private static func comparableAsText(_ day: Day) -> Day? {
        (1...9999).contains(day.year) ? day : nil
    }

    /// `+N/-M days`: how far stated days lie after earliest and before latest days.
    public var description: String { "+\(daysAfterEarliest)/-\(daysBeforeLatest) days" }
}
