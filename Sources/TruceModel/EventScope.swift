/// Which events a provision is about. Every criterion given must hold; an
/// empty criterion does not restrict.
public struct EventScope: Hashable, Sendable, Codable {
    /// Actor or group ids one of which must be on the acting side.
    public var actor1: [String]
    /// Actor or group ids one of which must be on the side acted upon.
    public var actor2: [String]
    /// Two sets of actor or group ids; one side must match the first and the
    /// other side the second, in either direction ("violence between").
    public var between: [[String]]
    /// ACLED event types, e.g. "Battles".
    public var eventTypes: [String]
    /// ACLED sub-event types, e.g. "Armed clash"; compared with the event's `subEvent`.
    public var subEventTypes: [String]
    /// Country names as the data sets spell them; an event's `location.country` must be one of them.
    public var countries: [String]
    /// First-level divisions (provinces); an event's `location.admin1` must be one of them.
    public var admin1: [String]
    /// Second-level administrative regions (districts: `Shusha`), format version 2.
    public var admin2: [String]
    /// Place names as the data sets write them (ACLED's `location`), format version 2.
    public var places: [String]
    /// Events that match any of these scopes are out of this one, even when they match every other
    /// criterion (a town the ceasefire does not cover); format version 2.
    public var exclude: [EventScope]
    /// An area on the map the event must lie in, judged from its coordinates and place precision
    /// (format version 2).
    public var within: Zone?
    /// Events with fewer best-estimate deaths do not count.
    public var minFatalities: Int?
    /// Whether an imprecise date must lie certainly within a window to count.
    public var dates: DateCertainty

    /// A scope from the given criteria; every one left empty (or `nil`) matches any event.
    public init(
        actor1: [String] = [], actor2: [String] = [], between: [[String]] = [], eventTypes: [String] = [],
        subEventTypes: [String] = [], countries: [String] = [], admin1: [String] = [], minFatalities: Int? = nil,
        dates: DateCertainty = .certain, admin2: [String] = [], places: [String] = [], exclude: [EventScope] = [],
        within: Zone? = nil
    ) {
        self.within = within
        self.admin2 = admin2
        self.places = places
        self.exclude = exclude
        self.actor1 = actor1
        self.actor2 = actor2
        self.between = between
        self.eventTypes = eventTypes
        self.subEventTypes = subEventTypes
        self.countries = countries
        self.admin1 = admin1
        self.minFatalities = minFatalities
        self.dates = dates
    }

    /// How an event with an imprecise date (a week, a month) counts against a window.
    public enum DateCertainty: String, Hashable, Sendable, Codable, CaseIterable {
        /// The event's whole date span lies in the window.
        case certain
        /// Some day of the event's date span lies in the window.
        case possible
    }
}
