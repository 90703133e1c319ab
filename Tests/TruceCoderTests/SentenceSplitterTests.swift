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
}
