import TruceModel

/// The incidents among the events a provision matched, so that the evaluator counts each once.
struct IncidentCount {
    /// The number of incidents among all the events.
    let count: Int
    /// Whether any incident has more than one member.
    let hasLinks: Bool
    private let incidentOf: [EventRef: Incident]

    init(_ events: [Event], rules: LinkingRules) {
        let incidents = IncidentLinker.link(events, rules: rules)
        var incidentOf: [EventRef: Incident] = [:]
        for incident in incidents where incident.isLinked {
            for member in incident.members { incidentOf[member] = incident }
        }
        self.count = incidents.count
        self.hasLinks = !incidentOf.isEmpty
        self.incidentOf = incidentOf
    }

    /// The id of the event's incident when other data sets report it too, else nil.
    func linkedID(of event: Event) -> String? { incidentOf[EventRef(event)]?.id }

    /// The number of distinct incidents that `events` (a subset of the events linked) belong to.
    func count(among events: [Event]) -> Int {
        guard hasLinks else { return events.count }
        var linked: Set<String> = []
        var alone = 0
        for event in events {
            if let id = linkedID(of: event) { linked.insert(id) } else { alone += 1 }
        }
        return alone + linked.count
    }
}
