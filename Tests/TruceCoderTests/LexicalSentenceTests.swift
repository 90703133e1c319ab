import Testing
import TruceCoder
import TruceModel

@Suite struct LexicalSentenceTests {
    @Test func oneReadingAnswersLikeTheSeparateFinders() throws {
        let published = try #require(Day(iso: "2020-03-05"))
        let text = "The United States pledged on Wednesday to cut its troops from 13,000 to 8,600 by July, officials said."
        let sentence = LexicalSentence(text)
        #expect(sentence.numbers == NumberFinder.numbers(in: text))
        #expect(sentence.dates(published: published) == DateFinder.dates(in: text, published: published))
        #expect(sentence.figures(published: published) == FigureFinder.figures(in: text, published: published))
        #expect(sentence.figures(published: published).count == 2)
        let cut = try #require(text.utf8.firstRange(of: "cut".utf8))
        let range =
            text.utf8.distance(from: text.utf8.startIndex, to: cut.lowerBound)..<text.utf8.distance(from: text.utf8.startIndex, to: cut.upperBound)
        #expect(sentence.modality(verbRange: range) == .promised)
        #expect(ModalityDetector.modality(of: text, verbRange: range) == .promised)
        #expect(sentence.dates(published: published).map(\.role) == [.point, .deadline])
    }
}
