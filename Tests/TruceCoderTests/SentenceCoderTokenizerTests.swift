import Testing
import TruceCoder

@Suite struct SentenceCoderTokenizerTests {
    func words(_ text: String) -> [String] { WordTokenizer.tokenize(text).map(\.text) }

    @Test func upperCasesAndSplitsPossessivesAndContractions() {
        #expect(words("Gondor's army didn't move.") == ["GONDOR", "'S", "ARMY", "DID", "N'T", "MOVE", "."])
        #expect(words("They can't, won't.") == ["THEY", "CA", "N'T", ",", "WO", "N'T", "."])
    }

    @Test func keepsAbbreviationsHyphensAndNumbersWhole() {
        #expect(words("The U.S. and al-Qaeda") == ["THE", "U.S.", "AND", "AL-QAEDA"])
        #expect(words("13,000 troops, 1.5 km") == ["13,000", "TROOPS", ",", "1.5", "KM"])
        #expect(words("an anti- Gondor parade") == ["AN", "ANTI", "-", "GONDOR", "PARADE"])
    }

    @Test func rangesAreUtf8OffsetsIntoTheSentence() {
        let sentence = "Kaboul – Hérat attaqué"
        let tokens = WordTokenizer.tokenize(sentence)
        let bytes = Array(sentence.utf8)
        let herat = tokens.first { $0.text == "HÉRAT" }
        #expect(herat != nil)
        if let herat { #expect(String(decoding: bytes[herat.range], as: UTF8.self) == "Hérat") }
        #expect(tokens.first?.isCapitalized == true)
    }

    @Test func curlyApostrophesActLikeStraightOnes() {
        #expect(words("Gondor’s troops") == ["GONDOR", "'", "S", "TROOPS"] || words("Gondor’s troops") == ["GONDOR", "'S", "TROOPS"])
    }

    @Test func capsTheTokensOfAHugeSentence() {
        let tokens = WordTokenizer.tokenize(String(repeating: "word ", count: 100_000))
        #expect(tokens.count == WordTokenizer.maximumTokens)
    }
}
