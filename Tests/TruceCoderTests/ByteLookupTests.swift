import Testing

@testable import TruceCoder

/// The byte-keyed lookups that stand in for String dictionaries must give the same answers.
@Suite struct ByteLookupTests {
    @Test func tableFindsEveryKeyAndNothingElse() {
        var dictionary: [String: Int] = [:]
        for index in 0..<3000 { dictionary["WORD\(index)"] = index }
        let table = ByteKeyTable(asciiKeysOf: dictionary)
        #expect(table != nil)
        for (key, value) in dictionary { #expect(table?.answer(for: key) == .some(value)) }
        #expect(table?.answer(for: "WORD3000") == .some(nil))
        #expect(table?.answer(for: "") == .some(nil))
        // Text beyond ASCII is for the String dictionary, which knows canonical equivalence.
        #expect(table?.answer(for: "WORDÉ") == nil)
    }

    @Test func aKeyEquivalentToASCIITextRulesTheTableOut() {
        // "\u{212A}" (Kelvin sign) is canonically "K": the String "K" equals it, the bytes do not.
        #expect("\u{212A}" == "K")
        #expect(ByteKeyTable(asciiKeysOf: ["\u{212A}ABUL": 1, "KANDAHAR": 2]) == nil)
        #expect(ByteKeyTable(asciiKeysOf: ["BADAKHSHĀN": 1, "KANDAHAR": 2])?.answer(for: "KANDAHAR") == .some(2))
    }

    @Test func wordListIgnoresASCIICaseOnly() {
        let list = ASCIIWordList(["district", "village", "of"])
        let text = Array("Of DISTRICT Village villages districts ofs".utf8)
        let words = text.withUnsafeBufferPointer { Gazetteer.words($0) }
        let found = text.withUnsafeBufferPointer { bytes in words.map { list.contains(bytes, $0) } }
        #expect(found == [true, true, true, false, false, false])
    }

    @Test func classifiedTokensMatchTheDictionaryLookups() {
        let dictionaries = CoderDictionaries.builtIn
        let sentence = "The Taliban didn’t attack; they WOULD NOT, said Afghan police in Kandahar and Kelvin’s \u{212A}ABUL."
        for token in dictionaries.classifiedTokens(sentence) {
            #expect(token.classes == (dictionaries.wordClasses[token.text] ?? []), "\(token.text)")
        }
    }

    @Test func linesEndAtLineFeedsThatAreCharactersOfTheirOwn() {
        // "\r\n" is one character, and the cleaner has always split by characters: it does not end a line.
        #expect(ArticleCleaner.cleanLines("One line.\r\nstill it.\nTwo.") == ["One line.\r\nstill it.", "Two."])
        #expect(ArticleCleaner.cleanLines("  \u{00A0}Padded line.\u{2028} \n\n\n Next ") == ["Padded line.", "", "Next"])
        // A space with a combining mark is one character, trimmed whole, as before.
        #expect(ArticleCleaner.cleanLines(" \u{301}x") == ["x"])
    }

    @Test func longLinesAreNotBoilerplateButListedOnesStillAre() {
        #expect(Boilerplate.isBoilerplate("Share this" + String(repeating: ".", count: 200)))
        #expect(Boilerplate.isBoilerplate("Read more:::"))
        let paragraph = "Share this story with everyone who wants to know what happened in the province last week, said the governor."
        #expect(!Boilerplate.isBoilerplate(paragraph))
    }
}
