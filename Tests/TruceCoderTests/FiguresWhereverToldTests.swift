import Testing
import TruceCoder
import TruceModel

/// Figures found wherever the sentence says them (issue 12 item 5): running totals of the dead and wounded, a count
/// whose noun was said before, a noun with a modifier of its own, and the date each value of a change refers to.
/// The sentences are written for these tests.
@Suite struct FiguresWhereverToldTests {
    private let published = Day(iso: "2021-06-10")!

    private func figures(_ sentence: String) -> [FoundFigure] {
        FigureFinder.figures(in: sentence, published: published)
    }

    private func only(_ sentence: String) throws -> FoundFigure {
        let found = figures(sentence)
        try #require(found.count == 1, "\(found)")
        return found[0]
    }

    @Test func aRunningTotalOfTheDeadIsAFigureNotAnAct() throws {
        let since = try only("Since the uprising began in March, at least 640 protesters have been killed, the group said.")
        #expect(since.indicator == "killed_total" && since.value == 640 && since.kind == .current)
        // It adds up from the day after "since" to publication.
        #expect(since.refersTo?.earliest.iso == "2021-03-01" && since.refersTo?.latest == published)
        let soFar = try only("The clashes have killed 97 villagers so far.")
        #expect(soFar.indicator == "killed_total" && soFar.value == 97)
        let year = try only("Landmines have wounded 210 children this year.")
        #expect(year.indicator == "wounded_total" && year.refersTo?.earliest.iso == "2021-01-01")
    }

    @Test func aCountOfOneActIsNeitherTotalNorFigure() {
        #expect(figures("Gunmen killed 14 villagers in the market on Tuesday.").isEmpty)
        // A perfect without "since", "so far", "to date" or "this year" tells one act.
        #expect(figures("Shelling has killed 9 civilians in the town.").isEmpty)
    }

    @Test func theDeadAndTheWoundedOfOneTotalAreTwoFigures() {
        let both = figures("The fighting has killed 1,800 people to date and wounded 5,200.")
        #expect(both.map(\.indicator) == ["killed_total", "wounded_total"])
        #expect(both.map(\.value) == [1_800, 5_200])
    }

    @Test func eachCountOfATotalTakesItsOwnVerb() {
        // The injuring after "and" belongs to the second count, not to the noun of the first.
        let both = figures("Shelling of the camps has killed at least 31 villagers and injured 140 since 2 May, medics said.")
        #expect(both.map(\.indicator) == ["killed_total", "wounded_total"])
        #expect(both.map(\.value) == [31, 140])
    }

    @Test func aCasualtyWordOfAnotherClauseLeavesTheCountAlone() throws {
        let fled = try only("Dozens were killed and over 30,000 people have fled the valley.")
        #expect(fled.indicator == "displaced" && fled.value == 30_000)
    }

    @Test func aWordBeforeTheNounIsItsModifier() throws {
        #expect(try only("The army holds 420 militia prisoners.").indicator == "prisoners_held")
        #expect(try only("Observers counted 75 truce violations on Friday.").indicator == "ceasefire_violations")
        // Before things struck, a word names a kind of them: a breakdown, not the count of targets.
        #expect(figures("More than 700 naval targets.").isEmpty)
        // Not a word that joins or links: "9 and prisoners" is no count of prisoners.
        #expect(figures("It freed 9 and prisoners were moved.").isEmpty)
    }

    @Test func aCountWithoutANounCountsWhatTheSentenceCountedBefore() throws {
        let held = figures("The militia still holds 260 hostages and freed 40 of them in May.")
        #expect(held.map(\.indicator) == ["hostages_held", "hostages_released"])
        #expect(held.map(\.value) == [260, 40])
        let custody = figures("Some 75 detainees were freed on Monday, and 210 remain in custody.")
        #expect(custody.map(\.value) == [75, 210] && custody.map(\.indicator) == ["prisoners_released", "prisoners_held"])
        let contrast = figures("The monitors logged 64 violations in May, down from 150 in April.")
        #expect(contrast.map(\.value) == [64, 150] && contrast.allSatisfy { $0.indicator == "ceasefire_violations" })
        // A bare number that counts something else is left alone.
        #expect(figures("The army holds 420 prisoners in 3 camps.").map(\.value) == [420])
    }

    @Test func theValueALevelChangedFromHasItsOwnDate() throws {
        let levels = figures("Some 2,500 French troops remain in the region, down from 5,100 two years ago.")
        try #require(levels.count == 2)
        #expect(levels[0].value == 2_500 && levels[0].kind == .current && levels[0].refersTo?.earliest == published)
        #expect(levels[1].value == 5_100 && levels[1].kind == .past && levels[1].refersTo?.earliest.iso.hasPrefix("2019") == true)
        let compared = figures("Monitors logged 310 violations this week, compared with 520 violations in the previous week.")
        try #require(compared.count == 2)
        #expect(compared[0].refersTo != compared[1].refersTo)
    }

    @Test func aDateOfAJoinedClauseIsThatClausesOwn() throws {
        let found = figures("The army still holds 900 prisoners and released 120 of them on Monday.")
        try #require(found.count == 2)
        #expect(found[0].refersTo?.earliest == published && found[0].indicator == "prisoners_held")
        #expect(found[1].refersTo?.earliest.iso == "2021-06-07" && found[1].indicator == "prisoners_released")
    }

    @Test func theDisplacedWhoWentHomeAreReturnees() throws {
        let back = figures("About 3 million people were displaced; some 1.4 million have since returned home.")
        #expect(back.map(\.indicator) == ["displaced", "returnees"])
        #expect(try only("More than 80,000 refugees have returned to the north.").indicator == "refugees")
        #expect(try only("Over 12,000 residents returned to their homes last month.").indicator == "returnees")
    }

    @Test func aPhraseOfPlaceMayStandBetweenTheNounAndItsValues() {
        let cut = figures("The government will cut its troop presence along the frontier from 9,000 to 4,000 by December.")
        #expect(cut.map(\.value) == [9_000, 4_000])
        #expect(cut.map(\.kind) == [.current, .target])
    }
}

/// Parts of a count and the dates of joined clauses (issue 12 item 5); sentences written for these tests.
@Suite struct FigurePartsTests {
    private let published = Day(iso: "2021-06-10")!

    @Test func aPartNamedByTheSameNounIsNoFigureOfItsOwn() {
        let found = FigureFinder.figures(in: "The jets hit over 4,000 targets, including 900 targets in the port.", published: published)
        #expect(found.map(\.value) == [4_000])
        // Only the count "including" stands before: a value compared after the list is a figure of its own.
        let compared = FigureFinder.figures(
            in: "Monitors logged 1,350 violations, including 420 explosions, compared with 980 violations a week earlier.", published: published)
        #expect(compared.map(\.value) == [1_350, 980])
        let other = FigureFinder.figures(in: "The militia freed 45 prisoners, including 6 foreign detainees.", published: published)
        #expect(other.map(\.value) == [45, 6])
    }

    @Test func aDateAfterTheJoinedClauseEndsIsNotItsOwn() throws {
        let found = FigureFinder.figures(
            in: "The army has cut its forces in the valley to 3,000 and closed two bases, the ministry said on Tuesday.", published: published)
        let troops = try #require(found.first { $0.indicator == "troops" })
        #expect(troops.refersTo?.earliest.iso == "2021-06-08")
    }
}
