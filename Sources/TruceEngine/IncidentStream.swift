public import TruceModel

/// Links events read one at a time in date order, holding only the events that can still link:
/// the same incidents, in the same order, as ``IncidentLinker/link(_:rules:)`` gives for the whole
/// array, with memory bounded by how many events fall in a few weeks rather than by all of them.
///
/// The rules bound how far apart in time two linked events are: an event's span is at most
/// `maxSpanDays` long, and two spans are at most `dateSlackDays` apart. So once the events
/// reach a day, an event that ended more than `maxSpanDays - 1 + dateSlackDays` days before it
/// can meet no later event. A group of events joined by candidate pairs is settled when all of
/// them are past that point, and its incidents are handed on, in order, as soon as no open
/// group or later event could come before them. Without `maxSpanDays` nothing bounds a span,
/// and every event stays until ``finish(_:)``.
///
/// ```swift
/// var stream = IncidentStream(rules: rules)
/// for event in eventsByDay { try stream.add(event) { incident, members in print(incident.id) } }
/// try stream.finish { incident, members in print(incident.id) }
/// ```
public struct IncidentStream {
    /// One incident and its member events, in the order of `incident.members`.
    public typealias Emit = (Incident, [Event]) throws -> Void

    private var tables: LinkingTables
    /// How many days before its day an event that can link may start: `maxSpanDays - 1`.
    private let lead: Int?
    private var nextIndex = 0
    private var currentDay = Int.min
    /// Events of open groups, by their position in the input.
    private var open: [Int: (event: Event, features: EventFeatures)] = [:]
    /// Events that later ones may still be compared with, by country and data set: with
    /// `crossDatasetOnly` an event is compared with the other data sets' only.
    private var window: [Int32: [Int32: [(index: Int, features: EventFeatures)]]] = [:]
    /// Each event's group, by position; a group is named by one member's position.
    private var groupOf: [Int: Int] = [:]
    private var groups: [Int: Group] = [:]
    /// Settled incidents waiting for their turn, by day.
    private var pending: [Int: [(first: Int, incident: Incident, events: [Event])]] = [:]

    /// Events joined by candidate pairs, directly or through others: only they decide each other's incidents.
    private struct Group {
        var members: [Int]
        var candidates: [IncidentLinker.Candidate] = []
        var latest: Int
        var earliestDay: Int
    }

    public init(rules: LinkingRules = LinkingRules()) {
        tables = LinkingTables(rules: rules)
        lead = rules.maxSpanDays.map { max(0, $0 - 1) }
    }

    /// Adds the next event and hands on the incidents that are settled.
    ///
    /// - Precondition: events come by their day (`event.date.day`), oldest first, as the store lists them.
    public mutating func add(_ event: Event, _ emit: Emit) rethrows {
        let features = tables.features(of: event)
        precondition(features.day >= currentDay, "IncidentStream needs its events by day, oldest first")
        if features.day > currentDay {
            currentDay = features.day
            try settle(emit)
        }
        let index = nextIndex
        nextIndex += 1
        open[index] = (event, features)
        groupOf[index] = index
        let linkable = canLink(features)
        // An event that links with nothing is settled at once.
        groups[index] = Group(members: [index], latest: linkable ? features.latest : Int.min / 2, earliestDay: features.day)
        guard linkable else { return }
        let slack = tables.rules.dateSlackDays
        let crossOnly = tables.rules.crossDatasetOnly
        for (dataset, entries) in window[features.country] ?? [:] where !(crossOnly && dataset == features.dataset) {
            for other in entries where features.earliest - other.features.latest <= slack {
                link(other, (index, features))
            }
        }
        window[features.country, default: [:]][features.dataset, default: []].append((index, features))
    }

    /// Compares a new event with one of the window, and joins their groups when they pass the rules.
    private mutating func link(_ other: (index: Int, features: EventFeatures), _ new: (index: Int, features: EventFeatures)) {
        let (index, features) = new
        // In the order the whole-array linker compares them: by earliest day, then position.
        let (x, y) = (other.features.earliest, other.index) < (features.earliest, index) ? (other.features, features) : (features, other.features)
        guard case .linked(let days, let distance, let basis) = IncidentLinker.compare(x, y, tables: tables) else { return }
        let score = IncidentLinker.Score(daysApart: days, dayDifference: abs(x.day - y.day), distance: distance ?? .infinity)
        let pair = IncidentLinker.Candidate(
            first: Int32(other.index), second: Int32(index), score: score, daysApart: days, distanceKm: distance, basis: basis)
        merge(other.index, index, adding: pair)
    }

    /// Hands on every incident not handed on yet.
    public mutating func finish(_ emit: Emit) rethrows {
        currentDay = Int.max
        try settle(emit)
    }

    /// Whether the event can link at all: a long span or a type that links with nothing never does.
    private func canLink(_ f: EventFeatures) -> Bool {
        if let longest = tables.rules.maxSpanDays, f.latest - f.earliest + 1 > longest { return false }
        return f.typeKey >= 0
    }

    /// Whether an event that ended on `latest` may still meet an event of `currentDay` or later.
    private func reachable(_ latest: Int) -> Bool {
        guard currentDay != Int.max else { return false }
        guard let lead else { return true }
        return latest + tables.rules.dateSlackDays >= currentDay - lead
    }

    private mutating func merge(_ a: Int, _ b: Int, adding pair: IncidentLinker.Candidate) {
        var (ra, rb) = (groupOf[a]!, groupOf[b]!)
        if ra != rb {
            if groups[ra]!.members.count < groups[rb]!.members.count { swap(&ra, &rb) }
            let moved = groups.removeValue(forKey: rb)!
            for member in moved.members { groupOf[member] = ra }
            groups[ra]!.members += moved.members
            groups[ra]!.candidates += moved.candidates
            groups[ra]!.latest = max(groups[ra]!.latest, moved.latest)
            groups[ra]!.earliestDay = min(groups[ra]!.earliestDay, moved.earliestDay)
        }
        groups[ra]!.candidates.append(pair)
    }

    /// Drops from the window what no later event can meet, builds the incidents of the groups
    /// that no later event can join, and hands on those no open group or later event precedes.
    private mutating func settle(_ emit: Emit) rethrows {
        for (country, byDataset) in window {
            for (dataset, entries) in byDataset {
                let kept = entries.filter { reachable($0.features.latest) }
                window[country]![dataset] = kept.isEmpty ? nil : kept
            }
        }
        var stillOpenDay = currentDay
        for (root, group) in groups {
            if reachable(group.latest) {
                stillOpenDay = min(stillOpenDay, group.earliestDay)
            } else {
                groups[root] = nil
                close(group)
            }
        }
        // An incident's day is never before its earliest member's, so nothing later can precede these.
        let ready = pending.keys.filter { $0 < stillOpenDay }.sorted()
        for day in ready {
            for item in pending.removeValue(forKey: day)!.sorted(by: { $0.first < $1.first }) {
                try emit(item.incident, item.events)
            }
        }
    }

    /// Builds a settled group's incidents as the whole-array linker would, from its members alone.
    private mutating func close(_ group: Group) {
        let members = group.members.sorted()
        var events: [Event] = []
        var features: [EventFeatures] = []
        events.reserveCapacity(members.count)
        var local: [Int: Int32] = [:]
        for (position, index) in members.enumerated() {
            let entry = open.removeValue(forKey: index)!
            groupOf[index] = nil
            events.append(entry.event)
            features.append(entry.features)
            local[index] = Int32(position)
        }
        // Local positions keep the input order, so the closest-first ties break as over the whole array.
        let candidates = group.candidates.map { pair in
            var pair = pair
            pair.first = local[Int(pair.first)]!
            pair.second = local[Int(pair.second)]!
            return pair
        }
        var sets = UnionFind(datasetBits: features.map { 1 << UInt64(min(63, $0.dataset)) })
        let applied = IncidentLinker.join(candidates, sets: &sets, rules: tables.rules)
        let built = IncidentLinker.unorderedIncidents(events, features: features, sets: &sets, applied: applied, tables: tables)
        let byRef = events.count == 1 ? [:] : Dictionary(events.map { (EventRef($0), $0) }, uniquingKeysWith: { first, _ in first })
        for item in built {
            let memberEvents = item.incident.isLinked ? item.incident.members.compactMap { byRef[$0] } : [events[item.first]]
            pending[item.day, default: []].append((members[item.first], item.incident, memberEvents))
        }
    }
}
