import TruceModel

/// `truce incidents --format json` is `{"incidents": [each an ``IncidentOutput``], "rules", "summary"}`;
/// ``StreamedJSONArray`` writes the incidents as they come and these two members after them.
struct IncidentListTail: Encodable {
    /// The rules used, so a listing can be reproduced.
    var rules: LinkingRules
    var summary: IncidentSummary
}

/// One incident as JSON: its own fields, and each member event in brief.
struct IncidentOutput: Encodable {
    var id: String
    var date: String
    var dateEarliest: String
    var dateLatest: String
    var country: String
    var admin1: String?
    var place: String?
    var fatalities: CombinedFatalities
    var members: [Member]
    var links: [IncidentLink]

    struct Member: Encodable {
        var dataset, key, date, eventType: String
        var actor1, actor2: String?
        var place: String
        var latitude, longitude: Double?
        var fatalities: FatalitiesOutput
        var notes: String?

        enum CodingKeys: String, CodingKey {
            case dataset, key, date, actor1, actor2, place, latitude, longitude, fatalities, notes
            case eventType = "event_type"
        }
    }

    init(_ incident: Incident, events: [Event]) {
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
                place: IncidentText.place(e.location), latitude: e.location.latitude, longitude: e.location.longitude,
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
struct FatalitiesOutput: Encodable {
    var fatalities: Fatalities
    init(_ fatalities: Fatalities) { self.fatalities = fatalities }

    enum CodingKeys: String, CodingKey { case low, best, high }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(fatalities.low, forKey: .low)
        try c.encode(fatalities.best, forKey: .best)
        try c.encode(fatalities.high, forKey: .high)
    }
}
