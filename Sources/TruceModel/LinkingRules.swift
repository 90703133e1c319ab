/// When two events from different data sets are one incident. Every rule and default is
/// described in `docs/incidents.md`; a configuration file may give any subset of the fields
/// (as JSON or YAML, with the names below), the rest keep their defaults.
///
/// Two events link when all of these hold:
/// - **data sets**: they come from different data sets (unless `crossDatasetOnly` is off);
/// - **date**: their date spans (which already carry each data set's date precision) are at
///   most `dateSlackDays` apart, and neither is longer than `maxSpanDays`;
/// - **country**: the same, compared without case and without a parenthesis ("Myanmar (Burma)" is "Myanmar");
/// - **place**: the coordinates are at most `max(maxDistanceKm, uncertainty₁ + uncertainty₂)`
///   apart (the uncertainties only when `useUncertainty`); without coordinates on either side,
///   the same first-level division after normalising its name (`admin1Fallback`);
/// - **type**: compatible as `types` says;
/// - **actors**: compatible as `actors` says.
///
/// Pairs that pass are joined closest first; with `onePerDataset` a join that would put two
/// events of one data set in the same incident is skipped, so busy fronts do not chain into one incident.
public struct LinkingRules: Hashable, Sendable, Codable {
    /// Link only events of different data sets: a data set does not report its own incident twice.
    public var crossDatasetOnly: Bool
    /// Never put two events of one data set in one incident, even through a third event.
    public var onePerDataset: Bool
    /// Days allowed between two date spans: reports of a night attack are dated either day.
    public var dateSlackDays: Int
    /// Events whose date span is longer (a month, a year: UCDP's `date_prec` 4–5, ACLED's `time_precision` 3)
    /// never link: such a row sums up a period and cannot be matched to one incident. `nil` allows any span.
    public var maxSpanDays: Int?
    /// The distance within which two events with coordinates may be one incident.
    public var maxDistanceKm: Double
    /// Widen the distance to the sum of the two events' place uncertainties when that is larger.
    public var useUncertainty: Bool
    /// Without coordinates on either side, compare the normalised first-level divisions instead.
    public var admin1Fallback: Bool
    /// How the two events' actors must agree.
    public var actors: ActorCompatibility
    /// Which event types may be one incident.
    public var types: TypeCompatibility
    /// A place uncertainty for events that have none (ACLED's rows do not), by data set and
    /// the data set's own precision code: ACLED's `geo_precision` 1 the town, 2 near it, 3 the province.
    public var precisionKm: [String: [Int: Double]]
    /// Words that do not identify an actor ("forces", "army", "the", …), compared lower-case.
    public var genericWords: [String]
    /// Names that stand for one actor although they share no word, e.g. `["KIO", "KIA"]`
    /// (a movement and its armed wing); compared lower-case, without a parenthesis.
    public var actorAliases: [[String]]

    /// Rules with the given values; every default is the one `docs/incidents.md` describes.
    public init(
        crossDatasetOnly: Bool = true, onePerDataset: Bool = true, dateSlackDays: Int = 1, maxSpanDays: Int? = 7, maxDistanceKm: Double = 25,
        useUncertainty: Bool = true, admin1Fallback: Bool = true, actors: ActorCompatibility = .bothSides,
        types: TypeCompatibility = .violenceTogether, precisionKm: [String: [Int: Double]] = LinkingRules.defaultPrecisionKm,
        genericWords: [String] = LinkingRules.defaultGenericWords, actorAliases: [[String]] = []
    ) {
        self.crossDatasetOnly = crossDatasetOnly
        self.onePerDataset = onePerDataset
        self.dateSlackDays = dateSlackDays
        self.maxSpanDays = maxSpanDays
        self.maxDistanceKm = maxDistanceKm
        self.useUncertainty = useUncertainty
        self.admin1Fallback = admin1Fallback
        self.actors = actors
        self.types = types
        self.precisionKm = precisionKm
        self.genericWords = genericWords
        self.actorAliases = actorAliases
    }

    /// ACLED's `geo_precision`: 1 the named town (0 km beyond `maxDistanceKm`), 2 "near" a town
    /// or a part of a district (25 km), 3 only the province is known and its capital is given (150 km,
    /// as UCDP's province-level `where_prec` 4).
    public static let defaultPrecisionKm: [String: [Int: Double]] = ["acled": [1: 0, 2: 25, 3: 150]]

    /// Words that name a kind of actor, not one actor: two names sharing only these are not the same actor.
    public static let defaultGenericWords: [String] = [
        "a", "al", "and", "armed", "army", "battalion", "brigade", "civilian", "civilians", "communal", "council", "de", "del",
        "democratic", "du", "el", "for", "force", "forces", "front", "government", "group", "groups", "in", "insurgents", "la",
        "le", "les", "liberation", "military", "militia", "militias", "movement", "national", "north", "of", "organisation",
        "organization", "party", "people", "peoples", "police", "protesters", "rebels", "republic", "rioters", "south", "state",
        "the", "union", "united", "unidentified", "unknown",
    ]

    /// How the two events' actors must agree.
    public enum ActorCompatibility: String, Hashable, Sendable, Codable, CaseIterable {
        /// Some side of one event is compatible with some side of the other, and that side is not
        /// only civilians (victims do not tell who attacked them).
        case oneSide = "one_side"
        /// Both sides pair up: each named side compatible with the one it faces, a missing side with anything.
        case bothSides = "both_sides"
        /// Actors are not compared.
        case ignore
    }

    /// Which event types may be one incident. Strategic developments never link in either mode but `ignore`.
    public enum TypeCompatibility: String, Hashable, Sendable, Codable, CaseIterable {
        /// Violent types (battles, explosions and remote violence, violence against civilians) with
        /// each other; protests and riots with each other; any other type only with itself.
        case violenceTogether = "violence_together"
        /// Only the same event type (`Battles` with `Battles`).
        case sameEventType = "same_event_type"
        /// Types are not compared.
        case ignore
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case crossDatasetOnly = "cross_dataset_only"
        case onePerDataset = "one_per_dataset"
        case dateSlackDays = "date_slack_days"
        case maxSpanDays = "max_span_days"
        case maxDistanceKm = "max_distance_km"
        case useUncertainty = "use_uncertainty"
        case admin1Fallback = "admin1_fallback"
        case actors, types
        case precisionKm = "precision_km"
        case genericWords = "generic_words"
        case actorAliases = "actor_aliases"
    }

    /// Writes every field, so a written configuration states each rule it was run with.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(crossDatasetOnly, forKey: .crossDatasetOnly)
        try c.encode(onePerDataset, forKey: .onePerDataset)
        try c.encode(dateSlackDays, forKey: .dateSlackDays)
        // Written as null when absent, since a missing key means the default.
        try c.encode(maxSpanDays, forKey: .maxSpanDays)
        try c.encode(maxDistanceKm, forKey: .maxDistanceKm)
        try c.encode(useUncertainty, forKey: .useUncertainty)
        try c.encode(admin1Fallback, forKey: .admin1Fallback)
        try c.encode(actors, forKey: .actors)
        try c.encode(types, forKey: .types)
        try c.encode(precisionKm, forKey: .precisionKm)
        try c.encode(genericWords, forKey: .genericWords)
        try c.encode(actorAliases, forKey: .actorAliases)
    }

    /// Any field may be left out and keeps its default, so a configuration says only what it changes; a key
    /// that is not a rule is refused, because a misspelt rule would otherwise silently keep its default.
    public init(from decoder: any Decoder) throws {
        try Self.refuseUnknownKeys(in: decoder)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = LinkingRules()
        crossDatasetOnly = try c.decodeIfPresent(Bool.self, forKey: .crossDatasetOnly) ?? d.crossDatasetOnly
        onePerDataset = try c.decodeIfPresent(Bool.self, forKey: .onePerDataset) ?? d.onePerDataset
        dateSlackDays = try c.decodeIfPresent(Int.self, forKey: .dateSlackDays) ?? d.dateSlackDays
        maxSpanDays = c.contains(.maxSpanDays) ? try c.decodeIfPresent(Int.self, forKey: .maxSpanDays) : d.maxSpanDays
        maxDistanceKm = try c.decodeIfPresent(Double.self, forKey: .maxDistanceKm) ?? d.maxDistanceKm
        useUncertainty = try c.decodeIfPresent(Bool.self, forKey: .useUncertainty) ?? d.useUncertainty
        admin1Fallback = try c.decodeIfPresent(Bool.self, forKey: .admin1Fallback) ?? d.admin1Fallback
        actors = try c.decodeIfPresent(ActorCompatibility.self, forKey: .actors) ?? d.actors
        types = try c.decodeIfPresent(TypeCompatibility.self, forKey: .types) ?? d.types
        precisionKm = try c.decodeIfPresent([String: [Int: Double]].self, forKey: .precisionKm) ?? d.precisionKm
        genericWords = try c.decodeIfPresent([String].self, forKey: .genericWords) ?? d.genericWords
        actorAliases = try c.decodeIfPresent([[String]].self, forKey: .actorAliases) ?? d.actorAliases
        guard dateSlackDays >= 0 else {
            throw DecodingError.dataCorruptedError(forKey: .dateSlackDays, in: c, debugDescription: "must be 0 or more, got \(dateSlackDays)")
        }
        guard maxDistanceKm >= 0, maxDistanceKm.isFinite else {
            throw DecodingError.dataCorruptedError(forKey: .maxDistanceKm, in: c, debugDescription: "must be 0 or more, got \(maxDistanceKm)")
        }
    }

    /// Throws for the first key (in sorted order) that names no rule, listing the rules there are.
    private static func refuseUnknownKeys(in decoder: any Decoder) throws {
        let all = try decoder.container(keyedBy: AnyRuleKey.self)
        let known = Set(CodingKeys.allCases.map(\.rawValue))
        guard let unknown = all.allKeys.map(\.stringValue).filter({ !known.contains($0) }).sorted().first else { return }
        let context = DecodingError.Context(
            codingPath: decoder.codingPath + [AnyRuleKey(stringValue: unknown)],
            debugDescription: "not a linking rule; the rules are \(known.sorted().joined(separator: ", "))"
        )
        throw DecodingError.dataCorrupted(context)
    }

    /// Any key of a rules document, to find those that are not rules.
    private struct AnyRuleKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
