/// Where the evaluator finds evidence. The store implements it; tests use
/// ``EvidenceSet``.
public protocol EvidenceSource: Sendable {
    /// Events whose date span touches `from...to` and, when `countries` is not
    /// empty, whose country is one of them. The evaluator applies the rest of a scope.
    func events(from: Day, to: Day, countries: [String]) throws -> [Event]
    /// At least the events of `query.from...query.to` that match the scope `query` was made
    /// from, and perhaps more: the evaluator applies the scope exactly to what it gets.
    func events(matching query: EventQuery) throws -> [Event]
    /// Every observation of `indicator`.
    func observations(indicator: String) throws -> [Observation]
    /// Accepted claims about `provision`.
    func claims(aboutProvision provision: String) throws -> [Claim]
    /// The ids of the snapshots the store holds.
    func snapshotIDs() throws -> [Int64]
}

extension EvidenceSource {
    /// Filters by dates and countries only, as ``events(from:to:countries:)`` does.
    public func events(matching query: EventQuery) throws -> [Event] {
        try events(from: query.from, to: query.to, countries: query.countries)
    }
}

/// Evidence held in memory.
public struct EvidenceSet: EvidenceSource {
    public var allEvents: [Event]
    public var allObservations: [Observation]
    public var allClaims: [Claim]

    public init(events: [Event] = [], observations: [Observation] = [], claims: [Claim] = []) {
        self.allEvents = events
        self.allObservations = observations
        self.allClaims = claims
    }

    public func events(from: Day, to: Day, countries: [String]) -> [Event] {
        allEvents.filter { event in
            event.date.possiblyWithin(from, to) && (countries.isEmpty || countries.contains(event.location.country))
        }
    }

    public func observations(indicator: String) -> [Observation] {
        allObservations.filter { $0.indicator == indicator }
    }

    public func claims(aboutProvision provision: String) -> [Claim] {
        allClaims.filter { $0.aboutProvision == provision && $0.reviewState == .accepted }
    }

    public func snapshotIDs() -> [Int64] {
        let ids =
            allEvents.compactMap(\.provenance?.snapshot) + allObservations.compactMap(\.provenance?.snapshot)
            + allClaims.compactMap(\.provenance?.snapshot)
        return Array(Set(ids)).sorted()
    }
}
