import Testing
import TruceModel

@testable import TruceCoder

/// What official statements on a truce tell in passing (issue 12 items 5 and 6): counts listed after one verb, the dead
/// handed back, people displaced and soldiers returned, names with digits, the parties named as "both countries", an
/// act named again by its noun, and the subject after an opening phrase. The sentences are written for these tests.
@Suite struct StatementFactsTests {
    private let published = Day(iso: "2025-08-09")!

    private func figures(_ sentence: String) -> [FoundFigure] {
        FigureFinder.figures(in: sentence, published: published)
    }

    private func code(_ text: String, published: Day? = nil) -> CodingResult {
        ArticleCoder().code(Article(origin: "t", text: text, publicationDate: published ?? self.published))
    }

    @Test func aCountListedAfterACasualtyCountSharesItsVerb() {
        // Both counts are of the dead: no level of troops.
        #expect(figures("Three days of clashes killed at least 40 Armenian soldiers and 35 Azerbaijani servicemen.").isEmpty)
        #expect(figures("The shelling wounded 12 policemen, 9 soldiers and more than 20 marines.").isEmpty)
        // A count that opens a clause of its own keeps its meaning.
        let clause = figures("The raid killed five soldiers, and 3,000 troops remain in the province.")
        #expect(clause.map(\.indicator) == ["troops"] && clause.first?.value == 3_000)
        // The sentence's casualties still add up both counts.
        let result = code("Fighting on the border on Tuesday killed 40 Armenian soldiers and 35 Azerbaijani servicemen.")
        #expect(result.events.contains { $0.fatalities.best == 75 }, "\(result.events.map(\.fatalities))")
    }

    @Test func theRemainsOfSoldiersAreTheDeadNotALevel() {
        #expect(figures("Azerbaijan agreed to return the remains of 12 Armenian servicemen.").isEmpty)
        #expect(figures("The bodies of 30 soldiers were handed to the Red Cross.").isEmpty)
        #expect(figures("Azerbaijan keeps 12,000 troops in the region.").map(\.indicator) == ["troops"])
    }

    @Test func soldiersReturnedArePrisonersFreed() throws {
        let returned = figures("On Wednesday Thailand returned 18 Cambodian soldiers it had captured during the clashes.")
        try #require(returned.count == 1, "\(returned)")
        #expect(returned[0].indicator == "prisoners_released" && returned[0].value == 18)
        #expect(figures("Kyiv repatriated 150 prisoners of war.").map(\.indicator) == ["prisoners_released"])
        // Troops who come home are not freed prisoners.
        #expect(figures("About 2,000 troops returned to their barracks.").map(\.indicator) == ["troops"])
    }

    @Test func aCountAfterAVerbOfDisplacingIsOfPeopleDisplaced() throws {
        let bare = figures("The fighting killed at least 43 people and displaced more than 300,000.")
        #expect(bare.map(\.indicator) == ["displaced"] && bare.first?.value == 300_000, "\(bare)")
        let people = figures("The floods of war uprooted 2 million people in Darfur.")
        #expect(people.map(\.indicator) == ["displaced"] && people.first?.value == 2_000_000)
        let fled = figures("At least 115 people were killed and more than 6,000 were forced to flee their homes.")
        #expect(fled.map(\.indicator) == ["displaced"] && fled.first?.value == 6_000, "\(fled)")
        let homes = figures("More than 12 million people have been forced from their homes since the war began.")
        #expect(homes.map(\.indicator) == ["displaced"] && homes.first?.value == 12_000_000, "\(homes)")
        #expect(figures("Gunmen killed 14 people in their homes.").isEmpty)
        // A verb of displacing with a count of something else is no figure of people.
        #expect(figures("The storm displaced 40 containers at the port.").isEmpty)
    }

    @Test func digitsGluedToLettersNameNoCount() {
        #expect(NumberFinder.numbers(in: "M23 fighters entered the town.").isEmpty)
        #expect(NumberFinder.numbers(in: "Two F-16 jets and a MiG-29 were seen.").map(\.value) == [2])
        #expect(NumberFinder.numbers(in: "G7 leaders met 40 envoys.").map(\.value) == [40])
        #expect(figures("The M23 fighters seized the airport.").isEmpty)
        // A range written with a hyphen between digits is still a count.
        #expect(NumberFinder.numbers(in: "Between 10-15 soldiers were hurt.").first?.value == 10)
    }

    @Test func aTollOfAWarIsFiguredAsWrittenNotAsItsLeastCount() throws {
        let result = code("Today the two ministers signed an accord ending a war that has killed more than six million people over three decades.")
        let total = try #require(result.figures.first { $0.indicator == "killed_total" })
        #expect(total.value == 6_000_000 && total.kind == .past)
    }

    @Test func twoCountriesNamedTogetherAreTheParties() throws {
        let countries = code("Both countries will withdraw their troops from the border within 30 days.").commitments
        #expect(countries.first?.obligor?.name == "both parties", "\(countries)")
        let militaries = code("The two militaries will hold talks on Monday.").commitments
        #expect(militaries.first?.obligor?.name == "both parties", "\(militaries)")
        // "All countries" is anyone, not the agreement's parties.
        #expect(!code("All countries must respect the ceasefire.").commitments.contains { $0.obligor?.name == "all parties" })
    }

    @Test func anActNamedAgainByItsNounIsTheActToldBefore() throws {
        let result = code(
            "U.S. forces conducted an airstrike against al-Shabaab fighters near Jilib on Sunday. "
                + "Initial assessments indicate that the strike killed three militants.")
        let violent = result.events.filter { EventKinds.isViolent($0.code) && $0.modality == .done }
        try #require(violent.count == 1, "\(violent.map { ($0.code, $0.actor1?.name, $0.fatalities.best) })")
        #expect(violent[0].fatalities.best == 3 && violent[0].actor1?.code?.hasPrefix("USA") == true)
        // A new act told with "an" is an event of its own.
        let two = code("Gunmen attacked a market in Gao on Monday. An explosion killed four soldiers near Kidal on Tuesday.")
        #expect(two.events.filter { EventKinds.isViolent($0.code) }.count == 2)
        #expect(Self.namesActBefore("The drone strike also killed two commanders.", verb: "killed"))
        #expect(!Self.namesActBefore("After the strike gunmen killed two guards.", verb: "killed"))
    }

    private static func namesActBefore(_ sentence: String, verb: String) -> Bool {
        let words = CasualtyWords.words(sentence)
        guard let found = words.first(where: { $0.text == verb }) else { return false }
        return ArticleCoding.namesActBefore(verbRange: found.range, words: words)
    }

    @Test func theSubjectFollowsAnOpeningPhraseThatNamesAnother() throws {
        let result = code(
            "At the request of the Federal Government of Somalia, U.S. Africa Command conducted an airstrike against al-Shabaab on Sunday.")
        let strike = try #require(result.events.first { EventKinds.isViolent($0.code) })
        #expect(strike.actor1?.code?.hasPrefix("USA") == true, "\(String(describing: strike.actor1))")
        // A list of countries closed by "and" still shares its noun.
        let coder = ArticleCoder().sentenceCoder
        let list = coder.actors(in: "The ambassadors of France, Germany and Italy condemned Russia.").map(\.name)
        #expect(["France ambassador", "Germany ambassador", "Italy ambassador"].allSatisfy(list.contains), "\(list)")
        // Commas alone make no list: the second country is the subject of the main clause, with its own noun.
        let opening = coder.actors(in: "At the request of the Government of Somalia, U.S. forces conducted a strike.").map(\.name)
        #expect(opening.contains("Somalia government") && !opening.contains { $0.hasSuffix("forces government") }, "\(opening)")
    }

    @Test func hostagesHeldAreAStateNotAnArrest() {
        let result = code("Hamas still holds 79 hostages in Gaza.")
        #expect(result.figures.contains { $0.indicator == "hostages_held" && $0.value == 79 })
        #expect(!result.events.contains { EventKinds.isDetention($0.code) }, "\(result.events.map(\.code))")
        // Taking them is an act.
        let taken = code("Gunmen seized 20 hostages at a hotel in Bamako on Monday.")
        #expect(!taken.events.isEmpty && taken.figures.contains { $0.indicator == "hostages_taken" }, "\(taken.events.map(\.code))")
    }

    @Test func deathsBelievedAreNoKillingReported() {
        let believed = code("Hamas still holds 79 hostages, and Israeli officials believe that at least 35 of them are dead.")
        #expect(!believed.events.contains { EventKinds.isViolent($0.code) }, "\(believed.events.map(\.code))")
        #expect(!believed.figures.contains { $0.value == 35 && $0.indicator.hasPrefix("hostages") }, "\(believed.figures)")
        // Deaths told without a belief are news.
        let news = code("At least 20 people are dead after a car bomb exploded at a market in Mogadishu on Monday.")
        #expect(news.events.contains { $0.fatalities.best == 20 || $0.fatalities.low == 20 }, "\(news.events.map(\.fatalities))")
        #expect(Self.believes("The families fear that their sons are dead.") && !Self.believes("Six soldiers are dead."))
    }

    private static func believes(_ sentence: String) -> Bool {
        ArticleCoding.tellsBelievedDeaths(CasualtyWords.words(sentence).map(\.text))
    }

    @Test func theMonthMayIsNoModal() {
        let may = Day(iso: "2025-05-10")
        let done = code("The fighting began on May 7, when Indian missiles struck nine sites in Pakistan.", published: may)
        #expect(done.events.contains { EventKinds.isViolent($0.code) && $0.modality == .done }, "\(done.events.map(\.modality))")
        let opening = code("May 7 saw missiles strike nine sites in Pakistan.", published: may)
        #expect(!opening.events.contains { $0.modality == .hypothetical }, "\(opening.events.map(\.modality))")
        // The modal, written small, still tells an act that may come.
        let modal = code("Indian missiles may strike sites in Pakistan on Monday.", published: may)
        #expect(modal.events.allSatisfy { $0.modality != .done }, "\(modal.events.map(\.modality))")
    }
}
