import Testing
import TruceEngine
import TruceModel
import TruceTestSupport

/// The evaluator counts incidents, not rows: the same attack in ACLED and UCDP is one attack.
@Suite struct IncidentEvaluatorTests {
    static let actors = [
        ActorDefinition(id: "TATMADAW", name: "Myanmar military", aliases: ["Military Forces of Myanmar*", "Government of Myanmar*"]),
        ActorDefinition(id: "KIA", name: "Kachin Independence Army", aliases: ["KIA: Kachin Independence Army", "KIA", "KIO"]),
    ]

    static func agreement(_ provisions: [Provision]) -> Agreement {
        Agreement(
            id: "kachin", title: "Test ceasefire", signed: Fixtures.day("2015-03-01"), parties: ["TATMADAW", "KIA"], actors: actors,
            provisions: provisions)
    }

    let ceasefire = Provision(
        id: "no-attacks", text: "No attacks on the KIA", bound: ["TATMADAW"],
        kind: .prohibition(Prohibition(start: .init(anchor: .signed), scope: EventScope(between: [["TATMADAW"], ["KIA"]]))))

    @Test func theSameAttackInTwoDataSetsIsCountedOnceAndBothReportsAreEvidence() throws {
        let evidence = EvidenceSet(events: [
            Reports.acled("MMR1", "2015-03-21", deaths: 12), Reports.ucdp("210060", "2015-03-21"),
            Reports.acled("MMR2", "2015-03-28"),
        ])
        let reading = try #require(
            try Evaluator(agreement: Self.agreement([ceasefire])).evaluate(evidence, asOf: Fixtures.day("2015-04-01")).provisions.first?.readings
                .first)
        #expect(reading.status == .violated)
        #expect(reading.reason == "2 matching incidents (3 events in several data sets) from 2015-03-21")
        #expect(reading.evidence.map(\.id) == ["210060", "MMR1", "MMR2"])  // oldest first, then by id
        #expect(reading.evidence.map(\.incident) == ["acled:MMR1", "acled:MMR1", nil])
        #expect(reading.evidence.allSatisfy { $0.role == "violates" })
        // Evaluated with rules that link nothing, the rows count on their own.
        let unlinked = try Evaluator(
            agreement: Self.agreement([ceasefire]), linking: LinkingRules(dateSlackDays: 0, maxDistanceKm: 0, useUncertainty: false)
        )
        .evaluate(
            EvidenceSet(events: [Reports.acled("MMR1", "2015-03-21"), Reports.ucdp("210060", "2015-03-21", latitude: 25)]),
            asOf: Fixtures.day("2015-04-01"))
        #expect(unlinked.provisions[0].readings[0].reason == "2 matching events from 2015-03-21")
        #expect(unlinked.provisions[0].readings[0].evidence.allSatisfy { $0.incident == nil })
    }

    @Test func aRateTestCountsIncidents() throws {
        let reduction = Provision(
            id: "riv", text: "Reduce violence by 70%",
            kind: .rate(
                Rate(
                    window: DateWindow(start: Fixtures.absolute("2015-03-01"), end: Fixtures.absolute("2015-03-07")),
                    baseline: DateWindow(start: Fixtures.absolute("2015-02-01"), end: Fixtures.absolute("2015-02-28")),
                    reduction: 0.7, scope: EventScope(between: [["TATMADAW"], ["KIA"]]))))
        // Each baseline week's clash is in both data sets; the window has one clash, also in both.
        var events: [Event] = []
        for (index, day) in ["2015-02-03", "2015-02-10", "2015-02-17", "2015-02-24", "2015-03-04"].enumerated() {
            events.append(Reports.acled("A\(index)", day))
            events.append(Reports.ucdp("U\(index)", day))
        }
        let reading = try #require(
            try Evaluator(agreement: Self.agreement([reduction])).evaluate(EvidenceSet(events: events), asOf: Fixtures.day("2015-03-10"))
                .provisions.first?.readings.first)
        let test = try #require(reading.test)
        #expect(test.windowCount == 1)
        #expect(test.baselineCount == 4)
        #expect(reading.reason.hasPrefix("1 incident in 7 days vs 4 in 28"))
        #expect(reading.evidence.count == 10)
        #expect(reading.evidence.filter { $0.role == "counted" }.compactMap(\.incident) == ["acled:A4", "acled:A4"])
    }
}
