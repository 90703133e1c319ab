import Testing
import TruceModel

@testable import TruceCoder

/// Issue 12 item 3: an act promised, demanded or supposed has not happened, so it has no day of the story's; it keeps
/// only a day its own sentence names. An act denied or not done is about a day, and keeps the story's.
@Suite struct ForeseenActDateTests {
    let coder = ArticleCoder()

    func code(_ text: String, date: String) -> CodingResult {
        coder.code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: date)))
    }

    /// A condition in the lead does not take the day the next sentence names for what was done.
    @Test func aConditionTakesNoDayFromTheStory() throws {
        let result = code(
            "If the rebels attack the airport again, the army will strike their camps.\n\n"
                + "On Tuesday, rebels shelled the airport in Juba, killing three guards.",
            date: "2023-05-18")
        let shelling = try #require(result.events.first { $0.fatalities.best == 3 || $0.fatalities.low == 3 })
        #expect(shelling.date?.earliest.iso == "2023-05-16")
        let foreseen = result.events.filter { $0.modality != .done }
        #expect(!foreseen.isEmpty)
        #expect(foreseen.allSatisfy { $0.date == nil }, "\(foreseen.map { ($0.code, $0.modality, $0.date?.earliest.iso) })")
    }

    /// After a day named for what was done, a demand or a promise in the next sentence is still undated.
    @Test(arguments: [
        "The governor demanded that the army strike the militants.",
        "The army vowed to attack the militants in their camps.",
        "The army would strike the militants if they returned.",
    ])
    func aDemandOrAPromiseAfterADatedActHasNoDay(second: String) {
        let result = code(
            "On Monday, militants attacked a police checkpoint in Kandahar province, killing four officers. " + second, date: "2022-05-11")
        let foreseen = result.events.filter { $0.modality != .done && $0.modality != .negated && $0.modality != .denied }
        #expect(!foreseen.isEmpty, "\(second)")
        #expect(foreseen.allSatisfy { $0.date == nil }, "\(second)")
        #expect(result.events.filter { $0.fatalities.best == 4 || $0.fatalities.low == 4 }.compactMap { $0.date?.earliest.iso } == ["2022-05-09"])
    }

    /// A foreseen act whose own sentence names a day keeps that day.
    @Test func aForeseenActKeepsTheDayItsSentenceNames() throws {
        let result = code("The army will withdraw from Kunduz on Friday.", date: "2022-05-11")
        let withdrawal = try #require(result.events.first { $0.modality == .promised })
        #expect(withdrawal.date?.earliest.iso == "2022-05-13")
    }

    /// A denial is about an act of a day: the story's.
    @Test func aDeniedActKeepsTheStorysDay() throws {
        let result = code(
            "On Monday, militants attacked a police checkpoint in Kandahar province, killing four officers. The Taliban denied attacking the checkpoint.",
            date: "2022-05-11")
        let denied = try #require(result.events.first { $0.modality == .denied })
        #expect(denied.date?.earliest.iso == "2022-05-09")
    }
}
