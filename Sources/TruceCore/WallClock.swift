public import Foundation
public import TruceModel

/// The current time, passed in wherever time matters, so that a use case can be run at a
/// fixed moment in tests and reproduced.
public struct WallClock: Sendable {
    private let read: @Sendable () -> Date

    /// A clock that calls `read` for the current time.
    public init(_ read: @escaping @Sendable () -> Date) {
        self.read = read
    }

    /// The system's clock.
    public static let system = WallClock { Date() }

    /// A clock stopped at `date`.
    public static func fixed(_ date: Date) -> WallClock { WallClock { date } }

    /// Now.
    public var now: Date { read() }

    /// Today in UTC.
    public var today: Day {
        let components = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: now)
        return Day(year: components.year!, month: components.month!, day: components.day!)!
    }

    /// Now as ISO 8601 in UTC, as snapshots and review decisions record it.
    public var timestamp: String { ISO8601DateFormatter().string(from: now) }
}
