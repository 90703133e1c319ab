import Foundation
import TruceEngine
public import TruceModel
import TruceStorage

/// Which events to link into incidents, and how.
public struct IncidentsRequest: Sendable {
    /// Only events in this country (any case; "Myanmar" also finds "Myanmar (Burma)").
    public var country: String?
    /// Only events that may fall on or after this day.
    public var from: Day?
    /// Only events that may fall on or before this day.
    public var to: Day?
    /// How events are linked into incidents.
    public var rules: LinkingRules

    /// A request for every stored event unless limited by country or period, linked by `rules`.
    public init(country: String? = nil, from: Day? = nil, to: Day? = nil, rules: LinkingRules = LinkingRules()) {
        self.country = country
        self.from = from
        self.to = to
        self.rules = rules
    }
}

extension TruceApp {
    /// Links the stored events that several data sets report into incidents (see ``IncidentStream``),
    /// reading them in date order and handing each incident to `emit`, with its member events, as
    /// soon as no later event can join it: memory holds the linking window, not the store.
    ///
    /// - Returns: the counts of events, incidents and links.
    /// - Throws: ``TruceError`` (`invalidInput`) with parameter `to` when the period ends before it
    ///   starts; whatever `emit` throws.
    public func linkIncidents(_ request: IncidentsRequest, emit: (Incident, [Event]) throws -> Void) async throws -> IncidentSummary {
        if let from = request.from, let to = request.to, to < from {
            throw TruceError(.invalidInput, "the period ends (\(to)) before it starts (\(from))", parameter: "to")
        }
        var counts = IncidentSummary()
        var stream = IncidentStream(rules: request.rules)
        try await storage.forEachEventToLink(country: request.country, from: request.from, to: request.to) { event in
            counts.count(event)
            try stream.add(event) { incident, members in
                counts.count(incident)
                try emit(incident, members)
            }
        }
        try stream.finish { incident, members in
            counts.count(incident)
            try emit(incident, members)
        }
        return counts
    }

    /// Linking rules from a JSON document (keys left out keep their defaults; docs/incidents.md).
    ///
    /// - Throws: ``TruceError`` (`invalidInput`) naming `name` and the key at fault.
    public func linkingRules(json: [UInt8], name: String) throws -> LinkingRules {
        do {
            return try JSONDecoder().decode(LinkingRules.self, from: Data(json))
        } catch {
            throw TruceError(.invalidInput, "the rules file \(name) is not valid: \(Self.describe(error))", cause: error)
        }
    }

    /// A decoding error in a few words, with the key it is about.
    static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .dataCorrupted(let context), .typeMismatch(_, let context), .valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return (path.isEmpty ? "" : "\(path): ") + context.debugDescription
        case .keyNotFound(let key, _):
            return "\(key.stringValue) is missing"
        default:
            return "\(error)"
        }
    }
}
