/// The deaths of one incident as the range its sources give together, with the source of each bound.
///
/// Sources disagree, and a monitor must be able to say who said what: "3 to 12 killed —
/// 3 from UCDP 209980 (its low estimate), 12 from ACLED MMR1234". `low` is the lowest figure
/// any member gives (its low estimate, else its best), `high` the highest (its high estimate,
/// else its best), and `best` the lower median of the members' best estimates, so that two
/// sources never add up and the figure always comes from one of them.
public struct CombinedFatalities: Hashable, Sendable, Codable {
    /// The lowest figure any member gives; nil when no member gives one.
    public var low: Int?
    /// The lower median of the members' best estimates; nil when no member gives one.
    public var best: Int?
    /// The highest figure any member gives; nil when no member gives one.
    public var high: Int?
    /// The member that gave `low`; the first in member order when several give the same figure.
    public var lowFrom: EventRef?
    /// The member that gave `best`.
    public var bestFrom: EventRef?
    /// The member that gave `high`; the first in member order when several give the same figure.
    public var highFrom: EventRef?

    /// Bounds given as they are, each with the member it came from; unknown ones nil.
    public init(
        low: Int? = nil, best: Int? = nil, high: Int? = nil, lowFrom: EventRef? = nil, bestFrom: EventRef? = nil,
        highFrom: EventRef? = nil
    ) {
        self.low = low
        self.best = best
        self.high = high
        self.lowFrom = lowFrom
        self.bestFrom = bestFrom
        self.highFrom = highFrom
    }

    /// Combines the fatalities of `members`, given in member order.
    public init(_ members: [(ref: EventRef, fatalities: Fatalities)]) {
        self.init()
        var bests: [(value: Int, ref: EventRef)] = []
        for (ref, f) in members {
            if let value = f.low ?? f.best ?? f.high, low.map({ value < $0 }) ?? true {
                low = value
                lowFrom = ref
            }
            if let value = f.high ?? f.best ?? f.low, high.map({ value > $0 }) ?? true {
                high = value
                highFrom = ref
            }
            if let value = f.best { bests.append((value, ref)) }
        }
        // A stable sort keeps member order among equal figures, so the first member giving the median is named.
        let ordered = bests.enumerated().sorted { ($0.element.value, $0.offset) < ($1.element.value, $1.offset) }.map(\.element)
        if !ordered.isEmpty {
            let median = ordered[(ordered.count - 1) / 2]
            best = median.value
            bestFrom = median.ref
        }
    }

    enum CodingKeys: String, CodingKey {
        case low, best, high
        case lowFrom = "low_from"
        case bestFrom = "best_from"
        case highFrom = "high_from"
    }
}
