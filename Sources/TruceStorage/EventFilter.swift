public import TruceModel

/// Which events to list: every criterion given must hold.
public struct EventFilter: Hashable, Sendable {
    /// Matched without regard to case.
    public var country: String?
    /// A part of an actor's or associated actor's name, on either side, without regard to case.
    public var actor: String?
    /// Events on or after this day (by their recorded date).
    public var from: Day?
    /// Events on or before this day (by their recorded date).
    public var to: Day?
    /// The data set the events come from (`acled`, `ucdp`, …), matched exactly.
    public var dataset: String?
    /// The event type or sub-event type (`Battles`, `Armed clash`), without regard to case.
    public var type: String?
    /// The first-level administrative area (a province), without regard to case.
    public var admin1: String?

    /// A filter of the criteria given; none given matches every event.
    public init(
        country: String? = nil, actor: String? = nil, from: Day? = nil, to: Day? = nil, dataset: String? = nil, type: String? = nil,
        admin1: String? = nil
    ) {
        self.country = country
        self.actor = actor
        self.from = from
        self.to = to
        self.dataset = dataset
        self.type = type
        self.admin1 = admin1
    }
}
