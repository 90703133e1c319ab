import TruceModel

/// What complete linkage needs to know of a pending cluster of event reports, kept as the
/// cluster grows, so that testing a new report costs the number of distinct sides and places
/// in the cluster, not the number of reports: an article of 20,000 sentences reporting one
/// incident again and again files in linear time.
///
/// A report joins when it is the same incident as every member (``CandidateClustering/sameIncident(_:_:window:)``).
/// Within a bucket modality and action are equal already; the rest splits per member into three
/// tests: the sides (one per distinct pair of actors), the time (its window overlaps every
/// member's span: the latest start and the earliest end decide), and the place (one per
/// distinct country, admin1 and place).
struct EventClusterSummary {
    private(set) var count = 0
    private var sides: [IncidentSignature] = []
    private var sideKeys: Set<[String?]> = []
    private var places: [IncidentSignature] = []
    private var placeKeys: Set<[String?]> = []
    private var latestStart: Day?
    private var earliestEnd: Day?
    /// A member without dates matches nothing, so neither does the cluster.
    private var hasUndatedMember = false

    mutating func add(_ member: IncidentSignature) {
        count += 1
        if sideKeys.insert([member.actor1, member.actor2]).inserted { sides.append(member) }
        if placeKeys.insert([member.country, member.admin1, member.place]).inserted { places.append(member) }
        guard let start = member.earliest, let end = member.latest else {
            hasUndatedMember = true
            return
        }
        latestStart = max(latestStart ?? start, start)
        earliestEnd = min(earliestEnd ?? end, end)
    }

    /// Whether `candidate` is the same incident as every member.
    func admits(_ candidate: IncidentSignature, window: Int) -> Bool {
        guard count > 0, !hasUndatedMember, let start = candidate.earliest, let end = candidate.latest,
            let latestStart, let earliestEnd
        else { return false }
        let slack = max(0, window)
        guard start.adding(days: -slack) <= earliestEnd, latestStart <= end.adding(days: slack) else { return false }
        // Each test borrows the candidate's own time and the other attributes, so that the
        // clustering rule itself decides on sides and places.
        for side in sides {
            var probe = candidate
            probe.actor1 = side.actor1
            probe.actor2 = side.actor2
            if !CandidateClustering.sameIncident(candidate, probe, window: window) { return false }
        }
        for place in places {
            var probe = candidate
            probe.country = place.country
            probe.admin1 = place.admin1
            probe.place = place.place
            if !CandidateClustering.sameIncident(candidate, probe, window: window) { return false }
        }
        return true
    }
}
