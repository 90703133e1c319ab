/// One thing that happened, as one or more data sets report it.
///
/// ACLED and UCDP often code the same attack; counted as rows it would be two attacks.
/// An incident is the set of member events that the linker judged to describe the same
/// happening (see `LinkingRules`), with the date, place and deaths they give together.
/// An event that nothing else reports is an incident of one.
public struct Incident: Hashable, Sendable, Codable, Identifiable {
    /// The first member's reference (`acled:MMR1234`): stable for the same events and rules.
    public var id: String
    /// Oldest first (by the day each gives), then by data set and key.
    public var members: [EventRef]
    /// The days every member allows (the intersection of their spans), or, when the members'
    /// spans do not overlap (they were linked within the date slack), the span covering them all.
    public var date: DateSpan
    /// From the member whose place is most precise (the smallest uncertainty), as it spells them.
    public var country: String
    /// The first-level division, from the same member as `country`; nil when it gives none.
    public var admin1: String?
    /// The named place, from the same member as `country`; nil when it gives none.
    public var place: String?
    /// The deaths the members give together, with the member behind each bound.
    public var fatalities: CombinedFatalities
    /// The pairs the linker joined, each with what it measured; empty for an incident of one.
    public var links: [IncidentLink]

    /// An incident as given; the linker derives the values, this only holds them.
    public init(
        id: String, members: [EventRef], date: DateSpan, country: String, admin1: String? = nil, place: String? = nil,
        fatalities: CombinedFatalities = CombinedFatalities(), links: [IncidentLink] = []
    ) {
        self.id = id
        self.members = members
        self.date = date
        self.country = country
        self.admin1 = admin1
        self.place = place
        self.fatalities = fatalities
        self.links = links
    }

    /// Whether more than one event reports it.
    public var isLinked: Bool { members.count > 1 }

    /// The data sets that report it, sorted, each once.
    public var datasets: [String] { Array(Set(members.map(\.dataset))).sorted() }
}

/// Two events the linker joined, and the measurements that allowed it.
public struct IncidentLink: Hashable, Sendable, Codable {
    /// Of the two joined events, the one that sorts first (by data set, then key).
    public var first: EventRef
    /// Of the two joined events, the one that sorts second.
    public var second: EventRef
    /// Days between the two date spans; 0 when they overlap.
    public var daysApart: Int
    /// The distance between the coordinates, when both events have them.
    public var distanceKm: Double?
    /// How the places were compared: `coordinates` or `admin1`.
    public var placeBasis: String

    /// A link with the measurements the linker took.
    public init(first: EventRef, second: EventRef, daysApart: Int, distanceKm: Double?, placeBasis: String) {
        self.first = first
        self.second = second
        self.daysApart = daysApart
        self.distanceKm = distanceKm
        self.placeBasis = placeBasis
    }

    enum CodingKeys: String, CodingKey {
        case first, second
        case daysApart = "days_apart"
        case distanceKm = "distance_km"
        case placeBasis = "place_basis"
    }
}
