public import TruceModel

/// The counts `truce incidents --summary` prints: how much the data sets overlap.
public struct IncidentSummary: Encodable, Sendable {
    /// Events read, of every data set.
    public var events: Int
    /// Events per data set.
    public var eventsByDataset: [String: Int]
    /// Every incident, those of one event included.
    public var incidents: Int
    /// Incidents with more than one member.
    public var linkedIncidents: Int
    /// Joins made: each linked incident of n members has n − 1.
    public var links: Int
    /// Linked incidents by the data sets of their members, e.g. `acled+ucdp`.
    public var byDatasets: [String: Int]

    /// No events and no incidents yet: the counts grow with ``count(_:)-(Incident)`` and
    /// ``count(_:)-(Event)`` as a listing streams by.
    public init() {
        events = 0
        eventsByDataset = [:]
        incidents = 0
        linkedIncidents = 0
        links = 0
        byDatasets = [:]
    }

    /// Counts one incident.
    public mutating func count(_ incident: Incident) {
        incidents += 1
        guard incident.isLinked else { return }
        linkedIncidents += 1
        links += incident.members.count - 1
        byDatasets[incident.datasets.joined(separator: "+"), default: 0] += 1
    }

    /// Counts one event.
    public mutating func count(_ event: Event) {
        events += 1
        eventsByDataset[event.dataset, default: 0] += 1
    }

    enum CodingKeys: String, CodingKey {
        case events, incidents, links
        case eventsByDataset = "events_by_dataset"
        case linkedIncidents = "linked_incidents"
        case byDatasets = "by_datasets"
    }

    /// Lines for people.
    public var text: String {
        let perDataset = eventsByDataset.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        var lines = ["\(events) event\(events == 1 ? "" : "s")" + (perDataset.isEmpty ? "" : " (\(perDataset))")]
        let linkCount = "\(links) link\(links == 1 ? "" : "s")"
        lines.append("\(incidents) incident\(incidents == 1 ? "" : "s"), \(linkedIncidents) reported by more than one event (\(linkCount))")
        for (pair, count) in byDatasets.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(pair): \(count)")
        }
        return lines.joined(separator: "\n")
    }
}
