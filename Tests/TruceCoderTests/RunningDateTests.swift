import Testing
import TruceModel

@testable import TruceCoder

/// A date named once dates the sentences that go on with its story, told in the past; a sentence told in the
/// present or the future speaks of the time of writing and is dated by publication.
@Suite struct RunningDateTests {
    let coder = ArticleCoder()

    func code(_ text: String, date: String) -> CodingResult {
        coder.code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: date)))
    }

    func dates(killing killed: Int, in result: CodingResult) -> [String] {
        result.events.filter { ($0.fatalities.low ?? $0.fatalities.best) == killed }.compactMap { $0.date?.earliest.iso }
    }

    @Test func theNextSentenceOfTheParagraphGoesOnWithTheDay() {
        let result = code(
            "On Monday, militants attacked a police checkpoint in Kandahar province, killing four officers. "
                + "Gunmen then killed two soldiers near the checkpoint.",
            date: "2022-05-11")
        #expect(dates(killing: 4, in: result) == ["2022-05-09"])
        #expect(dates(killing: 2, in: result) == ["2022-05-09"])
    }

    @Test func aSentenceInThePresentSpeaksOfTheTimeOfWriting() {
        let result = code(
            "On Monday, militants attacked a police checkpoint in Kandahar province, killing four officers. "
                + "Government forces are shelling militant positions in Helmand province.",
            date: "2022-05-11")
        #expect(dates(killing: 4, in: result) == ["2022-05-09"])
        let shelling = result.events.filter { $0.code.hasPrefix("194") }
        #expect(!shelling.isEmpty && shelling.allSatisfy { $0.date?.earliest.iso == "2022-05-11" })
    }

    @Test func thePerfectTellsWhatWasDone() {
        let result = code(
            "On Monday, militants attacked a police checkpoint in Kandahar province, killing four officers. "
                + "They have killed two soldiers near the checkpoint.",
            date: "2022-05-11")
        #expect(dates(killing: 2, in: result) == ["2022-05-09"])
    }
}
