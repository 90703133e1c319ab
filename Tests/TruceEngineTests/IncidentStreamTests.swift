import Testing
import TruceEngine
import TruceModel
import TruceTestSupport

/// The streaming linker must give exactly what the whole-array linker gives, in the same order.
@Suite struct IncidentStreamTests {
    /// The incidents streamed, with the events handed along and how many came out before the end.
    static func streamed(_ events: [Event], rules: LinkingRules) -> (incidents: [Incident], members: [[Event]], early: Int) {
        var stream = IncidentStream(rules: rules)
        var incidents: [Incident] = []
        var members: [[Event]] = []
        for event in events {
            stream.add(event) {
                incidents.append($0)
                members.append($1)
            }
        }
        let early = incidents.count
        stream.finish {
            incidents.append($0)
            members.append($1)
        }
        return (incidents, members, early)
    }

    /// In the store's order: by day, data set and key.
    static func storeOrder(_ events: [Event]) -> [Event] {
        events.sorted { ($0.date.day, $0.dataset, $0.key) < ($1.date.day, $1.dataset, $1.key) }
    }

    static let variants: [LinkingRules] = [
        LinkingRules(),
        LinkingRules(actorAliases: [["KIO", "KIA"], ["PSLF", "TNLA"], ["KNU", "KNLA"], ["RCSS", "SSA-S"], ["SSPP", "SSA-N"]]),
        LinkingRules(onePerDataset: false, dateSlackDays: 3, maxDistanceKm: 80, actors: .oneSide),
        LinkingRules(crossDatasetOnly: false, maxSpanDays: 31, actors: .ignore, types: .ignore),
        LinkingRules(maxSpanDays: nil, actors: .oneSide),
    ]

    @Test(arguments: variants.indices) func realMyanmarOverlapStreamsToTheSameIncidents(variant: Int) throws {
        let rules = Self.variants[variant]
        let events = Self.storeOrder(try MyanmarOverlap.acledEvents() + MyanmarOverlap.ucdpEvents())
        let whole = IncidentLinker.link(events, rules: rules)
        let (incidents, members, _) = Self.streamed(events, rules: rules)
        #expect(incidents.count == whole.count)
        #expect(incidents == whole)
        #expect(whole.contains { $0.isLinked })
        for (incident, events) in zip(incidents, members) {
            #expect(events.map { EventRef($0) } == incident.members)
        }
    }

    /// A busy front over a year: every day several ACLED and UCDP reports of the same few groups
    /// near each other, with day, week and month precision, so groups chain and compete.
    static func busyFront(days: Int) -> [Event] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let groups = ["KIA: Kachin Independence Army", "TNLA: Taang National Liberation Army", "Unidentified Armed Group (Myanmar)"]
        let ucdpGroups = ["KIO", "PSLF", "TNLA"]
        var events: [Event] = []
        let start = Day(year: 2015, month: 1, day: 1)!
        for offset in 0..<days {
            let day = start.adding(days: offset)
            for n in 0..<(1 + next(4)) {
                let precision = [1, 1, 1, 2, 3][next(5)]
                events.append(
                    Reports.acled(
                        "A\(offset)-\(n)", day.iso, "Military Forces of Myanmar (2016-)", groups[next(3)],
                        latitude: 24 + Double(next(40)) / 100, longitude: 97 + Double(next(40)) / 100, geoPrecision: 1 + next(3),
                        deaths: next(9), timePrecision: precision))
            }
            for n in 0..<next(3) {
                let length = [0, 0, 0, 2, 9][next(5)]
                events.append(
                    Reports.ucdp(
                        "U\(offset)-\(n)", day.iso, day.adding(days: length).iso, sideB: ucdpGroups[next(3)],
                        latitude: 24 + Double(next(40)) / 100, longitude: 97 + Double(next(40)) / 100, uncertaintyKm: Double(next(3) * 25),
                        low: next(3), best: 3 + next(3), high: 6 + next(9)))
            }
        }
        return storeOrder(events)
    }

    @Test(arguments: variants.indices) func aBusyFrontStreamsToTheSameIncidents(variant: Int) {
        let rules = Self.variants[variant]
        let events = Self.busyFront(days: 365)
        let whole = IncidentLinker.link(events, rules: rules)
        let (incidents, _, early) = Self.streamed(events, rules: rules)
        #expect(incidents == whole)
        #expect(whole.contains { $0.isLinked })
        if variant < 2 {
            // Bounded: with the default rules most incidents leave long before the last event arrives.
            #expect(whole.filter { $0.isLinked }.count > 50)
            #expect(early > whole.count * 9 / 10)
        } else {
            // Loose rules chain the whole front into one group of candidate pairs, and without
            // `maxSpanDays` nothing bounds a span: nothing can be settled before the end.
            #expect(early == 0)
        }
    }
}
