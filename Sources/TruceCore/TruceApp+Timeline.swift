public import TruceModel
public import TruceStorage

/// How many events fell on each day of a span, for a timeline.
public struct DailyEventCounts: Hashable, Sendable {
    /// The first day counted.
    public var from: Day
    /// The last day counted.
    public var to: Day
    /// One count per day from `from` through `to`, zero where nothing happened.
    public var counts: [Int]

    /// The count on `day`, zero outside the span.
    public func count(on day: Day) -> Int {
        let index = from.days(to: day)
        return counts.indices.contains(index) ? counts[index] : 0
    }
}

extension TruceApp {
    /// The longest span a timeline counts; longer spans are refused rather than drawn unreadably.
    public static let maximumTimelineDays = 3_660

    /// Counts the events matching `filter` on each day from `from` through `to` (by their recorded day),
    /// reading them one at a time.
    ///
    /// - Throws: ``TruceError`` (`invalidInput`, parameter `to`) when `to` is before `from` or the span is
    ///   longer than ``maximumTimelineDays``; what the store throws.
    public func dailyEventCounts(matching filter: EventFilter, from: Day, to: Day) async throws -> DailyEventCounts {
        guard from <= to else { throw TruceError(.invalidInput, "the last day, \(to.iso), is before the first, \(from.iso)", parameter: "to") }
        let length = from.days(to: to) + 1
        guard length <= Self.maximumTimelineDays else {
            throw TruceError(.invalidInput, "a timeline spans at most \(Self.maximumTimelineDays) days; this one spans \(length)", parameter: "to")
        }
        var span = filter
        span.from = max(filter.from ?? from, from)
        span.to = min(filter.to ?? to, to)
        var counts = Array(repeating: 0, count: length)
        if span.from! <= span.to! {
            try await storage.forEachEvent(matching: span, limit: nil) { event in
                let index = from.days(to: event.date.day)
                if counts.indices.contains(index) { counts[index] += 1 }
            }
        }
        return DailyEventCounts(from: from, to: to, counts: counts)
    }
}
