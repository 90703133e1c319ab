import Foundation
public import TruceEngine
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
    public var rules: LinkingRules

    public init(country: String? = nil, from: Day? = nil, to: Day? = nil, rules: LinkingRules = LinkingRules()) {
        self.country = country
        self.from = from
        self.to = to
        self.rules = rules
    }
}

/// Incidents with the events they join, for rendering.
public struct IncidentsResult: Sendable {
    public var rules: LinkingRules
    /// Every incident, those of one event included.
    public var incidents: [Incident]
    public var summary: IncidentSummary
    private var events: [EventRef: Event]

    init(rules: LinkingRules, incidents: [Incident], events: [Event]) {
        self.rules = rules
        self.incidents = incidents
        summary = IncidentSummary(events: events, incidents: incidents)
        self.events = Dictionary(events.map { (EventRef($0), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The member events of `incident`, in its order.
    public func members(of incident: Incident) -> [Event] {
        incident.members.compactMap { events[$0] }
    }

    /// The JSON document: the rules, the counts, and the incidents (all, or only the linked ones).
    public func document(includingSingles: Bool) -> IncidentList {
        let shown = includingSingles ? incidents : incidents.filter(\.isLinked)
        return IncidentList(rules: rules, summary: summary, incidents: shown.map { IncidentOutput($0, events: members(of: $0)) })
    }
}

extension TruceApp {
    /// Links the stored events that several data sets report into incidents (see ``IncidentLinker``).
    ///
    /// - Throws: ``TruceError`` (`invalidInput`) with parameter `to` when the period ends before it starts.
    public func incidents(_ request: IncidentsRequest) async throws -> IncidentsResult {
        if let from = request.from, let to = request.to, to < from {
            throw TruceError(.invalidInput, "the period ends (\(to)) before it starts (\(from))", parameter: "to")
        }
        var events: [Event] = []
        try await storage.forEachEventToLink(country: request.country, from: request.from, to: request.to) { events.append($0) }
        return IncidentsResult(rules: request.rules, incidents: IncidentLinker.link(events, rules: request.rules), events: events)
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
