import Testing
import TruceEngine
import TruceModel
import TruceTestSupport

@Suite struct ImplementationScorerTests {
    // MARK: the rule

    static let rule: [(Status, Double?, Int?)] = [
        (.complied, nil, 3), (.compliedLate, nil, 3),
        (.pending, nil, 0), (.pending, 0, 0), (.pending, 0.01, 1), (.pending, 0.499, 1), (.pending, 0.5, 2), (.pending, 0.99, 2),
        (.overdue, nil, 0), (.overdue, 0.3, 1), (.overdue, 0.8, 2), (.overdue, 1, 2),
        (.violated, nil, 0), (.violated, 0.9, 0), (.lapsed, nil, nil), (.inconclusive, nil, nil), (.disputed, nil, nil),
    ]

    @Test(arguments: rule)
    func statusAndProgressGiveTheScore(status: Status, progress: Double?, score: Int?) {
        #expect(ImplementationScorer.score(status: status, progress: progress) == score)
    }

    static let fractions: [([Double], [Double], Double, Double?)] = [
        ([13000], [10800], 8600, 0.5),  // half-way down
        ([13000, 12000], [10800], 8600, 1200 / 3400),  // sources disagree on the start: the smaller claim of progress
        ([13000], [8000, 9000], 8600, 4000 / 4400),  // and on the latest value
        ([0], [2000], 5000, 0.4),  // a count from zero
        ([5000], [6000], 1000, 0),  // moving away is no progress
        ([5000], [0], 1000, 1),  // past the target: clamped
        ([1000], [900], 1000, nil),  // no distance to cover
    ]

    @Test(arguments: fractions)
    func progressIsTheSmallestFractionAnyPairOfReportsGives(start: [Double], latest: [Double], target: Double, expected: Double?) throws {
        let fraction = ImplementationProgress.fraction(start: start, latest: latest, target: target)
        guard let expected else {
            #expect(fraction == nil)
            return
        }
        #expect(abs(try #require(fraction) - expected) < 1e-9)
    }

    @Test func aCountWithoutAStartingReportStartsFromZero() {
        let condition = IndicatorCondition(indicator: "released", comparison: .greaterOrEqual, value: 5000)
        let observations = [
            Fixtures.observation("o1", "2020-04-08", "released", nil, 100), Fixtures.observation("o2", "2020-05-31", "released", nil, 2000),
        ]
        #expect(ImplementationProgress.fraction(of: condition, observations: observations, start: Fixtures.day("2020-02-29")) == 0.4)
        // A level that must fall, without a report at the start, is measured from the first report.
        let cut = IndicatorCondition(indicator: "troops", comparison: .lessOrEqual, value: 1000)
        let reports = [Fixtures.observation("t1", "2020-04-01", "troops", nil, 5000), Fixtures.observation("t2", "2020-08-01", "troops", nil, 3000)]
        #expect(ImplementationProgress.fraction(of: cut, observations: reports, start: Fixtures.day("2020-02-29")) == 0.5)
        #expect(ImplementationProgress.fraction(of: cut, observations: [], start: Fixtures.day("2020-02-29")) == nil)
    }

    // MARK: year by year

    let provisions = [
        Provision(
            id: "cut", text: "US forces down to 1,000 by mid-2021", bound: ["USA"],
            kind: .target(
                Target(
                    due: Fixtures.absolute("2021-06-30"),
                    condition: IndicatorCondition(indicator: "troops", actor: "USA", comparison: .lessOrEqual, value: 1000)))
        ),
        Provision(
            id: "release", text: "100 prisoners released by June 2020", bound: ["TALIBAN"],
            kind: .obligation(
                Obligation(
                    due: Fixtures.absolute("2020-06-01"),
                    observation: IndicatorCondition(indicator: "released", comparison: .greaterOrEqual, value: 100)))
        ),
        Provision(
            id: "quiet", text: "No attacks on US forces", bound: ["TALIBAN"],
            kind: .prohibition(Prohibition(start: .init(anchor: .signed), scope: EventScope(actor1: ["TALIBAN"], actor2: ["COALITION"]))),
            readings: [Reading(name: "usa", party: "USA", scope: EventScope(actor1: ["TALIBAN"], actor2: ["COALITION", "ANDSF"]))]
        ),
        Provision(
            id: "leave", text: "All US forces leave by 2022", bound: ["USA"],
            kind: .target(
                Target(
                    due: Fixtures.absolute("2022-12-31"),
                    condition: IndicatorCondition(indicator: "troops", actor: "USA", comparison: .lessOrEqual, value: 0))),
            requires: ["quiet"]
        ),
    ]

    let evidence = EvidenceSet(
        events: [
            Fixtures.event("E1", "2020-05-01", "Taliban", "Military Forces of Afghanistan (2004-2021)"),
            Fixtures.event("E2", "2021-02-01", "Taliban", "Military Forces of the United States (2017-2021)"),
        ],
        observations: [
            Fixtures.observation("t0", "2020-02-29", "troops", "USA", 5000),
            Fixtures.observation("t1", "2020-12-01", "troops", "USA", 4000),
            Fixtures.observation("t2", "2021-12-01", "troops", "USA", 2000),
            Fixtures.observation("t3", "2022-03-01", "troops", "USA", 500),
            Fixtures.observation("r1", "2020-05-01", "released", nil, 60),
            Fixtures.observation("r2", "2020-08-01", "released", nil, 100),
        ]
    )

    func scores(reading: String = Provision.textReading, through lastDay: String = "2022-06-30") throws -> [String: ImplementationScore] {
        let scorer = ImplementationScorer(agreement: Fixtures.agreement(provisions), reading: reading)
        let rows = try scorer.scores(evidence, years: 2020...2022, through: Fixtures.day(lastDay))
        #expect(rows.count == provisions.count * 3)
        return Dictionary(uniqueKeysWithValues: rows.map { ("\($0.provision) \($0.year)", $0) })
    }

    @Test func eachYearIsAssessedAsOfItsLastDayOrTheLastDayOfEvidence() throws {
        let s = try scores()
        #expect(s["cut 2020"]?.asOf == Fixtures.day("2020-12-31"))
        #expect(s["cut 2022"]?.asOf == Fixtures.day("2022-06-30"))
        #expect(s["cut 2020"]?.agreement == "test")
    }

    @Test func aTargetScoresItsProgressThenFullWhenReachedLate() throws {
        let s = try scores()
        let first = try #require(s["cut 2020"])
        #expect(first.status == .pending && first.score == 1 && first.progress == 0.25)
        #expect(first.note.hasPrefix("25% of the way"))
        let second = try #require(s["cut 2021"])
        #expect(second.status == .overdue && second.score == 2 && second.progress == 0.75)
        let third = try #require(s["cut 2022"])
        #expect(third.status == .compliedLate && third.score == 3 && third.late && third.progress == nil)
        #expect(third.note.hasPrefix("late: "))
    }

    @Test func anObligationDoneLateScoresFullInTheYearItWasDone() throws {
        let early = try ImplementationScorer(agreement: Fixtures.agreement(provisions))
            .scores(evidence, years: 2020...2020, through: Fixtures.day("2020-07-01"))
        let overdue = try #require(early.first { $0.provision == "release" })
        #expect(overdue.status == .overdue && overdue.score == 2 && overdue.progress == 0.6)
        let done = try #require(try scores()["release 2020"])
        #expect(done.status == .compliedLate && done.score == 3 && done.late)
    }

    @Test func aViolationScoresZeroWithItsFlagAndALapseHasNoScore() throws {
        let s = try scores()
        let kept = try #require(s["quiet 2020"])
        #expect(kept.score == 3 && !kept.violated)
        let broken = try #require(s["quiet 2021"])
        #expect(broken.score == 0 && broken.violated && broken.readingStatus == .violated)
        let lapsed = try #require(s["leave 2021"])
        #expect(lapsed.status == .lapsed && lapsed.score == nil && lapsed.note.contains("lapsed"))
        #expect(s["leave 2020"]?.score == 1)  // 20% of the way before the requirement failed
    }

    @Test func aDisputedProvisionIsScoredUnderTheChosenReadingAndFlagged() throws {
        let text = try #require(try scores()["quiet 2020"])
        #expect(text.status == .disputed && text.disputed && text.reading == "text" && text.score == 3)
        #expect(text.note.contains("disputed: text complied, usa violated"))
        let usa = try #require(try scores(reading: "usa")["quiet 2020"])
        #expect(usa.reading == "usa" && usa.score == 0 && usa.violated && usa.disputed)
        // A provision without the chosen reading is scored by its text.
        #expect(try scores(reading: "usa")["cut 2020"]?.reading == "text")
    }

    @Test func aYearAfterTheLastDayIsRefused() throws {
        let scorer = ImplementationScorer(agreement: Fixtures.agreement(provisions))
        #expect(throws: TruceError.self) {
            try scorer.scores(evidence, years: 2020...2023, through: Fixtures.day("2022-06-30"))
        }
    }
}
