import Testing
import TruceCoder
import TruceModel

@Suite struct FigureFinderTests {
    private let published = Day(iso: "2020-03-05")!

    @Test func aChangeWithADeadlineGivesACurrentValueAndATarget() throws {
        let sentence = "The United States will cut its troops in Afghanistan from 13,000 to 8,600 by July."
        let figures = FigureFinder.figures(in: sentence, published: published)
        try #require(figures.count == 2)
        #expect(figures[0].value == 13_000 && figures[0].kind == .current && figures[0].indicator == "troops")
        #expect(figures[0].refersTo == ResolvedDate(day: published))
        #expect(figures[1].value == 8_600 && figures[1].kind == .target && figures[1].indicator == "troops")
        let july = try #require(figures[1].refersTo)
        #expect(july.earliest.iso == "2020-07-01" && july.latest.iso == "2020-07-31" && july.precision == .month)
    }

    @Test func aReportedLevelIsCurrent() throws {
        let figures = FigureFinder.figures(in: "The United States has about 12,000 troops in Afghanistan.", published: published)
        try #require(figures.count == 1)
        #expect(figures[0].value == 12_000 && figures[0].kind == .current && figures[0].noun == "troops")
    }

    @Test func releasedPrisoners() throws {
        let figures = FigureFinder.figures(in: "Kabul released 1,500 Taliban prisoners on Tuesday.", published: published)
        try #require(figures.count == 1)
        #expect(figures[0].indicator == "prisoners_released" && figures[0].value == 1_500 && figures[0].kind == .current)
        #expect(figures[0].refersTo?.earliest.iso == "2020-03-03")
    }

    @Test func aPromisedReductionIsATarget() throws {
        let sentence = "Washington will reduce its forces to 4,500 by November."
        let figures = FigureFinder.figures(in: sentence, published: published)
        try #require(figures.count == 1)
        #expect(figures[0].indicator == "troops" && figures[0].value == 4_500 && figures[0].kind == .target)
        #expect(figures[0].refersTo?.earliest.iso == "2020-11-01")
        #expect(String(decoding: Array(sentence.utf8)[figures[0].range], as: UTF8.self) == "forces to 4,500")
    }

    @Test func aPledgeWithinDaysIsATargetForThatSpan() throws {
        let sentence = "The government pledged to free up to 5,000 prisoners within 135 days."
        let figures = FigureFinder.figures(in: sentence, published: published)
        try #require(figures.count == 1)
        #expect(figures[0].indicator == "prisoners_released" && figures[0].kind == .target && figures[0].value == 5_000)
        #expect(figures[0].refersTo?.latest.iso == "2020-07-18")
    }

    @Test func numbersWithoutAnIndicatorNounOrNegatedAreLeftOut() {
        #expect(FigureFinder.figures(in: "At least 20 people were killed in 2020.", published: published).isEmpty)
        #expect(FigureFinder.figures(in: "Kabul did not release 500 prisoners.", published: published).isEmpty)
        #expect(FigureFinder.figures(in: "Thousands of troops remain.", published: published).isEmpty)
        #expect(FigureFinder.figures(in: "", published: published).isEmpty)
    }

    @Test func aDeadlineForALaterClauseIsNotTheValuesOwn() throws {
        let sentence =
            "Kabul released 1,500 Taliban prisoners on Tuesday, and officials said the remaining detainees held in the north "
            + "of the country since the start of the year will be freed by July."
        let figures = FigureFinder.figures(in: sentence, published: published)
        try #require(figures.count == 1)
        #expect(figures[0].kind == .current && figures[0].value == 1_500)
    }

    @Test func casualtiesAreNotLevels() {
        #expect(FigureFinder.figures(in: "Five Ukrainian soldiers were killed overnight.", published: published).isEmpty)
        #expect(FigureFinder.figures(in: "Gunmen killed 25 soldiers at the camp.", published: published).isEmpty)
    }

    @Test func soldiersFreedByTheOtherSideArePrisonersReleased() throws {
        let figures = FigureFinder.figures(in: "The Taliban said they would release 20 Afghan soldiers in the coming days.", published: published)
        try #require(figures.count == 1)
        #expect(figures[0].indicator == "prisoners_released" && figures[0].kind == .target)
    }

    @Test func aValueHoldsAtTheReportsDateNotSinceWhen() throws {
        let sentence = "The government has freed about 750 Taliban prisoners since it began releasing them last month, officials said on Thursday."
        let figures = FigureFinder.figures(in: sentence, published: Day(iso: "2020-05-01")!)
        try #require(figures.count == 1)
        #expect(figures[0].refersTo?.earliest.iso == "2020-04-30")
    }

    @Test func aFutureVerbAfterTheNounMakesATarget() throws {
        let figures = FigureFinder.figures(in: "About 1,960 Russian peacekeepers will be stationed in the region.", published: published)
        try #require(figures.count == 1)
        #expect(figures[0].indicator == "peacekeepers" && figures[0].kind == .target && figures[0].value == 1_960)
    }

    @Test func prisonersHeldBySomeoneAreNotAPastAct() throws {
        let sentence = "Up to 5,000 Taliban prisoners held by Kabul and up to 1,000 prisoners held by the Taliban should be freed by March 10."
        let figures = FigureFinder.figures(in: sentence, published: Day(iso: "2020-02-29")!)
        try #require(figures.count == 2)
        #expect(figures.allSatisfy { $0.kind == .target && $0.refersTo?.earliest.iso == "2020-03-10" })
    }

    @Test func aNounBeforeTheNumberMustLeadIntoIt() throws {
        #expect(FigureFinder.figures(in: "Both sides are to pull their forces out of the city and its three ports.", published: published).isEmpty)
        let figures = FigureFinder.figures(
            in: "The United States has cut its forces in Afghanistan to 8,600, the Pentagon said on Monday.", published: published)
        try #require(figures.count == 1)
        #expect(figures[0].kind == .current && figures[0].refersTo?.earliest.iso == "2020-03-02")
    }

    @Test func manyNumbersInOneLongSentenceStayFast() {
        let sentence = String(repeating: "500 troops and 20 prisoners by July, ", count: 3_000)
        #expect(FigureFinder.figures(in: sentence, published: published).count > 1_000)
    }

    @Test func withdrawnTroopsAreNotALevel() throws {
        let figures = FigureFinder.figures(in: "The Pentagon withdrew 2,000 soldiers last month.", published: published)
        try #require(figures.count == 1)
        #expect(figures[0].indicator == "troops_withdrawn")
        #expect(figures[0].refersTo?.precision == .month)
    }
}
