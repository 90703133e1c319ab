public import TruceModel

/// Links events from different data sets that describe the same incident.
///
/// Pure and deterministic: the same events in the same order and the same rules give the same
/// incidents. Events are blocked by country and compared only within a sliding window of
/// dates (sorted by their earliest day, a pair is looked at only when the later one starts at
/// most `dateSlackDays` after the earlier one ends), so the work grows with the number of
/// events close in time and place, not with the square of all events. The pairs that pass every
/// rule in `LinkingRules` are joined closest first (days apart, then the difference between the
/// days given, then the distance) with union-find; with `onePerDataset` a join that would put
/// two events of one data set in one incident is skipped.
///
/// ```swift
/// let incidents = IncidentLinker.link(acledEvents + ucdpEvents)
/// let linked = incidents.filter(\.isLinked)
/// ```
public enum IncidentLinker {
    /// Every event's incident: linked ones with several members, and one incident per event
    /// that nothing else reports; oldest first (by the incident's day), then in the order of their first members in `events`.
    public static func link(_ events: [Event], rules: LinkingRules = LinkingRules()) -> [Incident] {
        var tables = LinkingTables(rules: rules)
        let features = events.map { tables.features(of: $0) }
        var sets = UnionFind(datasetBits: features.map { 1 << UInt64(min(63, $0.dataset)) })
        let applied = join(candidatePairs(features, tables: tables), sets: &sets, rules: rules)
        return incidents(events, features: features, sets: &sets, applied: applied, tables: tables)
    }

    /// Joins the candidate pairs closest first, as the type's discussion says; returns the joins made.
    static func join(_ candidates: [Candidate], sets: inout UnionFind, rules: LinkingRules) -> [Candidate] {
        var candidates = candidates
        candidates.sort { ($0.score, $0.first, $0.second) < ($1.score, $1.first, $1.second) }
        var applied: [Candidate] = []
        for pair in candidates {
            let (a, b) = (Int(pair.first), Int(pair.second))
            if sets.connected(a, b) { continue }
            if rules.onePerDataset, sets.shareDataset(a, b) { continue }
            sets.union(a, b)
            applied.append(pair)
        }
        return applied
    }

    /// Whether two events would link by the pairwise rules, and why not when they would not:
    /// for explaining one decision. It does not apply `onePerDataset`, which depends on the other events.
    public static func check(_ a: Event, _ b: Event, rules: LinkingRules = LinkingRules()) -> LinkCheck {
        var tables = LinkingTables(rules: rules)
        let fa = tables.features(of: a)
        let fb = tables.features(of: b)
        switch compare(fa, fb, tables: tables) {
        case .linked(let days, let distance, let basis):
            return .linked(IncidentLink(first: EventRef(a), second: EventRef(b), daysApart: days, distanceKm: distance, placeBasis: basis))
        case .rejected(let reason):
            return .rejected(reason.description(rules))
        }
    }

    // MARK: candidates

    struct Candidate {
        var first: Int32
        var second: Int32
        var score: Score
        var daysApart: Int
        var distanceKm: Double?
        var basis: String
    }

    struct Score: Comparable {
        var daysApart: Int
        var dayDifference: Int
        var distance: Double

        static func < (l: Score, r: Score) -> Bool {
            (l.daysApart, l.dayDifference, l.distance) < (r.daysApart, r.dayDifference, r.distance)
        }
    }

    /// Every pair that passes the pairwise rules, found country by country in a sliding date window.
    static func candidatePairs(_ features: [EventFeatures], tables: LinkingTables) -> [Candidate] {
        let slack = tables.rules.dateSlackDays
        var byCountry: [[Int32]] = Array(repeating: [], count: tables.countries.count)
        for (index, f) in features.enumerated() { byCountry[Int(f.country)].append(Int32(index)) }
        var result: [Candidate] = []
        for var block in byCountry where block.count > 1 {
            block.sort { (features[Int($0)].earliest, $0) < (features[Int($1)].earliest, $1) }
            for (position, i) in block.enumerated() {
                let a = features[Int(i)]
                // A long span links nothing, and would make the window long.
                if let longest = tables.rules.maxSpanDays, a.latest - a.earliest + 1 > longest { continue }
                var next = position + 1
                while next < block.count {
                    let j = block[next]
                    next += 1
                    let b = features[Int(j)]
                    if b.earliest - a.latest > slack { break }
                    if tables.rules.crossDatasetOnly, a.dataset == b.dataset { continue }
                    guard case .linked(let days, let distance, let basis) = compare(a, b, tables: tables) else { continue }
                    let (first, second) = i < j ? (i, j) : (j, i)
                    let score = Score(daysApart: days, dayDifference: abs(a.day - b.day), distance: distance ?? .infinity)
                    result.append(Candidate(first: first, second: second, score: score, daysApart: days, distanceKm: distance, basis: basis))
                }
            }
        }
        return result
    }

    enum Comparison {
        case linked(daysApart: Int, distanceKm: Double?, basis: String)
        case rejected(Rejection)
    }

    /// Why a pair did not link; worded only when asked, since millions of pairs are rejected.
    enum Rejection {
        case sameDataset, differentCountries, types, actors, noCoordinates, noCommonAdmin1
        case dates(Int)
        case span
        case distanceAtLeast(limit: Double)
        case distance(Double, limit: Double)

        func description(_ rules: LinkingRules) -> String {
            switch self {
            case .sameDataset: "same data set"
            case .differentCountries: "different countries"
            case .types: "event types not compatible"
            case .actors: "actors not compatible"
            case .noCoordinates: "no coordinates"
            case .noCommonAdmin1: "no coordinates, and not the same admin1"
            case .dates(let days): "dates \(days) days apart, more than \(rules.dateSlackDays)"
            case .span: "a date span longer than \(rules.maxSpanDays ?? 0) days"
            case .distanceAtLeast(let limit): "more than \(Int(limit)) km apart"
            case .distance(let d, let limit): "\(Int(d.rounded())) km apart, more than \(Int(limit)) km"
            }
        }
    }

    /// The pairwise rules, cheapest first.
    static func compare(_ a: EventFeatures, _ b: EventFeatures, tables: LinkingTables) -> Comparison {
        let rules = tables.rules
        if rules.crossDatasetOnly, a.dataset == b.dataset { return .rejected(.sameDataset) }
        if a.country != b.country { return .rejected(.differentCountries) }
        let days = max(0, max(b.earliest - a.latest, a.earliest - b.latest))
        if days > rules.dateSlackDays { return .rejected(.dates(days)) }
        if let longest = rules.maxSpanDays, max(a.latest - a.earliest, b.latest - b.earliest) + 1 > longest {
            return .rejected(.span)
        }
        if a.typeKey < 0 || a.typeKey != b.typeKey { return .rejected(.types) }
        var distance: Double?
        let basis: String
        if a.hasCoordinates, b.hasCoordinates {
            let limit = max(rules.maxDistanceKm, rules.useUncertainty ? a.uncertaintyKm + b.uncertaintyKm : 0)
            // One degree of latitude is at least 110.5 km: most far pairs end here without trigonometry.
            if abs(a.latitude - b.latitude) * 6_331 > limit + 1 { return .rejected(.distanceAtLeast(limit: limit)) }
            let d = Haversine.distanceKm(
                lat1: a.latitude, lon1: a.longitude, cosLat1: a.cosLatitude, lat2: b.latitude, lon2: b.longitude, cosLat2: b.cosLatitude)
            if d > limit { return .rejected(.distance(d, limit: limit)) }
            distance = d
            basis = "coordinates"
        } else if rules.admin1Fallback {
            guard a.admin1 >= 0, a.admin1 == b.admin1 else { return .rejected(.noCommonAdmin1) }
            basis = "admin1"
        } else {
            return .rejected(.noCoordinates)
        }
        if !actorsCompatible(a, b, tables: tables) { return .rejected(.actors) }
        return .linked(daysApart: days, distanceKm: distance, basis: basis)
    }

    /// The actor rule of `LinkingRules.actors`.
    static func actorsCompatible(_ a: EventFeatures, _ b: EventFeatures, tables: LinkingTables) -> Bool {
        func side(_ id: Int32) -> [NameProfile]? { id < 0 ? nil : tables.sides[Int(id)] }
        // Some name of each side compatible; `identifying` asks for a pair that is not civilians with civilians.
        func match(_ s: [NameProfile]?, _ t: [NameProfile]?, identifying: Bool) -> Bool {
            guard let s, let t else { return false }
            return s.contains { p in t.contains { q in p.isCompatible(with: q) && !(identifying && p.kind == .civilians && q.kind == .civilians) } }
        }
        let (a1, a2, b1, b2) = (side(a.side1), side(a.side2), side(b.side1), side(b.side2))
        let oneSide =
            match(a1, b1, identifying: true) || match(a1, b2, identifying: true) || match(a2, b1, identifying: true)
            || match(a2, b2, identifying: true)
        switch tables.rules.actors {
        case .ignore:
            return true
        case .oneSide:
            return oneSide
        case .bothSides:
            // A missing side is not known to differ, so it faces anything.
            func faces(_ s: [NameProfile]?, _ t: [NameProfile]?) -> Bool { s == nil || t == nil || match(s, t, identifying: false) }
            return oneSide && ((faces(a1, b1) && faces(a2, b2)) || (faces(a1, b2) && faces(a2, b1)))
        }
    }

    // MARK: incidents

    private static func incidents(
        _ events: [Event], features: [EventFeatures], sets: inout UnionFind, applied: [Candidate], tables: LinkingTables
    ) -> [Incident] {
        let built = unorderedIncidents(events, features: features, sets: &sets, applied: applied, tables: tables)
        // Sorting keys, not incidents: a million large values would be moved many times.
        let order = built.indices.sorted { (built[$0].day, built[$0].first) < (built[$1].day, built[$1].first) }
        return order.map { built[$0].incident }
    }

    /// Each incident with its sort key: its day, then the position in `events` of its first member.
    static func unorderedIncidents(
        _ events: [Event], features: [EventFeatures], sets: inout UnionFind, applied: [Candidate], tables: LinkingTables
    ) -> [(day: Int, first: Int, incident: Incident)] {
        let roots = events.indices.map { sets.find($0) }
        var groups: [Int: [Int]] = [:]
        for pair in applied { groups[roots[Int(pair.first)]] = [] }
        var built: [(day: Int, first: Int, incident: Incident)] = []
        built.reserveCapacity(events.count - applied.count)
        for (index, root) in roots.enumerated() {
            if groups[root] != nil {
                groups[root]!.append(index)
            } else {
                // Most events are alone: their incident needs no grouping.
                built.append((features[index].day, index, single(events[index])))
            }
        }
        var linksByRoot: [Int: [IncidentLink]] = [:]
        for pair in applied {
            let (a, b) = (Int(pair.first), Int(pair.second))
            let (x, y) = EventRef(events[a]) < EventRef(events[b]) ? (a, b) : (b, a)
            linksByRoot[roots[a], default: []].append(
                IncidentLink(
                    first: EventRef(events[x]), second: EventRef(events[y]), daysApart: pair.daysApart,
                    distanceKm: pair.distanceKm.map { ($0 * 10).rounded() / 10 }, placeBasis: pair.basis))
        }
        for (root, members) in groups {
            let incident = incident(members.map { events[$0] }, links: linksByRoot[root] ?? [], tables: tables)
            let first = members.first { EventRef(events[$0]) == incident.members[0] } ?? members[0]
            built.append((incident.date.day.ordinal, first, incident))
        }
        return built
    }

    /// The incident of an event that nothing else reports.
    static func single(_ event: Event) -> Incident {
        let ref = EventRef(event)
        let f = event.fatalities
        let low = f.low ?? f.best ?? f.high
        let high = f.high ?? f.best ?? f.low
        let fatalities = CombinedFatalities(
            low: low, best: f.best, high: high, lowFrom: low.map { _ in ref }, bestFrom: f.best.map { _ in ref }, highFrom: high.map { _ in ref })
        return Incident(
            id: ref.dataset + ":" + ref.key, members: [ref], date: event.date, country: event.location.country, admin1: event.location.admin1,
            place: event.location.place, fatalities: fatalities)
    }

    /// One incident from its member events.
    static func incident(_ members: [Event], links: [IncidentLink], tables: LinkingTables) -> Incident {
        guard members.count > 1 else { return single(members[0]) }
        let ordered = members.sorted { ($0.date.day, EventRef($0)) < ($1.date.day, EventRef($1)) }
        let refs = ordered.map(EventRef.init)
        // The most precise date: the narrowest span, the first in member order among equals.
        let sharpest = ordered.min { ($0.date.latest.ordinal - $0.date.earliest.ordinal) < ($1.date.latest.ordinal - $1.date.earliest.ordinal) }!
        let earliest = ordered.map(\.date.earliest).max()!
        let latest = ordered.map(\.date.latest).min()!
        let span: DateSpan
        if earliest <= latest {
            let day = min(max(sharpest.date.day, earliest), latest)
            span = DateSpan(day: day, earliest: earliest, latest: latest, precision: earliest == latest ? .day : sharpest.date.precision)
        } else {
            let low = ordered.map(\.date.earliest).min()!
            let high = ordered.map(\.date.latest).max()!
            span = DateSpan(day: sharpest.date.day, earliest: low, latest: high, precision: sharpest.date.precision)
        }
        let placed = ordered.min { (tables.uncertainty(of: $0) ?? .infinity) < (tables.uncertainty(of: $1) ?? .infinity) }!
        return Incident(
            id: refs[0].description, members: refs, date: span, country: placed.location.country, admin1: placed.location.admin1,
            place: placed.location.place, fatalities: CombinedFatalities(Array(zip(refs, ordered.map(\.fatalities)))),
            links: links.sorted { ($0.first, $0.second) < ($1.first, $1.second) })
    }
}

/// Whether two events link by the pairwise rules, from `IncidentLinker.check`.
public enum LinkCheck: Hashable, Sendable {
    case linked(IncidentLink)
    /// Why not: the first rule that failed, e.g. "84 km apart, more than 50 km".
    case rejected(String)

    public var isLinked: Bool {
        if case .linked = self { return true }
        return false
    }
}
