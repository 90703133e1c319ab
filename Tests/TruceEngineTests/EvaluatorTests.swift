import Foundation
import Testing
import TruceEngine
import TruceModel
import TruceTestSupport

@Suite struct EvaluatorTests {
    let noAttacks = Provision(
        id: "no-attacks", text: "No attacks on US forces", bound: ["TALIBAN"],
        kind: .prohibition(Prohibition(start: .init(anchor: .signed), scope: EventScope(actor1: ["TALIBAN"], actor2: ["COALITION"]))),
        readings: [Reading(name: "usa", party: "USA", scope: EventScope(actor1: ["TALIBAN"], actor2: ["COALITION", "ANDSF"]))]
    )

    func assess(_ provisions: [Provision], _ evidence: EvidenceSet, asOf: String, reading: String? = nil) throws -> Assessment {
        try Evaluator(agreement: Fixtures.agreement(provisions)).evaluate(evidence, asOf: Fixtures.day(asOf), reading: reading)
    }

    @Test func prohibitionWithoutMatchingEventsIsComplied() throws {
        let evidence = EvidenceSet(events: [Fixtures.event("E1", "2020-02-20", "Taliban", "Military Forces of the United States (2017-2021)")])
        let result = try assess([noAttacks], evidence, asOf: "2020-03-11", reading: "text")
        let reading = try #require(result.provisions.first?.readings.first)
        #expect(reading.status == .complied)
        #expect(reading.evidence.isEmpty)  // the attack before signing is outside the window
    }

    @Test func readingsThatDisagreeMakeTheProvisionDisputed() throws {
        let evidence = EvidenceSet(events: [
            Fixtures.event("E2", "2020-03-03", "Taliban", "Military Forces of Afghanistan (2004-2021)", deaths: 14),
            Fixtures.event("E3", "2020-03-05", "Taliban", "Police Forces of Afghanistan (2004-2021)"),
        ])
        let provision = try #require(try assess([noAttacks], evidence, asOf: "2020-03-11").provisions.first)
        #expect(provision.status == .disputed)
        #expect(provision.reading("text")?.status == .complied)
        let usa = try #require(provision.reading("usa"))
        #expect(usa.status == .violated)
        #expect(
            usa.timeline == [
                TimelineEntry(from: Fixtures.day("2020-02-29"), status: .complied),
                TimelineEntry(from: Fixtures.day("2020-03-03"), status: .violated),
            ])
        #expect(usa.evidence.map(\.id) == ["E2", "E3"])
        #expect(usa.evidence.allSatisfy { $0.kind == .event && $0.role == "violates" })
    }

    @Test func selectingAReadingAssessesOnlyIt() throws {
        let evidence = EvidenceSet(events: [Fixtures.event("E2", "2020-03-03", "Taliban", "Military Forces of Afghanistan (2004-2021)")])
        let provision = try #require(try assess([noAttacks], evidence, asOf: "2020-03-11", reading: "usa").provisions.first)
        #expect(provision.readings.map(\.reading) == ["usa"])
        #expect(provision.status == .violated)
    }

    @Test func monthPrecisionEventsCountOnlyWhenPossibleDatesAreAllowed() throws {
        // Precision 3: some day of March 2020, which might be before the window opens on 2020-03-10.
        let late = Prohibition(start: Fixtures.absolute("2020-03-10"), scope: EventScope(actor1: ["TALIBAN"], actor2: ["ANDSF"]))
        var possible = late
        possible.scope.dates = .possible
        let evidence = EvidenceSet(events: [Fixtures.event("E4", "2020-03-15", "Taliban", "Military Forces of Afghanistan", precision: 3)])
        let certain = try assess([Provision(id: "p", text: "p", kind: .prohibition(late))], evidence, asOf: "2020-04-30")
        #expect(certain.provisions[0].status == .complied)
        let loose = try assess([Provision(id: "p", text: "p", kind: .prohibition(possible))], evidence, asOf: "2020-04-30")
        #expect(loose.provisions[0].status == .violated)
    }

    @Test func prohibitionIsPendingBeforeItsStart() throws {
        let future = Provision(
            id: "later", text: "later",
            kind: .prohibition(Prohibition(start: Fixtures.absolute("2020-06-01"), scope: EventScope(actor1: ["TALIBAN"]))))
        let result = try assess([future], EvidenceSet(), asOf: "2020-03-11")
        #expect(result.provisions[0].status == .pending)
    }

    // MARK: obligations

    func releases(due: String) -> Provision {
        Provision(
            id: "release", text: "release",
            kind: .obligation(
                Obligation(
                    due: Fixtures.absolute(due),
                    observation: IndicatorCondition(
                        indicator: "prisoners_released", actor: "USA", comparison: .greaterOrEqual, value: 5000))))
    }

    @Test(arguments: [
        ("2020-03-05", Status.pending, [Status.pending]),
        ("2020-03-11", Status.overdue, [Status.pending, .overdue]),
        ("2020-09-30", Status.compliedLate, [Status.pending, .overdue, .compliedLate]),
    ])
    func obligationTimeline(asOf: String, status: Status, steps: [Status]) throws {
        let evidence = EvidenceSet(observations: [
            Fixtures.observation("o1", "2020-04-08", "prisoners_released", "USA", 100),
            Fixtures.observation("o2", "2020-09-03", "prisoners_released", "USA", 5000),
            Fixtures.observation("o3", "2020-09-03", "prisoners_released", "TALIBAN", 9999),
        ])
        let reading = try #require(try assess([releases(due: "2020-03-10")], evidence, asOf: asOf).provisions.first?.readings.first)
        #expect(reading.status == status)
        #expect(reading.timeline.map(\.status) == steps)
        if status == .compliedLate {
            #expect(reading.timeline.last?.from == Fixtures.day("2020-09-03"))
            #expect(reading.timeline[1].from == Fixtures.day("2020-03-11"))
            #expect(reading.evidence.contains { $0.id == "o2" && $0.role == "satisfies" })
            #expect(!reading.evidence.contains { $0.id == "o3" })  // another actor's count
        }
    }

    @Test func obligationDoneInTimeIsComplied() throws {
        let evidence = EvidenceSet(observations: [Fixtures.observation("o", "2020-03-09", "prisoners_released", "USA", 5000)])
        let result = try assess([releases(due: "2020-03-10")], evidence, asOf: "2020-12-31")
        #expect(result.provisions[0].status == .complied)
    }

    @Test func obligationSatisfiedByAnEvent() throws {
        let talks = Provision(
            id: "talks", text: "talks",
            kind: .obligation(
                Obligation(
                    due: Fixtures.absolute("2020-03-10"),
                    event: EventScope(actor1: ["TALIBAN"], eventTypes: ["Strategic developments"]))))
        let evidence = EvidenceSet(events: [Fixtures.event("T1", "2020-09-12", "Taliban", nil, type: "Strategic developments", subType: "Agreement")])
        let reading = try #require(try assess([talks], evidence, asOf: "2020-10-01").provisions.first?.readings.first)
        #expect(reading.status == .compliedLate)
        #expect(reading.evidence.map(\.id) == ["T1"])
    }

    // MARK: targets

    func troops(due: String, value: Double) -> Provision {
        Provision(
            id: "troops", text: "troops",
            kind: .target(
                Target(
                    due: Fixtures.absolute(due),
                    condition: IndicatorCondition(
                        indicator: "troop_level", actor: "USA", comparison: .lessOrEqual, value: value))))
    }

    @Test func targetReachedOnTheDueDayIsComplied() throws {
        let evidence = EvidenceSet(observations: [
            Fixtures.observation("a", "2020-02-29", "troop_level", "USA", 13000),
            Fixtures.observation("b", "2020-02-29", "troop_level", "USA", 12000),
            Fixtures.observation("c", "2020-07-13", "troop_level", "USA", 8600),
        ])
        let before = try assess([troops(due: "2020-07-13", value: 8600)], evidence, asOf: "2020-03-11")
        #expect(before.provisions[0].status == .pending)
        let after = try assess([troops(due: "2020-07-13", value: 8600)], evidence, asOf: "2021-05-01")
        let reading = after.provisions[0].readings[0]
        #expect(reading.status == .complied)
        #expect(reading.timeline.last == TimelineEntry(from: Fixtures.day("2020-07-13"), status: .complied))
        #expect(reading.evidence.count == 3)
    }

    @Test func sourcesThatDisagreeOnADayDoNotMeetTheTarget() throws {
        let evidence = EvidenceSet(observations: [
            Fixtures.observation("a", "2020-07-01", "troop_level", "USA", 8500),
            Fixtures.observation("b", "2020-07-01", "troop_level", "USA", 9000),
        ])
        let result = try assess([troops(due: "2020-07-13", value: 8600)], evidence, asOf: "2020-07-10")
        #expect(result.provisions[0].status == .pending)
    }

    @Test func targetMissedThenReachedThenLost() throws {
        let evidence = EvidenceSet(observations: [
            Fixtures.observation("a", "2020-07-01", "troop_level", "USA", 9000),
            Fixtures.observation("b", "2020-08-01", "troop_level", "USA", 8000),
            Fixtures.observation("c", "2020-09-01", "troop_level", "USA", 9500),
        ])
        let reading = try assess([troops(due: "2020-07-13", value: 8600)], evidence, asOf: "2020-10-01").provisions[0].readings[0]
        #expect(reading.timeline.map(\.status) == [.pending, .overdue, .compliedLate, .violated])
        #expect(reading.timeline.map(\.from.iso) == ["2020-02-29", "2020-07-14", "2020-08-01", "2020-09-01"])
    }

    // MARK: requirements

    @Test func aFailedRequirementMakesTheDependentLapse() throws {
        let guarantee = Provision(
            id: "guarantee", text: "g",
            kind: .prohibition(Prohibition(start: .init(anchor: .signed), scope: EventScope(actor2: ["COALITION"]))))
        var withdrawal = troops(due: "2021-04-29", value: 0)
        withdrawal.requires = ["guarantee"]
        let attack = Fixtures.event("X", "2020-06-01", "Taliban", "Military Forces of the United States (2017-2021)")
        let lapsed = try assess([withdrawal, guarantee], EvidenceSet(events: [attack]), asOf: "2021-05-01")
        let reading = try #require(lapsed.provision("troops")?.readings.first)
        #expect(reading.status == .lapsed)
        #expect(reading.timeline.last == TimelineEntry(from: Fixtures.day("2020-06-01"), status: .lapsed))
        #expect(reading.reason.contains("guarantee"))
        let held = try assess([withdrawal, guarantee], EvidenceSet(), asOf: "2021-05-01")
        #expect(held.provision("troops")?.status == .overdue)
    }

    // MARK: rate

    func rate(reduction: Double) -> Provision {
        Provision(
            id: "riv", text: "riv",
            kind: .rate(
                Rate(
                    window: DateWindow(start: Fixtures.absolute("2020-02-22"), end: Fixtures.absolute("2020-02-28")),
                    baseline: DateWindow(start: Fixtures.absolute("2020-01-01"), end: Fixtures.absolute("2020-02-21")),
                    reduction: reduction, scope: EventScope(between: [["TALIBAN"], ["ANDSF", "COALITION"]]))))
    }

    /// `baseline` events spread over the 52 baseline days and `window` over the 7 window days.
    func violence(baseline: Int, window: Int) -> EvidenceSet {
        var events: [Event] = []
        for i in 0..<baseline {
            let day = Fixtures.day("2020-01-01").adding(days: i % 52)
            events.append(
                Fixtures.event(
                    "B\(i)", day.iso, i % 2 == 0 ? "Taliban" : "Military Forces of Afghanistan",
                    i % 2 == 0 ? "Police Forces of Afghanistan" : "Taliban"))
        }
        for i in 0..<window {
            events.append(Fixtures.event("W\(i)", Fixtures.day("2020-02-22").adding(days: i % 7).iso, "Taliban", "Military Forces of Afghanistan"))
        }
        // Out of scope: no agreement actor on the other side.
        events.append(Fixtures.event("N", "2020-02-23", "Taliban", "Civilians (Afghanistan)"))
        return EvidenceSet(events: events)
    }

    @Test(arguments: [
        (60, 0, 0.3, Status.complied),  // a clear fall
        (60, 1, 0.3, Status.complied),
        (60, 7, 0.3, Status.inconclusive),  // a fall, but not surely by 30%
        (10, 1, 0.3, Status.inconclusive),  // too few events to tell
        (52, 30, 0.3, Status.violated),  // violence went up
        (0, 0, 0.3, Status.inconclusive),
    ])
    func rateIsJudgedByTheTest(baseline: Int, window: Int, reduction: Double, expected: Status) throws {
        let reading = try assess([rate(reduction: reduction)], violence(baseline: baseline, window: window), asOf: "2020-03-11")
            .provisions[0].readings[0]
        #expect(reading.status == expected)
        let test = try #require(reading.test)
        #expect(test.windowCount == window && test.baselineCount == baseline)
        #expect(test.windowDays == 7 && test.baselineDays == 52)
        #expect(reading.timeline.last?.from == Fixtures.day("2020-02-29"))
        #expect(reading.evidence.filter { $0.role == "counted" }.count == window)
    }

    @Test func rateIsPendingUntilTheWindowCloses() throws {
        let result = try assess([rate(reduction: 0.3)], violence(baseline: 60, window: 0), asOf: "2020-02-25")
        #expect(result.provisions[0].status == .pending)
    }

    @Test func sameInputsGiveByteIdenticalJSON() throws {
        let evidence = violence(baseline: 40, window: 2)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let first = try encoder.encode(try assess([rate(reduction: 0.3), noAttacks], evidence, asOf: "2020-03-11"))
        let second = try encoder.encode(try assess([rate(reduction: 0.3), noAttacks], evidence, asOf: "2020-03-11"))
        #expect(first == second)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains("\"as_of\":\"2020-03-11\""))
    }
}

@Suite struct ActorMatcherTests {
    @Test func namesPrefixesCodesAndGroups() {
        let agreement = Agreement(
            id: "a", title: "a", signed: Fixtures.day("2020-02-29"), parties: [],
            actors: [
                ActorDefinition(id: "TALIBAN", name: "Taliban", aliases: ["Islamic Emirate of Afghanistan"], codes: ["gdelt:AFGTAL", "ucdp:303"]),
                ActorDefinition(id: "ANDSF", name: "Afghan forces", aliases: ["Military Forces of Afghanistan*"]),
            ],
            groups: [ActorGroup(id: "ALL", members: ["TALIBAN", "ANDSF"])], provisions: [])
        let matcher = ActorMatcher(agreement: agreement)
        #expect(matcher.actors(named: "taliban") == ["TALIBAN"])
        #expect(matcher.actors(named: "Military Forces of Afghanistan (2004-2021)") == ["ANDSF"])
        #expect(matcher.actors(named: "Military Forces of Pakistan").isEmpty)
        #expect(matcher.actors(on: EventActor(name: "TALIBAN FIGHTERS", code: "gdelt:AFGTAL")) == ["TALIBAN"])
        #expect(matcher.actors(on: EventActor(name: nil, code: "UCDP:303")) == ["TALIBAN"])
        #expect(matcher.actors(on: EventActor(name: "Someone", associates: ["Islamic Emirate of Afghanistan"])) == ["TALIBAN"])
        #expect(matcher.expand(["ALL"]) == ["TALIBAN", "ANDSF"])
    }
}
