/// What an ``EvidenceSource`` may use to leave out events before the evaluator applies a
/// scope exactly: the source returns at least every event of `from...to` that matches the
/// scope, and may return more. A store turns it into a query so that a million rows are not
/// all read to keep a few thousand.
public struct EventQuery: Hashable, Sendable {
    /// Events whose date span touches `from...to`.
    public var from: Day
    /// The last day of the period; see `from`.
    public var to: Day
    /// Any of these countries, in any case; empty for any.
    public var countries: [String]
    /// Any of these event types, in any case; empty for any.
    public var eventTypes: [String]
    /// Any of these sub-event types, in any case; empty for any.
    public var subEventTypes: [String]
    /// Any of these first-level divisions, in any case; empty for any.
    public var admin1: [String]
    /// Events whose best estimate (else low, else 0) is at least this.
    public var minFatalities: Int?
    /// The names one of which the acting side must carry; nil for any side.
    public var side1: ActorNames?
    /// The names one of which the side acted upon must carry; nil for any side.
    public var side2: ActorNames?

    /// A query for events touching `from...to`; every other filter defaults to any.
    public init(
        from: Day, to: Day, countries: [String] = [], eventTypes: [String] = [], subEventTypes: [String] = [], admin1: [String] = [],
        minFatalities: Int? = nil, side1: ActorNames? = nil, side2: ActorNames? = nil
    ) {
        self.from = from
        self.to = to
        self.countries = countries
        self.eventTypes = eventTypes
        self.subEventTypes = subEventTypes
        self.admin1 = admin1
        self.minFatalities = minFatalities
        self.side1 = side1
        self.side2 = side2
    }
}

/// Names that identify a side: a side carries them when its actor or an associated actor
/// equals one of `exact` or starts with one of `prefixes` (both lower-cased, compared in
/// lower case), or its data-set code is one of `codes` (lower-cased).
public struct ActorNames: Hashable, Sendable {
    /// Names the actor must equal, lower-cased.
    public var exact: [String]
    /// Prefixes one of which the actor must start with, lower-cased.
    public var prefixes: [String]
    /// Data-set actor codes (`gdelt:afgtal`), lower-cased, matched exactly.
    public var codes: [String]

    /// Names made of `exact` names, `prefixes` and `codes`, each expected lower-cased; none by default.
    public init(exact: [String] = [], prefixes: [String] = [], codes: [String] = []) {
        self.exact = exact
        self.prefixes = prefixes
        self.codes = codes
    }
}
