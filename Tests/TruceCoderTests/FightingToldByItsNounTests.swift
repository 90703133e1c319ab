import Testing
import TruceCoder
import TruceModel
import TruceTestSupport

/// Fighting told by its noun, and who reports an act (issue 12 item 6). The sentences are written for these tests.
@Suite struct FightingToldByItsNounTests {
    private let published = Fixtures.day("2022-04-12")

    private func events(_ text: String) -> [CodedEvent] {
        ArticleCoder().code(Article(origin: "t", text: text, publicationDate: published)).events
    }

    @Test func aNounOfFightingThatGoesOnReportsTheFighting() throws {
        let went = events("Heavy fighting continued in the northern suburbs on Saturday, witnesses said.")
        let fighting = try #require(went.first { $0.acledEventType == "Battles" }, "\(went)")
        #expect(fighting.date?.earliest.iso == "2022-04-09" && fighting.actor1 == nil && fighting.actor2 == nil)
        let shelling = events("Shelling resumed overnight around the airport.")
        #expect(shelling.contains { $0.code == "194" })
        #expect(events("Clashes broke out near the port on Monday.").contains { $0.acledEventType == "Battles" })
    }

    @Test func aNounOfFightingThatIsNotTheSubjectReportsNothing() {
        #expect(!events("The envoy called for the fighting to stop.").contains { $0.acledEventType == "Battles" })
        #expect(!events("Residents fled the fighting that continued for weeks.").contains { $0.acledEventType == "Battles" })
        #expect(!events("Fears of renewed fighting continued to grow among residents.").contains { $0.acledEventType == "Battles" })
    }

    @Test func whoReportsAnActIsNotItsTarget() throws {
        let market = events("At least 9 civilians were killed when shells hit a market, according to the Syrian Observatory for Human Rights.")
        let killing = try #require(market.first { $0.fatalities.low == 9 }, "\(market)")
        #expect(killing.actor2?.name == "Civilians")
    }
}

/// A running total of the dead is a figure, not an act of the day (issue 12 item 5).
@Suite struct RunningTotalNotAnActTests {
    @Test func aRunningTotalReportsNoKilling() {
        let text = "The insurgency has killed more than 3,000 villagers to date, the ministry says."
        let result = ArticleCoder().code(Article(origin: "t", text: text, publicationDate: Fixtures.day("2022-04-12")))
        #expect(!result.events.contains { $0.acledEventType != nil && $0.modality == .done }, "\(result.events)")
        #expect(result.figures.map(\.indicator) == ["killed_total"] && result.figures.first?.value == 3_000)
        // One act of the day, in the perfect, stays an act.
        let act = "Gunmen have killed 14 villagers in an attack on Monday."
        let coded = ArticleCoder().code(Article(origin: "t", text: act, publicationDate: Fixtures.day("2022-04-12")))
        #expect(coded.events.contains { $0.fatalities.low == 14 } && coded.figures.isEmpty)
    }
}
