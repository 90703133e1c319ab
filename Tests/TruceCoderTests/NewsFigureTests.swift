import Testing
import TruceCoder
import TruceModel

/// Figures that news tracks besides troop levels: aid, counted attacks, hostages, the displaced.
@Suite struct NewsFigureTests {
    private let published = Day(iso: "2020-03-05")!

    private func only(_ sentence: String) throws -> FoundFigure {
        let figures = FigureFinder.figures(in: sentence, published: published)
        try #require(figures.count == 1, "\(figures)")
        return figures[0]
    }

    @Test func aidTrucksAndFuelTrucks() throws {
        let food = try only("Aid agencies moved 350 trucks of food into the enclave on Sunday.")
        #expect(food.indicator == "aid_trucks" && food.value == 350)
        let fuel = try only("Only 40 trucks of fuel crossed at the southern gate.")
        #expect(fuel.indicator == "fuel_trucks" && fuel.value == 40)
    }

    @Test func theValueIsTheNumberAsWritten() throws {
        let held = try only("The rebels still hold more than 2,000 prisoners in the north.")
        // Held, as "hold" says (`HeldAndBreachCountTests`).
        #expect(held.value == 2_000 && held.indicator == "prisoners_held")
    }

    @Test func peopleDisplacedOrFled() throws {
        let displaced = try only("Some 45,000 residents have been displaced by the shelling.")
        #expect(displaced.indicator == "displaced" && displaced.value == 45_000 && displaced.kind == .current)
        let fled = try only("More than 12,000 people have fled the town.")
        #expect(fled.indicator == "displaced" && fled.value == 12_000)
        let refugees = try only("Over 40,000 Syrians now live as refugees in the province.")
        #expect(refugees.indicator == "displaced" && refugees.value == 40_000)
        #expect(FigureFinder.figures(in: "The city is home to 900,000 people and thousands of displaced families.", published: published).isEmpty)
    }

    @Test func hostagesTakenReleasedOrHeld() throws {
        #expect(try only("Gunmen took 30 hostages at the school on Friday.").indicator == "hostages_taken")
        #expect(try only("The group freed 14 hostages near the border.").indicator == "hostages_released")
        #expect(try only("The militia still holds 60 hostages.").indicator == "hostages_held")
        let taken = try only("About 90 villagers were taken hostage in the raid.")
        #expect(taken.indicator == "hostages_taken" && taken.value == 90)
    }

    @Test func peopleReleasedAreDetaineesReleased() throws {
        let released = try only("Mediators secured the release of 22 foreign nationals this week.")
        #expect(released.indicator == "detainees_released" && released.value == 22)
        let detained = try only("The deal secured the release of 17 citizens detained abroad.")
        #expect(detained.indicator == "detainees_released" && detained.value == 17)
        #expect(try only("Only 9 civilians released so far.").indicator == "detainees_released")
    }

    @Test func peopleWithNothingSaidOfThemAreNoFigure() {
        #expect(FigureFinder.figures(in: "Nearly 300 people attended the funeral on Monday.", published: published).isEmpty)
        #expect(FigureFinder.figures(in: "At least 12 civilians were killed in the shelling.", published: published).isEmpty)
    }

    @Test func countedStrikesAndViolations() throws {
        let strikes = try only("The coalition carried out 48 strikes against militia positions this week.")
        #expect(strikes.indicator == "strikes" && strikes.value == 48)
        let violations = try only("Monitors recorded 112 violations along the line on Saturday.")
        #expect(violations.indicator == "ceasefire_violations" && violations.value == 112)
    }

    @Test func troopsSentSomewhereAreDeployed() throws {
        let sent = try only("Chad sent 2,000 of its own soldiers to the border.")
        #expect(sent.indicator == "troops_deployed" && sent.value == 2_000)
    }

    @Test func aValueOfLongAgoIsPast() throws {
        let old = try only("In 2012 the alliance had 130,000 troops in the country.")
        #expect(old.kind == .past && old.value == 130_000)
        #expect(try only("The alliance has 13,000 troops in the country.").kind == .current)
    }

    @Test func aTargetWithoutADeadlineIsDueOnTheDayNamed() throws {
        let figures = FigureFinder.figures(in: "The government will release 500 prisoners on January 5.", published: Day(iso: "2021-12-20")!)
        try #require(figures.count == 1)
        #expect(figures[0].kind == .target && figures[0].refersTo?.earliest.iso == "2022-01-05")
    }
}
