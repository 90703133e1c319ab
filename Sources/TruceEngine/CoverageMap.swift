import TruceModel

/// The days on which some import of events covers an area: where the absence of a matching event
/// is evidence that none happened. When the source knows no coverage at all, every day counts as
/// covered, as in format version 1.
struct CoverageMap {
    /// Whether the source told any coverage.
    let isKnown: Bool
    /// Covered stretches for the area, merged, ascending.
    private(set) var stretches: [(from: Day, to: Day)] = []

    init(_ coverage: [Coverage], countries: [String]) {
        isKnown = !coverage.isEmpty
        let relevant = coverage.filter { $0.covers(anyOf: countries) }.map { (from: $0.from, to: $0.to) }.sorted { $0.from < $1.from }
        for stretch in relevant {
            if let last = stretches.last, stretch.from <= last.to.adding(days: 1) {
                stretches[stretches.count - 1].to = max(last.to, stretch.to)
            } else {
                stretches.append(stretch)
            }
        }
    }

    /// The map with `spans` covered too (the days count reports were made for); unchanged when no
    /// coverage is known, since then every day counts as covered already.
    func adding(_ spans: [(Day, Day)]) -> CoverageMap {
        guard isKnown, !spans.isEmpty else { return self }
        var map = self
        let all = (stretches + spans.map { (from: $0.0, to: $0.1) }).sorted { $0.from < $1.from }
        map.stretches = []
        for stretch in all {
            if let last = map.stretches.last, stretch.from <= last.to.adding(days: 1) {
                map.stretches[map.stretches.count - 1].to = max(last.to, stretch.to)
            } else {
                map.stretches.append(stretch)
            }
        }
        return map
    }

    /// How many days of `from...to` are covered.
    func coveredDays(from: Day, to: Day) -> Int {
        guard isKnown else { return from.days(to: to) + 1 }
        return stretches.reduce(0) { total, stretch in
            let start = max(stretch.from, from)
            let end = min(stretch.to, to)
            return start <= end ? total + start.days(to: end) + 1 : total
        }
    }

    /// The last covered day of `from...to`, if any.
    func lastCovered(from: Day, to: Day) -> Day? {
        stretches.last { $0.from <= to && $0.to >= from }.map { min($0.to, to) }
    }
}
