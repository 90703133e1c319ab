import Testing
import TruceModel

@testable import TruceCoder

/// Background is not news: history and totals told as context are not new events.
@Suite struct BackgroundTests {
    let coder = ArticleCoder()

    func code(_ text: String, date: String) -> CodingResult {
        coder.code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: date)))
    }

    @Test func anActOfYearsAgoIsNotANewEvent() {
        let result = code(
            "Militants attacked a police checkpoint in Kandahar province on Monday, killing four officers. "
                + "The same group carried out the bombing of a market in 2009, which killed 30 people.",
            date: "2022-05-11")
        #expect(result.events.contains { $0.fatalities.best == 4 && $0.date?.earliest == Day(iso: "2022-05-09") })
        #expect(!result.events.contains { $0.fatalities.best == 30 || $0.fatalities.low == 30 })
        #expect(result.events.allSatisfy { $0.modality != .done || $0.date.map { $0.earliest.iso >= "2022-04" } ?? true })
    }

    @Test func aTotalOverYearsIsAPastFigureNotAnEvent() throws {
        let result = code("Over nineteen years of war, insurgents killed 2,400 American soldiers.", date: "2020-03-01")
        #expect(!result.events.contains { $0.fatalities.best == 2_400 || $0.fatalities.low == 2_400 })
        let total = try #require(result.figures.first { $0.indicator == "killed_total" })
        #expect(total.value == 2_400 && total.kind == .past)
    }

    @Test func aDayNamedBesideTheYearsKeepsTheAct() {
        let result = code("On Monday, after two decades of war, gunmen killed six soldiers in Helmand province.", date: "2021-08-31")
        #expect(result.events.contains { $0.fatalities.best == 6 })
    }

    @Test func aStretchOfYearsIsToldBySpanNotByAgo() {
        #expect(Self.spansYears(["for", "two", "decades"]) && Self.spansYears(["over", "our", "20", "years", "at", "war"]))
        #expect(!Self.spansYears(["two", "years", "ago"]) && !Self.spansYears(["in", "the", "coming", "years"]))
    }

    @Test func aTotalOverMonthsOfWarIsAPastFigureNotAnEvent() throws {
        let result = code(
            "More than 1,200 people were killed in the north during the 14 months of fighting, the health ministry said.",
            date: "2024-12-02")
        #expect(!result.events.contains { ($0.fatalities.low ?? $0.fatalities.best ?? 0) >= 1_200 })
        let total = try #require(result.figures.first { $0.indicator == "killed_total" })
        #expect(total.value >= 1_200 && total.kind == .past)
    }

    @Test func aWarsTollIsAPastFigureNotAnEvent() throws {
        let result = code("The war, which began in 2020, killed hundreds of thousands of people, researchers said.", date: "2024-11-02")
        #expect(!result.events.contains { ($0.fatalities.low ?? $0.fatalities.best ?? 0) >= 10_000 })
        let total = try #require(result.figures.first { $0.indicator == "killed_total" })
        #expect(total.value >= 100_000 && total.kind == .past)
        // A toll of one attack stays an event.
        #expect(code("A bomb killed 90 people at a market on Friday.", date: "2024-11-02").events.contains { $0.fatalities.best == 90 })
    }

    @Test func aStretchOfMonthsIsAWholeNotOneActsDuration() {
        let words = { (text: String) in text.split(separator: " ").map(String.init) }
        #expect(ArticleCoding.spansMonths(words("in eleven months of war")))
        #expect(ArticleCoding.spansMonths(words("over the past 6 months")))
        #expect(!ArticleCoding.spansMonths(words("rebels held the town for two months")))
        #expect(!ArticleCoding.spansMonths(words("in the coming months")))
        #expect(!ArticleCoding.spansMonths(words("three months ago")))
        #expect(!ArticleCoding.spansMonths(words("in the past month")))
    }

    @Test func anAttackOfTheDayAfterMonthsOfCalmIsNews() {
        let result = code("On Monday, after six months of calm, gunmen killed five soldiers near the border.", date: "2024-12-03")
        #expect(result.events.contains { $0.fatalities.best == 5 })
    }

    static func spansYears(_ words: [String]) -> Bool { ArticleCoding.spansYears(words) }
}
