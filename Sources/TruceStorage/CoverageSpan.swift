public import TruceModel

/// The span of an import's rows — first day, last day, countries — gathered as they are read,
/// unchanged rows included: the coverage an import of events records when its data set states none.
/// Every backend gathers it with this one type, so both answer alike.
public struct CoverageSpan: Sendable {
    private var first: Day?
    private var last: Day?
    private var countries: Set<String> = []

    /// An empty span.
    public init() {}

    /// Widens the span to `event`. Its stated day counts, not the span of an imprecise date: a
    /// week-precise event of 1 February does not make a February export cover January.
    public mutating func add(_ event: Event) {
        first = min(first ?? event.date.day, event.date.day)
        last = max(last ?? event.date.day, event.date.day)
        countries.insert(event.location.country)
    }

    /// Widens the span to an event of `day` whose country is `newCountry` when no event added
    /// before had it (nil when one had): the same span as ``add(_:)``, for a caller that has
    /// already told new countries apart.
    public mutating func add(day: Day, newCountry: String?) {
        first = min(first ?? day, day)
        last = max(last ?? day, day)
        if let newCountry { countries.insert(newCountry) }
    }

    /// The first and last day and the countries, sorted; nil when no event was read.
    public var span: (from: Day, to: Day, countries: [String])? {
        guard let first, let last else { return nil }
        return (first, last, countries.sorted())
    }
}
