import Testing
import TruceEngine
import TruceModel
import TruceTestSupport

/// Readings of any field (format version 2): a party reads a date, a condition, a requirement, who is
/// bound or who an actor is differently; each reading is judged, and the provision is disputed when
/// they disagree.
@Suite struct ReadingsOfAnyFieldTests {
    func assess(_ provisions: [Provision], _ evidence: EvidenceSet, asOf: String) throws -> ProvisionAssessment {
        let assessment = try Evaluator(agreement: Fixtures.agreement(provisions)).evaluate(evidence, asOf: Fixtures.day(asOf))
        return try #require(assessment.provisions.last)
    }

    func release(_ id: String, actor: String, due: String, atLeast value: Double) -> Provision {
        Provision(
            id: id, text: id,
            kind: .obligation(
                Obligation(
                    due: Fixtures.absolute(due),
                    observation: IndicatorCondition(indicator: "released", actor: actor, comparison: .greaterOrEqual, value: value))))
    }

    func statuses(_ provision: ProvisionAssessment) -> [String: Status] {
        Dictionary(uniqueKeysWithValues: provision.readings.map { ($0.reading, $0.status) })
    }

    @Test func aDeadlineReadLaterMakesALateReleaseOnTimeUnderThatReading() throws {
        var release = release("release", actor: "TALIBAN", due: "2020-03-10", atLeast: 1000)
        release.readings = [Reading(name: "taliban", party: "TALIBAN", due: Fixtures.absolute("2020-03-31"))]
        let evidence = EvidenceSet(observations: [Fixtures.observation("o", "2020-03-20", "released", "TALIBAN", 1000)])
        let before = try assess([release], evidence, asOf: "2020-03-05")
        #expect(before.status == .pending)
        let after = try assess([release], evidence, asOf: "2020-04-30")
        #expect(after.status == .disputed)
        #expect(statuses(after) == ["text": .compliedLate, "taliban": .complied])
        // Between the two deadlines, the text says overdue and the reading pending.
        let between = try assess([release], EvidenceSet(), asOf: "2020-03-15")
        #expect(statuses(between) == ["text": .overdue, "taliban": .pending])
    }

    @Test func aConditionReadDifferentlyIsJudgedOnTheSameReports() throws {
        var troops = Provision(
            id: "troops", text: "down to 8,600",
            kind: .target(
                Target(
                    due: Fixtures.absolute("2020-07-13"),
                    condition: IndicatorCondition(indicator: "troop_level", actor: "USA", comparison: .lessOrEqual, value: 8600))))
        troops.readings = [
            Reading(
                name: "usa", party: "USA",
                condition: IndicatorCondition(indicator: "troop_level", actor: "USA", comparison: .lessOrEqual, value: 9000))
        ]
        let evidence = EvidenceSet(observations: [Fixtures.observation("o", "2020-07-01", "troop_level", "USA", 8900)])
        let result = try assess([troops], evidence, asOf: "2020-08-01")
        #expect(statuses(result) == ["text": .overdue, "usa": .complied])
        #expect(result.status == .disputed)
    }

    @Test func aRequirementReadAwayKeepsTheProvisionFromLapsing() throws {
        let guarantee = release("guarantee", actor: "TALIBAN", due: "2020-03-10", atLeast: 1)
        var withdrawal = release("withdrawal", actor: "USA", due: "2020-06-30", atLeast: 1)
        withdrawal.requires = ["guarantee"]
        withdrawal.readings = [Reading(name: "usa", party: "USA", requires: [])]
        let evidence = EvidenceSet(observations: [Fixtures.observation("w", "2020-06-01", "released", "USA", 1)])
        let result = try assess([guarantee, withdrawal], evidence, asOf: "2020-07-01")
        #expect(statuses(result) == ["text": .lapsed, "usa": .complied])
        #expect(result.status == .disputed)
    }

    @Test func whoIsBoundDecidesWhichSidesActsCount() throws {
        var ceasefire = Provision(
            id: "ceasefire", text: "no fighting between them", bound: ["TALIBAN", "USA"],
            kind: .prohibition(Prohibition(start: .init(anchor: .signed), scope: EventScope(between: [["TALIBAN"], ["USA"]]))))
        // The Taliban read the ceasefire as binding the United States only.
        ceasefire.readings = [Reading(name: "taliban", party: "TALIBAN", bound: ["USA"])]
        let talibanAttack = EvidenceSet(events: [Fixtures.event("e1", "2020-03-04", "Taliban", "Military Forces of the United States (2017-2021)")])
        let result = try assess([ceasefire], talibanAttack, asOf: "2020-03-31")
        #expect(statuses(result) == ["text": .violated, "taliban": .complied])
        let usStrike = EvidenceSet(events: [Fixtures.event("e2", "2020-03-04", "Military Forces of the United States (2017-2021)", "Taliban")])
        #expect(try assess([ceasefire], usStrike, asOf: "2020-03-31").status == .violated)
    }

    @Test func whoAnActorIsDecidesWhoseEventsCount() throws {
        var noAttacks = Provision(
            id: "no-attacks", text: "the Taliban do not attack US forces", bound: ["TALIBAN"],
            kind: .prohibition(Prohibition(start: .init(anchor: .signed), scope: EventScope(actor1: ["TALIBAN"], actor2: ["USA"]))))
        // The US holds the Haqqani network to be part of the Taliban; the text's aliases do not.
        noAttacks.readings = [Reading(name: "usa", party: "USA", actors: ["TALIBAN": ["Taliban", "Haqqani Network"]])]
        let evidence = EvidenceSet(events: [Fixtures.event("e", "2020-03-04", "Haqqani Network", "Military Forces of the United States (2017-2021)")])
        let result = try assess([noAttacks], evidence, asOf: "2020-03-31")
        #expect(statuses(result) == ["text": .complied, "usa": .violated])
        #expect(result.status == .disputed)
        #expect(result.readings[1].evidence.map(\.id) == ["e"])
    }

    @Test func readingsThatAgreeLeaveTheProvisionUndisputed() throws {
        var release = release("release", actor: "TALIBAN", due: "2020-03-10", atLeast: 1000)
        release.readings = [Reading(name: "taliban", party: "TALIBAN", due: Fixtures.absolute("2020-03-31"))]
        let onTime = EvidenceSet(observations: [Fixtures.observation("o", "2020-03-05", "released", "TALIBAN", 1000)])
        #expect(try assess([release], onTime, asOf: "2020-04-30").status == .complied)
    }

    @Test func aDateReachingAnUnfinishedCompletionThroughAnotherDateWaits() throws {
        let withdrawal = release("withdrawal", actor: "USA", due: "2020-06-30", atLeast: 1)
        let handover = Provision(
            id: "handover", text: "handover",
            kind: .obligation(
                Obligation(
                    due: DateExpression(anchor: .provision(id: "withdrawal", field: "done"), offset: .init(amount: 5, unit: .days)),
                    observation: IndicatorCondition(indicator: "handed_over", comparison: .greaterOrEqual, value: 1))))
        // Counted from the handover's deadline, which counts from the withdrawal's completion.
        let report = Provision(
            id: "report", text: "report",
            kind: .obligation(
                Obligation(
                    due: DateExpression(anchor: .provision(id: "handover", field: "due"), offset: .init(amount: 10, unit: .days)),
                    observation: IndicatorCondition(indicator: "reported", comparison: .greaterOrEqual, value: 1))))
        let waiting = try assess([withdrawal, handover, report], EvidenceSet(), asOf: "2020-12-31")
        #expect(waiting.status == .pending)
        #expect(waiting.readings[0].reason == "not done yet; due handover.due + 10d, when 'withdrawal' is not done yet")
        // Withdrawn on 07-01: the handover is due 07-06 and the report 07-16, overdue from 07-17.
        let done = EvidenceSet(observations: [Fixtures.observation("w", "2020-07-01", "released", "USA", 1)])
        let overdue = try assess([withdrawal, handover, report], done, asOf: "2020-12-31")
        #expect(overdue.status == .overdue)
        #expect(overdue.readings[0].timeline.last?.from.iso == "2020-07-17")
    }
}

/// Areas with holes and of several polygons (GeoJSON Polygon with inner rings, MultiPolygon).
@Suite struct PolygonAreaTests {
    func square(_ south: Double, _ west: Double, _ size: Double) -> [Coordinate] {
        [
            Coordinate(latitude: south, longitude: west), Coordinate(latitude: south, longitude: west + size),
            Coordinate(latitude: south + size, longitude: west + size), Coordinate(latitude: south + size, longitude: west),
        ]
    }

    func status(_ zone: Zone, eventAt latitude: Double, _ longitude: Double, precision: Int = 1) throws -> Status {
        var event = Fixtures.event("E", "2020-03-05", "Taliban", "Military Forces of Afghanistan")
        event.location.latitude = latitude
        event.location.longitude = longitude
        event.location.precision = precision
        let p = Provision(
            id: "p", text: "p", kind: .prohibition(Prohibition(start: .init(anchor: .signed), scope: EventScope(actor1: ["TALIBAN"], within: zone))))
        return try Evaluator(agreement: Fixtures.agreement([p])).evaluate(EvidenceSet(events: [event]), asOf: Fixtures.day("2020-03-31"))
            .provisions[0].status
    }

    @Test func aHoleIsOutsideTheArea() throws {
        // A 1° square with a 0.2° town cut out of its middle.
        let area = Zone(shape: .polygons([Zone.Polygon(outer: square(39.0, 46.0, 1.0), holes: [square(39.4, 46.4, 0.2)])]), km: 0)
        #expect(try status(area, eventAt: 39.2, 46.2) == .violated)
        #expect(try status(area, eventAt: 39.5, 46.5) == .complied)
        // Placed near the town (25 km): its ground reaches into the hole, so it is not certainly in the area.
        #expect(try status(area, eventAt: 39.35, 46.5, precision: 2) == .complied)
        #expect(try status(Zone(shape: area.shape, km: 0, precision: .possible), eventAt: 39.5, 46.5, precision: 2) == .violated)
    }

    @Test func anEventInAnyOfSeveralPolygonsIsInTheArea() throws {
        let area = Zone(shape: .polygons([Zone.Polygon(outer: square(39.0, 46.0, 0.5)), Zone.Polygon(outer: square(40.0, 47.0, 0.5))]), km: 0)
        #expect(try status(area, eventAt: 39.25, 46.25) == .violated)
        #expect(try status(area, eventAt: 40.25, 47.25) == .violated)
        #expect(try status(area, eventAt: 39.75, 46.75) == .complied)
    }
}
