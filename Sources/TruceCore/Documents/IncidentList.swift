public import TruceModel

/// `truce incidents --format json` is `{"incidents": [each an ``IncidentOutput``], "rules", "summary"}`;
/// ``StreamedJSONArray`` writes the incidents as they come and these two members after them.
public struct IncidentListTail: Encodable, Sendable {
    /// The rules used, so a listing can be reproduced.
    public var rules: LinkingRules
    /// The counts of events, incidents and links.
    public var summary: IncidentSummary

    /// The members written after the incidents: `rules` and `summary`.
    public init(rules: LinkingRules, summary: IncidentSummary) {
        self.rules = rules
        self.summary = summary
    }
}

/// One incident as JSON: its own fields, and each member event in brief.
public struct IncidentOutput: Encodable, Sendable {
    /// The incident's id: its first member's reference (`acled:MMR1234`).
    public var id: String
    /// The day the incident is filed under, `YYYY-MM-DD`.
    public var date: String
    /// The first day the members allow, `YYYY-MM-DD`.
    public var dateEarliest: String
    /// The last day the members allow, `YYYY-MM-DD`.
    public var dateLatest: String
    /// The country, from the member whose place is most precise.
    public var country: String
    /// The first-level division, from the same member; nil when it gives none.
    public var admin1: String?
    /// The named place, from the same member; nil when it gives none.
    public var place: String?
    /// The deaths the members give together, with the member behind each bound.
    public var fatalities: CombinedFatalities
    /// Each member event in brief, in the incident's order (oldest first).
    public var members: [Member]
    /// The pairs the linker joined; empty for an incident of one event.
    public var links: [IncidentLink]

    /// One member event in brief: where it comes from, when, who, where, and its deaths.
    public struct Member: Encodable, Sendable {
        public var dataset, key, date, eventType: String
        public var actor1, actor2: String?
        /// Place, first-level division and country, those known, joined by ", ".
        public var place: String
        public var latitude, longitude: Double?
        /// The deaths the event reports.
        public var fatalities: FatalitiesOutput
        /// The event's notes as its data set gives them; nil when none.
        public var notes: String?

        enum CodingKeys: String, CodingKey {
            case dataset, key, date, actor1, actor2, place, latitude, longitude, fatalities, notes
            case eventType = "event_type"
        }
    }

    /// The JSON of `incident`, whose member events are `events`, in the incident's order.
    public init(_ incident: Incident, events: [Event]) {
        id = incident.id
        date = incident.date.day.iso
        dateEarliest = incident.date.earliest.iso
        dateLatest = incident.date.latest.iso
        country = incident.country
        admin1 = incident.admin1
        place = incident.place
        fatalities = incident.fatalities
        links = incident.links
        members = events.map { e in
            Member(
                dataset: e.dataset, key: e.key, date: e.date.day.iso, eventType: e.type.event, actor1: e.actor1.name, actor2: e.actor2.name,
                place: [e.location.place, e.location.admin1, e.location.country].compactMap { $0 }.joined(separator: ", "),
                latitude: e.location.latitude, longitude: e.location.longitude,
                fatalities: FatalitiesOutput(e.fatalities), notes: e.notes)
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, date, country, admin1, place, fatalities, members, links
        case dateEarliest = "date_earliest"
        case dateLatest = "date_latest"
    }
}

/// Fatalities as `{"low", "best", "high"}`, absent figures as null, as every JSON output writes them.
public struct FatalitiesOutput: Encodable, Sendable {
    /// The figures written.
    public var fatalities: Fatalities
    /// The output of `fatalities`.
    public init(_ fatalities: Fatalities) { self.fatalities = fatalities }

    enum CodingKeys: String, CodingKey { case low, best, high }

    /// Writes `low`, `best` and `high`, each null when absent.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(fatalities.low, forKey: .low)
        try c.encode(fatalities.best, forKey: .best)
        try c.encode(fatalities.high, forKey: .high)
    }
}
