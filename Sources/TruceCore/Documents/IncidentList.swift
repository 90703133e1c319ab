public import TruceModel

/// `truce incidents --format json` is `{"incidents": [each an ``IncidentOutput``], "rules", "summary"}`;
/// ``StreamedJSONArray`` writes the incidents as they come and these two members after them.
public struct IncidentListTail: Encodable, Sendable {
    /// The rules used, so a listing can be reproduced.
    public var rules: LinkingRules
    public var summary: IncidentSummary

    public init(rules: LinkingRules, summary: IncidentSummary) {
        self.rules = rules
        self.summary = summary
    }
}

/// One incident as JSON: its own fields, and each member event in brief.
public struct IncidentOutput: Encodable, Sendable {
    public var id: String
    public var date: String
    public var dateEarliest: String
    public var dateLatest: String
    public var country: String
    public var admin1: String?
    public var place: String?
    public var fatalities: CombinedFatalities
    public var members: [Member]
    public var links: [IncidentLink]

    public struct Member: Encodable, Sendable {
        public var dataset, key, date, eventType: String
        public var actor1, actor2: String?
        public var place: String
        public var latitude, longitude: Double?
        public var fatalities: FatalitiesOutput
        public var notes: String?

        enum CodingKeys: String, CodingKey {
            case dataset, key, date, actor1, actor2, place, latitude, longitude, fatalities, notes
            case eventType = "event_type"
        }
    }

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
    public var fatalities: Fatalities
    public init(_ fatalities: Fatalities) { self.fatalities = fatalities }

    enum CodingKeys: String, CodingKey { case low, best, high }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(fatalities.low, forKey: .low)
        try c.encode(fatalities.best, forKey: .best)
        try c.encode(fatalities.high, forKey: .high)
    }
}
