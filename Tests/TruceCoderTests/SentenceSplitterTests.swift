import Testing

@testable import TruceCoder

@Suite struct SentenceSplitterTests {
    func split(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return SentenceSplitter.sentences(in: text).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func abbreviationsInitialsDecimalsAndTimes() {
        let text = """
            U.S. Army Lt. Col. David Smith met Gen. R.J. Peek on Jan. 25 at 10 a.m. in St. Louis. \
            The strike killed 3.5 percent of No. 2 Company. Mr. Khan left.
            """
        #expect(
            split(text) == [
                "U.S. Army Lt. Col. David Smith met Gen. R.J. Peek on Jan. 25 at 10 a.m. in St. Louis.",
                "The strike killed 3.5 percent of No. 2 Company.", "Mr. Khan left.",
            ])
    }

    @Test func quotesEllipsesQuestionsAndParagraphs() {
        let text = "“We will respond,” he said. “Is it over?” she asked… Then silence.\n\nA new paragraph\nA heading line"
        #expect(
            split(text) == ["“We will respond,” he said.", "“Is it over?” she asked…", "Then silence.", "A new paragraph", "A heading line"])
    }

    @Test func hardWrappedLinesJoin() {
        let text = "Afghan and coalition forces detained two suspected insurgents in the southern\nprovince of Helmand on Wednesday."
        #expect(split(text).count == 1)
    }

    @Test func longTextWithoutStopsIsCut() {
        let text = String(repeating: "word ", count: 200_000)
        let ranges = SentenceSplitter.sentences(in: text)
        #expect(ranges.count > 100)
        #expect(ranges.allSatisfy { $0.count <= SentenceSplitter.defaultMaximumLength })
        #expect(SentenceSplitter.sentences(in: "").isEmpty)
        #expect(SentenceSplitter.sentences(in: "  \n\n ").isEmpty)
    }

    @Test func lineAndParagraphSeparatorsBreakLinesAsALineFeedDoes() {
        #expect(split("Kabul update\u{2028}Taliban fighters attacked a checkpoint.") == ["Kabul update", "Taliban fighters attacked a checkpoint."])
        #expect(
            split("Afghan and coalition forces detained two suspected insurgents in the southern\u{2029}Helmand") == [
                "Afghan and coalition forces detained two suspected insurgents in the southern", "Helmand",
            ])
    }

    @Test func theAbbreviationRuleIsOneForSentencesAndSpeakers() {
        // The splitter keeps "Gen." and "R." with the name; the speaker phrase of a claim keeps them too.
        #expect(split("Gen. R. Peek said the talks failed. The army left.") == ["Gen. R. Peek said the talks failed.", "The army left."])
        #expect(Abbreviations.takesFullStop("gen", isCapitalized: true))
        #expect(Abbreviations.takesFullStop("r", isCapitalized: true))
        #expect(!Abbreviations.takesFullStop("r", isCapitalized: false))
        #expect(!Abbreviations.takesFullStop("failed", isCapitalized: false))
    }
}
