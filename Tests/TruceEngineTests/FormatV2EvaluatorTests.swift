import Testing
import TruceEngine
import TruceModel
import TruceTestSupport

/// The judgements format version 2 adds: suspended requirements, obligations without a deadline,
/// maintained states, provisions on each of several actors, dates counted from a completion,
/// places, exclusions and times of day.
@Suite struct FormatV2EvaluatorTests {
    func assess(_ provisions: [Provision], _ evidence: EvidenceSet, asOf: String) throws -> Assessment {
        try Evaluator(agreement: Fixtures.agreement(provisions)).evaluate(evidence, asOf: Fixtures.day(asOf))
    }

    func release(_ id: String, actor: String?, due: DateExpression?, atLeast value: Double, start: DateExpression? = nil) -> Provision {
        Provision(
            id: id, text: id,
            kind: .obligation(
                Obligation(
                    start: start, due: due,
                    observation: IndicatorCondition(indicator: "released", actor: actor, comparison: .greaterOrEqual, value: value))))
    }

    // MARK: requires: suspended while unmet, resumed when met

    @Test func aRequirementDoneLateLiftsTheSuspension() throws {
        // The requirement is due on 03-10 and done on 03-13; the dependent is done on time on 03-20.
        let first = release("first", actor: "USA", due: Fixtures.absolute("2020-03-10"), atLeast: 100)
        var second = release("second", actor: "TALIBAN", due: Fixtures.absolute("2020-03-31"), atLeast: 50)
        second.requires = ["first"]
        let evidence = EvidenceSet(observations: [
            Fixtures.observation("a", "2020-03-13", "released", "USA", 100),
            Fixtures.observation("b", "2020-03-20", "released", "TALIBAN", 50),
        ])
        let reading = try #require(try assess([first, second], evidence, asOf: "2020-04-30").provision("second")?.readings.first)
        #expect(reading.status == .complied)
        #expect(reading.timeline.map(\.status) == [.pending, .lapsed, .pending, .complied])
        #expect(reading.timeline.map(\.from.iso) == ["2020-02-29", "2020-03-11", "2020-03-13", "2020-03-20"])
        #expect(reading.reason.hasPrefix("resumed on 2020-03-13"))
        // While the requirement is still unmet, the dependent is suspended.
        let during = try #require(try assess([first, second], evidence, asOf: "2020-03-12").provision("second"))
        #expect(during.status == .lapsed)
        #expect(during.readings[0].reason == "lapsed: requires 'first', overdue from 2020-03-11")
    }

    @Test func aLapsedRequirementSuspendsItsDependentsToo() throws {
        let first = release("first", actor: "USA", due: Fixtures.absolute("2020-03-10"), atLeast: 100)
        var second = release("second", actor: "TALIBAN", due: Fixtures.absolute("2020-06-30"), atLeast: 50)
        second.requires = ["first"]
        var third = release("third", actor: nil, due: Fixtures.absolute("2020-12-31"), atLeast: 1)
        third.requires = ["second"]
        let result = try assess([first, second, third], EvidenceSet(), asOf: "2020-04-01")
        #expect(result.provision("third")?.status == .lapsed)
        #expect(result.provision("third")?.readings[0].timeline.last?.from.iso == "2020-03-11")
    }

    // MARK: due: none

    @Test func anObligationWithoutADeadlineIsPendingUntilDoneAndNeverOverdue() throws {
        let open = release("open", actor: "USA", due: nil, atLeast: 10)
        let none = try assess([open], EvidenceSet(), asOf: "2030-01-01").provisions[0]
        #expect(none.status == .pending)
        #expect(none.readings[0].reason == "not done yet; no deadline")
        let done = try assess([open], EvidenceSet(observations: [Fixtures.observation("o", "2025-05-05", "released", "USA", 12)]), asOf: "2030-01-01")
        #expect(done.provisions[0].status == .complied)
        #expect(done.provisions[0].readings[0].timeline.last?.from.iso == "2025-05-05")
    }

    // MARK: maintain

    @Test func aMaintainedStateGoesCompliedViolatedCompliedAgain() throws {
        let cap = Provision(
            id: "cap", text: "at most 1,960 peacekeepers",
            kind: .maintain(
                Maintain(
                    start: Fixtures.absolute("2020-03-01"),
                    condition: IndicatorCondition(indicator: "peacekeepers", actor: "USA", comparison: .lessOrEqual, value: 1960))))
        let evidence = EvidenceSet(observations: [
            Fixtures.observation("a", "2020-02-20", "peacekeepers", "USA", 1500),
            Fixtures.observation("b", "2020-05-01", "peacekeepers", "USA", 2100),
            Fixtures.observation("c", "2020-06-01", "peacekeepers", "USA", 1900),
        ])
        let reading = try assess([cap], evidence, asOf: "2020-07-01").provisions[0].readings[0]
        #expect(reading.timeline.map(\.status) == [.pending, .complied, .violated, .complied])
        #expect(reading.timeline.map(\.from.iso) == ["2020-02-29", "2020-03-01", "2020-05-01", "2020-06-01"])
        #expect(reading.evidence.first { $0.id == "b" }?.role == "breaks")
        #expect(reading.reason.contains("broken on 1 report day, first 2020-05-01"))
        let unreported = try assess([cap], EvidenceSet(), asOf: "2020-07-01").provisions[0]
        #expect(unreported.status == .inconclusive)
    }

    // MARK: each

    @Test func eachMemberIsJudgedOnItsOwnAndTheProvisionIsTheirSum() throws {
        var both = release("both", actor: nil, due: Fixtures.absolute("2020-04-01"), atLeast: 100)
        both.each = ["USA", "TALIBAN"]
        let evidence = EvidenceSet(observations: [
            Fixtures.observation("u", "2020-03-20", "released", "USA", 150),
            Fixtures.observation("t", "2020-03-25", "released", "TALIBAN", 40),
        ])
        let reading = try assess([both], evidence, asOf: "2020-05-01").provisions[0].readings[0]
        #expect(reading.status == .overdue)
        #expect(reading.members?.map(\.member) == ["USA", "TALIBAN"])
        #expect(reading.members?.map(\.status) == [.complied, .overdue])
        #expect(reading.reason == "complied by 1 of 2 (USA); overdue by 1 of 2 (TALIBAN)")
        // Before, whichever member reported first satisfied a group: now the USA's release alone is not enough.
        #expect(reading.timeline.map(\.status) == [.pending, .overdue])
    }

    @Test func eachMemberOfAProhibitionIsTheActingSide() throws {
        let quiet = Provision(
            id: "quiet", text: "no attacks",
            kind: .prohibition(Prohibition(start: .init(anchor: .signed), scope: EventScope(between: [["USA", "TALIBAN"], ["USA", "TALIBAN"]]))),
            each: ["USA", "TALIBAN"])
        let evidence = EvidenceSet(events: [Fixtures.event("E", "2020-03-03", "Taliban", "Military Forces of the United States (2017-2021)")])
        let reading = try assess([quiet], evidence, asOf: "2020-03-31").provisions[0].readings[0]
        #expect(reading.members?.map(\.status) == [.complied, .violated])
        #expect(reading.status == .violated)
    }

    // MARK: deadlines relative to a completion

    @Test func aDeadlineCountedFromACompletionWaitsForIt() throws {
        let withdrawal = release("withdrawal", actor: "USA", due: Fixtures.absolute("2020-06-30"), atLeast: 1)
        let after = release(
            "after", actor: "TALIBAN",
            due: DateExpression(anchor: .provision(id: "withdrawal", field: "done"), offset: .init(amount: 5, unit: .days)), atLeast: 1)
        let waiting = try assess([withdrawal, after], EvidenceSet(), asOf: "2020-12-31").provision("after")
        #expect(waiting?.status == .pending)
        #expect(waiting?.readings[0].reason == "not done yet; due withdrawal.done + 5d, when 'withdrawal' is not done yet")
        // Done on 07-10 (late): the dependent is due 07-15 and overdue from 07-16.
        let done = EvidenceSet(observations: [Fixtures.observation("w", "2020-07-10", "released", "USA", 1)])
        let reading = try #require(try assess([withdrawal, after], done, asOf: "2020-12-31").provision("after")?.readings.first)
        #expect(reading.status == .overdue)
        #expect(reading.timeline.last?.from.iso == "2020-07-16")
    }

    // MARK: places and exclusions

    @Test func anExcludedDistrictIsOutOfScope() throws {
        var scope = EventScope(actor1: ["TALIBAN"], admin2: [], exclude: [EventScope(admin2: ["Lashkargah"])])
        scope.countries = ["Afghanistan"]
        let quiet = Provision(id: "quiet", text: "q", kind: .prohibition(Prohibition(start: .init(anchor: .signed), scope: scope)))
        var inTown = Fixtures.event("A", "2020-03-03", "Taliban", "Military Forces of Afghanistan")
        inTown.location.admin2 = "Lashkargah"
        var outside = Fixtures.event("B", "2020-03-04", "Taliban", "Military Forces of Afghanistan")
        outside.location.admin2 = "Nad Ali"
        let onlyTown = try assess([quiet], EvidenceSet(events: [inTown]), asOf: "2020-03-31").provisions[0]
        #expect(onlyTown.status == .complied)
        let both = try assess([quiet], EvidenceSet(events: [inTown, outside]), asOf: "2020-03-31").provisions[0]
        #expect(both.readings[0].evidence.map(\.id) == ["B"])
    }

    // MARK: time of day

    @Test(arguments: [(EventScope.DateCertainty.certain, Status.complied), (.possible, .violated)])
    func anEventKnownOnlyToTheStartDayCountsOnlyWhenPossibleDatesDo(dates: EventScope.DateCertainty, expected: Status) throws {
        var start = Fixtures.absolute("2020-03-10")
        start.time = TimeOfDay(hour: 18, minute: 0)
        let ceasefire = Provision(
            id: "ceasefire", text: "c",
            kind: .prohibition(Prohibition(start: start, scope: EventScope(actor1: ["TALIBAN"], dates: dates))))
        let evidence = EvidenceSet(events: [Fixtures.event("E", "2020-03-10", "Taliban", "Military Forces of Afghanistan")])
        #expect(try assess([ceasefire], evidence, asOf: "2020-03-31").provisions[0].status == expected)
    }

    // MARK: coverage

    @Test func aPartlyCoveredWindowSaysSoAndAnUncoveredOneIsInconclusive() throws {
        let quiet = Provision(
            id: "quiet", text: "q",
            kind: .prohibition(Prohibition(start: .init(anchor: .signed), scope: EventScope(actor1: ["TALIBAN"], countries: ["Afghanistan"]))))
        let march = Coverage(
            snapshot: 1, source: "acled", from: Fixtures.day("2020-03-01"), to: Fixtures.day("2020-03-31"), countries: ["Afghanistan"])
        let partly = try assess([quiet], EvidenceSet(coverage: [march]), asOf: "2020-04-30").provisions[0].readings[0]
        #expect(partly.status == .complied)
        #expect(partly.reason == "no matching event from 2020-02-29 to 2020-04-30; the evidence covers 31 of its 62 days, last 2020-03-31")
        var elsewhere = march
        elsewhere.countries = ["Pakistan"]
        let none = try assess([quiet], EvidenceSet(coverage: [elsewhere]), asOf: "2020-04-30").provisions[0]
        #expect(none.status == .inconclusive)
    }

    // MARK: the agreement's life

    @Test func aDeadlineExtendedAfterItPassedShowsBothInOneTimeline() throws {
        var handover = release("handover", actor: "USA", due: Fixtures.absolute("2020-03-15"), atLeast: 1)
        handover.extensions = [DeadlineExtension(due: Fixtures.absolute("2020-03-25"), agreed: Fixtures.day("2020-03-18"), by: "exchange of letters")]
        let evidence = EvidenceSet(observations: [Fixtures.observation("h", "2020-03-24", "released", "USA", 1)])
        let reading = try assess([handover], evidence, asOf: "2020-04-30").provisions[0].readings[0]
        #expect(reading.timeline.map(\.status) == [.pending, .overdue, .pending, .complied])
        #expect(reading.timeline.map(\.from.iso) == ["2020-02-29", "2020-03-16", "2020-03-18", "2020-03-24"])
        #expect(reading.reason == "done on 2020-03-24, due 2020-03-25; extended on 2020-03-18 to 2020-03-25 (exchange of letters)")
        // Before the extension was agreed, only the first deadline was known.
        #expect(try assess([handover], evidence, asOf: "2020-03-17").provisions[0].status == .overdue)
    }

    @Test func anEndedAgreementIsJudgedAsOfItsLastDay() throws {
        let quiet = Provision(
            id: "quiet", text: "q", kind: .prohibition(Prohibition(start: .init(anchor: .signed), scope: EventScope(actor1: ["TALIBAN"]))))
        var agreement = Fixtures.agreement([quiet])
        agreement.ended = Ending(day: Fixtures.day("2020-06-30"), reason: "superseded")
        let evidence = EvidenceSet(events: [Fixtures.event("late", "2020-08-01", "Taliban", "Military Forces of Afghanistan")])
        let after = try Evaluator(agreement: agreement).evaluate(evidence, asOf: Fixtures.day("2020-12-31"))
        #expect(after.ended == agreement.ended)
        #expect(after.asOf.iso == "2020-12-31")
        #expect(after.provisions[0].status == .complied)
        let before = try Evaluator(agreement: agreement).evaluate(evidence, asOf: Fixtures.day("2020-05-01"))
        #expect(before.ended == nil)
    }

    // MARK: progress

    @Test func anUnmetObligationShowsItsProgress() throws {
        let releases = release("releases", actor: "USA", due: Fixtures.absolute("2020-03-10"), atLeast: 5000)
        let evidence = EvidenceSet(observations: [
            Fixtures.observation("a", "2020-04-01", "released", "USA", 1000),
            Fixtures.observation("b", "2020-05-01", "released", "USA", 3000),
        ])
        let reading = try assess([releases], evidence, asOf: "2020-05-15").provisions[0].readings[0]
        #expect(reading.status == .overdue)
        #expect(reading.progress == 0.6)
        #expect(reading.reason == "not done; due 2020-03-10; 60% of the way, latest 3000")
        let done = try assess(
            [releases], EvidenceSet(observations: [Fixtures.observation("c", "2020-03-01", "released", "USA", 5000)]), asOf: "2020-05-15")
        #expect(done.provisions[0].readings[0].progress == nil)
    }

    // MARK: declared and verified

    @Test func aPartysOwnReportIsDeclaredUntilTheMonitorVerifiesIt() throws {
        var releases = release("releases", actor: "TALIBAN", due: Fixtures.absolute("2020-03-31"), atLeast: 100)
        releases.verifiedBy = ["USA"]
        var own = Fixtures.observation("own", "2020-03-10", "released", "TALIBAN", 120)
        own.reportedBy = "TALIBAN"
        let declared = try assess([releases], EvidenceSet(observations: [own]), asOf: "2020-04-30").provisions[0]
        #expect(declared.status == .declared)
        #expect(declared.readings[0].reason == "done on 2020-03-10, due 2020-03-31; declared, not verified by USA")
        var monitor = Fixtures.observation("monitor", "2020-03-20", "released", "TALIBAN", 110)
        monitor.reportedBy = "USA"
        let verified = try assess([releases], EvidenceSet(observations: [own, monitor]), asOf: "2020-04-30").provisions[0].readings[0]
        #expect(verified.status == .complied)
        #expect(verified.timeline.map(\.status) == [.pending, .declared, .complied])
        #expect(verified.timeline.map(\.from.iso) == ["2020-02-29", "2020-03-10", "2020-03-20"])
        #expect(verified.reason.hasSuffix("; verified by USA on 2020-03-20"))
        // A monitor's accepted claim verifies too.
        let claim = Claim(
            key: "c", date: Fixtures.day("2020-03-15"), speaker: "Monitor", speakerActor: "USA", quote: "They released them.",
            aboutProvision: "releases", source: "wire")
        let byClaim = try assess([releases], EvidenceSet(observations: [own], claims: [claim]), asOf: "2020-04-30").provisions[0]
        #expect(byClaim.status == .complied)
    }

    // MARK: zones on the map

    /// An event at a place, ACLED-coded with a place precision (1 the town, 3 the province's centroid).
    func placed(_ key: String, _ latitude: Double, _ longitude: Double, precision: Int) -> Event {
        var event = Fixtures.event(key, "2020-03-05", "Taliban", "Military Forces of Afghanistan")
        event.location.latitude = latitude
        event.location.longitude = longitude
        event.location.precision = precision
        return event
    }

    @Test(arguments: [
        // 1.1 km north of the road, placed to the town: inside the 2.5 km half-width.
        ("town by the road", 39.70, 46.60, 1, Zone.Certainty.certain, true),
        // 11 km north: outside.
        ("town off the road", 39.80, 46.60, 1, .certain, false),
        // On the road, but only the province is known (150 km): not evidence inside a 5 km corridor...
        ("province centroid", 39.69, 46.60, 3, .certain, false),
        // ...unless the scope accepts possible places.
        ("province centroid, possible", 39.69, 46.60, 3, .possible, true),
    ])
    func anEventCountsInACorridorOnlyAsPreciselyAsItIsPlaced(
        name: String, latitude: Double, longitude: Double, precision: Int, certainty: Zone.Certainty, inside: Bool
    ) throws {
        let road = Zone(
            shape: .line([Coordinate(latitude: 39.69, longitude: 46.50), Coordinate(latitude: 39.69, longitude: 46.70)]), km: 2.5,
            precision: certainty)
        let corridor = Provision(
            id: "corridor", text: "c",
            kind: .prohibition(Prohibition(start: .init(anchor: .signed), scope: EventScope(actor1: ["TALIBAN"], within: road))))
        let status = try assess([corridor], EvidenceSet(events: [placed("E", latitude, longitude, precision: precision)]), asOf: "2020-03-31")
            .provisions[0].status
        #expect(status == (inside ? .violated : .complied), "\(name)")
    }

    @Test func aPolygonHoldsWhatIsInsideIt() throws {
        let square = Zone(
            shape: .polygon([
                Coordinate(latitude: 39.0, longitude: 46.0), Coordinate(latitude: 39.0, longitude: 47.0),
                Coordinate(latitude: 40.0, longitude: 47.0), Coordinate(latitude: 40.0, longitude: 46.0),
            ]), km: 0)
        let scope = EventScope(actor1: ["TALIBAN"], within: square)
        let p = Provision(id: "p", text: "p", kind: .prohibition(Prohibition(start: .init(anchor: .signed), scope: scope)))
        #expect(try assess([p], EvidenceSet(events: [placed("in", 39.5, 46.5, precision: 1)]), asOf: "2020-03-31").provisions[0].status == .violated)
        #expect(try assess([p], EvidenceSet(events: [placed("out", 40.5, 46.5, precision: 1)]), asOf: "2020-03-31").provisions[0].status == .complied)
        // 25 km of uncertainty from the middle of the square still lies inside it; from near its edge it does not.
        #expect(try assess([p], EvidenceSet(events: [placed("mid", 39.5, 46.5, precision: 2)]), asOf: "2020-03-31").provisions[0].status == .violated)
        #expect(
            try assess([p], EvidenceSet(events: [placed("edge", 39.05, 46.5, precision: 2)]), asOf: "2020-03-31").provisions[0].status == .complied)
    }
}
