import Testing
import TruceCoder
import TruceModel

/// Inputs no article should contain, which must still end quickly with an answer.
@Suite struct LexiconBadInputTests {
    private let published = Day(iso: "2020-03-05")!

    static let strange: [String] = [
        "", " ", "\u{0}\u{0}\u{0}", "\u{FEFF}\u{200B}\u{200D}", "👩‍👩‍👧‍👦 killed 3 🙂", "e\u{301}\u{301}\u{301} 4 March",
        "مقتل 20 شخصا يوم الأربعاء", "Ｔｈｅ　２０　ｔｒｏｏｐｓ", "“”‘’«»—–…", "\"", "“", "”", "said", "according to", "He rejected the",
        "He rejected the claims", "They rejected claims.", "X told",
        "The ministry said in", ", said", "said ,", "“Hello world here,” said", "According to the ministry's",
        String(repeating: "a.", count: 100_000), String(repeating: "-", count: 100_000), String(repeating: "9", count: 100_000),
        String(repeating: "1,000,", count: 20_000), String(repeating: "“", count: 50_000), String(repeating: "\n", count: 50_000),
        String(repeating: "nine-and-a-half ", count: 20_000), String(repeating: "by the end of ", count: 20_000),
    ]

    @Test(arguments: strange)
    func everyFinderAnswers(text: String) {
        let sentence = LexicalSentence(text)
        _ = sentence.numbers
        _ = sentence.dates(published: published, anchor: published.adding(days: -3))
        _ = sentence.figures(published: published)
        _ = sentence.modality(verbRange: 0..<min(5, text.utf8.count))
        _ = ClaimFinder.claims(in: text)
        _ = NumberFinder.value(of: text)
        #expect(sentence.text == text)
    }

    @Test func tenMegabytesOfOneSentence() {
        let huge = String(repeating: "At least 20 people were killed on Wednesday near 300 troops, officials said, ", count: 135_000)
        #expect(huge.utf8.count > 10_000_000)
        #expect(!NumberFinder.numbers(in: huge).isEmpty)
        #expect(!DateFinder.dates(in: huge, published: published).isEmpty)
        #expect(!FigureFinder.figures(in: huge, published: published).isEmpty)
        _ = ClaimFinder.claims(in: huge)
    }

    @Test func fullWidthDigitsAreNotReadAsNumbers() {
        #expect(NumberFinder.numbers(in: "Ｔｈｅ　２０　ｔｒｏｏｐｓ").isEmpty)
    }
}
