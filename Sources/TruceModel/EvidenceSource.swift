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
    /// Accepted claims about `provision`, alone or among others (`about_provision` `a;b`); `*` asks
    /// for the claims about the agreement as a whole.
    func claims(aboutProvision provision: String) throws -> [Claim]
    /// Every accepted claim that names a provision or a reading (`about_provision` or `about_reading`),
    /// so that an assessment can warn about those that name what its agreement lacks.
    func claimsNamingProvisions() throws -> [Claim]
    /// The ids of the snapshots the store holds.
    func snapshotIDs() throws -> [Int64]
    /// The period and area each import of events covers. Empty when the source does not know,
    /// in which case the evaluator takes the evidence as complete, as format version 1 did.
    func coverage() throws -> [Coverage]
}

extension EvidenceSource {
    /// No coverage known: the evidence is taken as complete.
    public func coverage() throws -> [Coverage] { [] }

    /// No claims listed: a source that cannot list them gives no warnings about them.
    public func claimsNamingProvisions() throws -> [Claim] { [] }
}

extension EvidenceSource {
    /// Filters by dates and countries only, as ``events(from:to:countries:)`` does.
    public func events(matching query: EventQuery) throws -> [Event] {
        try events(from: query.from, to: query.to, countries: query.countries)
    }
}

/// Evidence held in memory.
public struct EvidenceSet: EvidenceSource {
    /// The events held, in the order given.
    public var allEvents: [Event]
    /// The observations held, in the order given.
    public var allObservations: [Observation]
    /// The claims held, whatever their review state; only accepted ones are answered.
    public var allClaims: [Claim]
    /// What the events cover; empty when unknown.
    public var allCoverage: [Coverage]

    /// Evidence made of the given records.
    public init(events: [Event] = [], observations: [Observation] = [], claims: [Claim] = [], coverage: [Coverage] = []) {
        self.allEvents = events
        self.allObservations = observations
        self.allClaims = claims
        self.allCoverage = coverage
    }

    /// See ``EvidenceSource/coverage()``: the coverage held, in the order given.
    public func coverage() -> [Coverage] { allCoverage }

    /// See ``EvidenceSource/events(from:to:countries:)``: a span that possibly touches the window counts.
    public func events(from: Day, to: Day, countries: [String]) -> [Event] {
        allEvents.filter { event in
            event.date.possiblyWithin(from, to) && (countries.isEmpty || countries.contains(event.location.country))
        }
    }

    /// See ``EvidenceSource/observations(indicator:)``: in the order held.
    public func observations(indicator: String) -> [Observation] {
        allObservations.filter { $0.indicator == indicator }
    }

    /// See ``EvidenceSource/claims(aboutProvision:)``: accepted claims only, in the order held.
    public func claims(aboutProvision provision: String) -> [Claim] {
        allClaims.filter { $0.isAbout(provision) && $0.reviewState == .accepted }
    }

    /// See ``EvidenceSource/claimsNamingProvisions()``: in the order held.
    public func claimsNamingProvisions() -> [Claim] {
        allClaims.filter { ($0.aboutProvision != nil || $0.aboutReading != nil) && $0.reviewState == .accepted }
    }

    /// See ``EvidenceSource/snapshotIDs()``: the snapshots the records' provenance names, sorted, each once.
    public func snapshotIDs() -> [Int64] {
        let ids =
            allEvents.compactMap(\.provenance?.snapshot) + allObservations.compactMap(\.provenance?.snapshot)
            + allClaims.compactMap(\.provenance?.snapshot)
        return Array(Set(ids)).sorted()
    }
}
