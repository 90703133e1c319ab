import Foundation
import TruceModel

/// What the linker compares of one event, computed once: interned ids and numbers, so that
/// comparing two events allocates nothing.
struct EventFeatures {
    var dataset: Int32
    var country: Int32
    var day: Int
    var earliest: Int
    var latest: Int
    /// Radians; NaN when the event has no coordinates.
    var latitude: Double
    var longitude: Double
    var cosLatitude: Double
    /// How far from its coordinates the event may have been, in km.
    var uncertaintyKm: Double
    /// The normalised first-level division's id, -1 when none.
    var admin1: Int32
    /// Events link only when their type keys are equal and not negative.
    var typeKey: Int32
    /// Side ids into `LinkingTables.sides`, -1 for a missing side.
    var side1: Int32
    var side2: Int32

    var hasCoordinates: Bool { !latitude.isNaN }
}

/// The interning tables behind `EventFeatures`, and the rules they were built for.
struct LinkingTables {
    let rules: LinkingRules
    private(set) var datasets: [String: Int32] = [:]
    private(set) var countries: [String: Int32] = [:]
    private var countryKeys: [String] = []
    private var countryWords: [Set<String>] = []
    private var rawCountries: [String: Int32] = [:]
    private var admin1s: [String: Int32] = [:]
    private var rawAdmin1s: [String: Int32] = [:]
    private var typeKeys: [String: Int32] = [:]
    private var rawTypes: [String: Int32] = [:]
    private var words: [String: Int32] = [:]
    private var sideIDs: [SideKey: Int32] = [:]
    /// Each side: the profiles of its main actor and associates.
    private(set) var sides: [[NameProfile]] = []
    private let generic: Set<String>
    private let aliases: [String: [Int32]]

    private struct SideKey: Hashable {
        var name: String?
        var associates: [String]
        var code: Int?
        var acled: Bool
        var country: Int32
    }

    init(rules: LinkingRules) {
        self.rules = rules
        generic = Set(rules.genericWords.map { $0.lowercased() })
        var aliases: [String: [Int32]] = [:]
        for (index, group) in rules.actorAliases.enumerated() {
            for name in group {
                aliases[LinkingNames.countryKey(name), default: []].append(Int32(index))
            }
        }
        self.aliases = aliases
    }

    mutating func features(of event: Event) -> EventFeatures {
        let dataset = Self.intern(event.dataset, in: &datasets)
        let country = countryID(event.location.country)
        let degrees = Double.pi / 180
        var latitude = Double.nan
        var longitude = Double.nan
        if let lat = event.location.latitude, let lon = event.location.longitude, lat.isFinite, lon.isFinite {
            latitude = lat * degrees
            longitude = lon * degrees
        }
        return EventFeatures(
            dataset: dataset, country: country, day: event.date.day.ordinal, earliest: event.date.earliest.ordinal,
            latest: event.date.latest.ordinal, latitude: latitude, longitude: longitude, cosLatitude: cos(latitude),
            uncertaintyKm: uncertainty(of: event) ?? 0, admin1: admin1ID(event.location.admin1), typeKey: typeKey(event.type),
            side1: sideID(event.actor1, event: event, country: country), side2: sideID(event.actor2, event: event, country: country))
    }

    /// The event's place uncertainty: its own, else the rules' figure for its data set's precision code.
    func uncertainty(of event: Event) -> Double? {
        event.location.uncertaintyKm ?? event.location.precision.flatMap { rules.precisionKm[event.dataset]?[$0] }
    }

    private mutating func countryID(_ raw: String) -> Int32 {
        if let id = rawCountries[raw] { return id }
        let key = LinkingNames.countryKey(raw)
        let id: Int32
        if let known = countries[key] {
            id = known
        } else {
            id = Int32(countryKeys.count)
            countries[key] = id
            countryKeys.append(key)
            countryWords.append(Set(LinkingNames.words(key)))
        }
        rawCountries[raw] = id
        return id
    }

    private mutating func admin1ID(_ raw: String?) -> Int32 {
        guard let raw else { return -1 }
        if let id = rawAdmin1s[raw] { return id }
        let id = LinkingNames.admin1Key(raw).map { Self.intern($0, in: &admin1s) } ?? -1
        rawAdmin1s[raw] = id
        return id
    }

    private mutating func typeKey(_ type: EventType) -> Int32 {
        if let known = rawTypes[type.event] { return known }
        let key = classify(type.event.lowercased())
        rawTypes[type.event] = key
        return key
    }

    private mutating func classify(_ event: String) -> Int32 {
        switch rules.types {
        case .ignore:
            return 0
        case .sameEventType:
            return event.contains("strategic") ? -1 : 2 + Self.intern(event, in: &typeKeys)
        case .violenceTogether:
            if event.contains("strategic") { return -1 }
            if event.hasPrefix("battle") || event.contains("remote violence") || event.contains("explosion")
                || event.contains("violence against civilians")
            {
                return 0
            }
            if event.contains("protest") || event.contains("riot") { return 1 }
            return 2 + Self.intern(event, in: &typeKeys)
        }
    }

    private mutating func sideID(_ side: EventActor, event: Event, country: Int32) -> Int32 {
        let name = side.name.flatMap { $0.isEmpty ? nil : $0 }
        guard name != nil || !side.associates.isEmpty else { return -1 }
        let acled = event.dataset == "acled"
        // Keyed by the side as given (an empty associates array costs nothing), so most events build no array.
        let key = SideKey(name: name, associates: side.associates, code: acled ? side.typeCode : nil, acled: acled, country: country)
        if let id = sideIDs[key] { return id }
        var profiles: [NameProfile] = []
        if let name { profiles.append(profile(name, code: key.code, country: country)) }
        for associate in side.associates where !associate.isEmpty {
            profiles.append(profile(associate, code: nil, country: country))
        }
        let id: Int32 = profiles.isEmpty ? -1 : Int32(sides.count)
        if !profiles.isEmpty { sides.append(profiles) }
        sideIDs[key] = id
        return id
    }

    /// Classifies one name: unidentified, civilians, state forces (by prefix, or ACLED's actor
    /// type 1), or a named actor; and collects its significant words and alias groups.
    private mutating func profile(_ name: String, code: Int?, country: Int32) -> NameProfile {
        let lower = LinkingNames.collapse(name.lowercased())
        let plain = LinkingNames.collapse(LinkingNames.dropParentheses(lower))
        let countryWords = countryWords[Int(country)]
        var significant: [Int32] = []
        for word in LinkingNames.words(plain) where word.count > 1 && !generic.contains(word) && !countryWords.contains(word) {
            guard !word.allSatisfy(\.isNumber) else { continue }
            let id = Self.intern(word, in: &words)
            if !significant.contains(id) { significant.append(id) }
        }
        var groups: [Int32] = []
        var forms = [plain]
        // ACLED writes "KIA: Kachin Independence Army": the acronym and the full name are each an alias.
        if let colon = plain.firstIndex(of: ":") {
            forms.append(plain[..<colon].trimmingCharacters(in: .whitespaces))
            forms.append(plain[plain.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        for form in forms { groups += aliases[form] ?? [] }

        let kind: NameProfile.Kind
        if lower.contains("unidentified") || lower.contains("unknown") {
            kind = .unidentified
        } else if plain.hasPrefix("civilians") || plain == "civilian" || code == 7 {
            kind = .civilians
        } else if let prefix = LinkingNames.statePrefixes.first(where: { plain.hasPrefix($0) }) {
            let rest = LinkingNames.words(String(plain.dropFirst(prefix.count))).filter { !LinkingNames.stateNameFiller.contains($0) }
            kind = .state(rest.isEmpty ? Set(countryWords) : Set(rest))
        } else if code == 1 {
            kind = .state(countryWords)
        } else {
            kind = .named
        }
        return NameProfile(kind: kind, words: significant, aliasGroups: groups)
    }

    private static func intern(_ value: String, in table: inout [String: Int32]) -> Int32 {
        if let id = table[value] { return id }
        let id = Int32(table.count)
        table[value] = id
        return id
    }
}
