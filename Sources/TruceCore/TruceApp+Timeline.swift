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
    /// The same counts split by the grouping asked for, largest series first; empty when ungrouped.
    /// The series of each day add up to its count.
    public var series: [EventSeries] = []

    /// The count on `day`, zero outside the span.
    public func count(on day: Day) -> Int {
        let index = from.days(to: day)
        return counts.indices.contains(index) ? counts[index] : 0
    }
}

/// The events per day of one group (an event type, or an actor pair).
public struct EventSeries: Hashable, Sendable {
    /// The group's name: the event type, `actor1 → actor2`, or ``EventGrouping/otherName`` for the rest.
    public var name: String
    /// One count per day, as ``DailyEventCounts/counts``.
    public var counts: [Int]

    /// The series `name` of `counts`.
    public init(name: String, counts: [Int]) {
        self.name = name
        self.counts = counts
    }
}

/// How a timeline splits each day's events.
public enum EventGrouping: String, Hashable, Sendable, CaseIterable {
    /// One series: no split.
    case none
    /// By event type (ACLED's `event_type`).
    case type
    /// By actor pair, the two sides in alphabetical order so that `A → B` and `B → A` are one pair.
    case actorPair = "pair"

    /// The name of the series that gathers the groups beyond ``TruceApp/maximumTimelineSeries``.
    public static let otherName = "other"

    /// The group `event` belongs to.
    public func key(of event: Event) -> String {
        switch self {
        case .none: return "events"
        case .type: return event.type.event
        case .actorPair:
            let sides = [event.actor1.name ?? "unknown", event.actor2.name ?? "none"].sorted()
            return "\(sides[0]) – \(sides[1])"
        }
    }
}

extension TruceApp {
    /// The most series a grouped timeline keeps; smaller groups are added up as ``EventGrouping/otherName``.
    public static let maximumTimelineSeries = 8

    /// The longest span a timeline counts; longer spans are refused rather than drawn unreadably.
    public static let maximumTimelineDays = 3_660

    /// Counts the events matching `filter` on each day from `from` through `to` (by their recorded day),
    /// reading them one at a time, and splits the counts into series by `grouping`.
    ///
    /// - Throws: ``TruceError`` (`invalidInput`, parameter `to`) when `to` is before `from` or the span is
    ///   longer than ``maximumTimelineDays``; what the store throws.
    public func dailyEventCounts(
        matching filter: EventFilter, from: Day, to: Day, by grouping: EventGrouping = .none
    ) async throws -> DailyEventCounts {
        guard from <= to else { throw TruceError(.invalidInput, "the last day, \(to.iso), is before the first, \(from.iso)", parameter: "to") }
        let length = from.days(to: to) + 1
        guard length <= Self.maximumTimelineDays else {
            throw TruceError(.invalidInput, "a timeline spans at most \(Self.maximumTimelineDays) days; this one spans \(length)", parameter: "to")
        }
        var span = filter
        span.from = max(filter.from ?? from, from)
        span.to = min(filter.to ?? to, to)
        var counts = Array(repeating: 0, count: length)
        var groups: [String: [Int]] = [:]
        if span.from! <= span.to! {
            try await storage.forEachEvent(matching: span, limit: nil) { event in
                let index = from.days(to: event.date.day)
                guard counts.indices.contains(index) else { return }
                counts[index] += 1
                if grouping != .none { groups[grouping.key(of: event), default: Array(repeating: 0, count: length)][index] += 1 }
            }
        }
        return DailyEventCounts(from: from, to: to, counts: counts, series: Self.series(groups))
    }

    /// The largest groups (ties by name), the rest added up as one `other` series.
    static func series(_ groups: [String: [Int]]) -> [EventSeries] {
        let ranked = groups.map { (name: $0.key, counts: $0.value, total: $0.value.reduce(0, +)) }
            .sorted { ($0.total, $1.name) > ($1.total, $0.name) }
        guard ranked.count > maximumTimelineSeries else { return ranked.map { EventSeries(name: $0.name, counts: $0.counts) } }
        let kept = ranked.prefix(maximumTimelineSeries - 1).map { EventSeries(name: $0.name, counts: $0.counts) }
        var other = Array(repeating: 0, count: ranked[0].counts.count)
        for group in ranked.dropFirst(maximumTimelineSeries - 1) {
            for (index, count) in group.counts.enumerated() { other[index] += count }
        }
        return kept + [EventSeries(name: EventGrouping.otherName, counts: other)]
    }
}
