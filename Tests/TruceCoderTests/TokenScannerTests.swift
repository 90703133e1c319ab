import Foundation
import Testing
import TruceTestSupport

@testable import TruceCoder

/// One scanner decides where words, numbers and marks start and end; the lexicon's tokens and the
/// dictionaries' words are two views of it.
@Suite struct TokenScannerTests {
    func lexicon(_ text: String) -> [String] { LexTokenizer.tokens(text).map(\.text) }
    func dictionary(_ text: String) -> [String] { WordTokenizer.tokenize(text).map(\.text) }

    static let sentences = [
        "U.S. forces withdrew 8,600 troops from al-Qaeda's former bases in Helmand on Feb. 29, 2020.",
        "The Taliban didn’t attack the 3rd Battalion’s F-16s; “We won’t,” he said — 20-year-old Dembélé agreed…",
        "Officials in Nahr-e Saraj said 1,250 people (mostly civilians) fled at 10 a.m. on 4th March.",
        "Ceasefire_talks resumed\u{2028}in Doha: «no deal», said the envoy's spokesman on 2020-03-10.",
    ]

    @Test(arguments: sentences)
    func everyDictionaryWordIsMadeOfWholeLexiconTokens(_ sentence: String) {
        let lexical = LexTokenizer.tokens(sentence)
        let starts = Set(lexical.map(\.start))
        let ends = Set(lexical.map(\.end))
        let words = WordTokenizer.tokenize(sentence)
        #expect(!words.isEmpty)
        for word in words where word.text != "'S" && word.text != "N'T" {
            // A word cut before a clitic ends inside a lexicon word; every other boundary is shared.
            #expect(starts.contains(word.range.lowerBound), "\(word.text) starts inside a lexicon token")
            let cutBeforeClitic = words.contains { ($0.text == "'S" || $0.text == "N'T") && $0.range.lowerBound == word.range.upperBound }
            #expect(cutBeforeClitic || ends.contains(word.range.upperBound), "\(word.text) ends inside a lexicon token")
        }
    }

    @Test(arguments: sentences)
    func bothViewsSkipTheSameWhiteSpace(_ sentence: String) {
        let bytes = Array(sentence.utf8)
        let covered = { (ranges: [Range<Int>]) in Set(ranges.flatMap { Array($0) }) }
        let lexical = covered(LexTokenizer.tokens(sentence).map(\.range))
        let words = covered(WordTokenizer.tokenize(sentence).map(\.range))
        #expect(lexical == words)
        #expect(lexical.count < bytes.count)
    }

    /// Every sentence of the shared news sets (ISAF releases, ceasefire news), split as the coder splits them.
    static func realSentences() throws -> [String] {
        var result: [String] = []
        for file in ["news/isaf-press-releases-dev.jsonl", "news/ceasefire-news-dev.jsonl"] {
            let lines = try String(contentsOfFile: TestPaths.shared(file), encoding: .utf8).split(separator: "\n")
            for line in lines {
                let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                guard let text = record?["text"] as? String else { continue }
                let bytes = Array(text.utf8)
                result += SentenceSplitter.sentences(in: text).map { String(decoding: bytes[$0], as: UTF8.self) }
            }
        }
        return result
    }

    @Test func onRealNewsBothViewsShareEveryBoundaryButCliticCuts() throws {
        let sentences = try Self.realSentences()
        #expect(sentences.count > 1_000)
        var mismatches: [String] = []
        for sentence in sentences {
            let lexical = LexTokenizer.tokens(sentence)
            let starts = Set(lexical.map(\.start))
            let ends = Set(lexical.map(\.end))
            let words = WordTokenizer.tokenize(sentence)
            let clitics = Set(words.filter { $0.text == "'S" || $0.text == "N'T" }.map(\.range.lowerBound))
            for word in words where word.text != "'S" && word.text != "N'T" {
                if !starts.contains(word.range.lowerBound) || !(ends.contains(word.range.upperBound) || clitics.contains(word.range.upperBound)) {
                    mismatches.append("\(word.text) in \(sentence.prefix(80))")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func anUnderscoreSeparatesWordsAsDictionariesWriteThem() {
        #expect(lexicon("Dol_Amroth fell") == ["dol", "amroth", "fell"])
        #expect(dictionary("Dol_Amroth fell") == ["DOL", "AMROTH", "FELL"])
    }

    @Test func lineAndParagraphSeparatorsAreWhiteSpace() {
        #expect(dictionary("forces\u{2028}withdrew\u{2029}today") == ["FORCES", "WITHDREW", "TODAY"])
        #expect(lexicon("forces\u{2028}withdrew") == ["forces", "withdrew"])
    }

    @Test func currencySignsAndSymbolsAreMarksNotPartsOfWords() {
        #expect(dictionary("€5 million and £3 at 40°") == ["€", "5", "MILLION", "AND", "£", "3", "AT", "40", "·"])
        #expect(lexicon("€5 million") == ["€", "5", "million"])
    }

    @Test func guillemetsAreQuotationMarksInBothViews() {
        #expect(dictionary("«peace»") == ["\"", "PEACE", "\""])
        #expect(lexicon("«peace»") == ["\"", "peace", "\""])
    }

    @Test func aCommaJoinsDigitsOnlyAsAThousandsSeparator() {
        #expect(dictionary("13,000 troops") == ["13,000", "TROOPS"])
        #expect(dictionary("on March 3,2020 and 1,20") == ["ON", "MARCH", "3", ",", "2020", "AND", "1", ",", "20"])
        #expect(lexicon("3,2020") == ["3", ",", "2020"])
    }

    @Test func anApostropheBetweenLettersOfAnyScriptStaysInTheWord() {
        #expect(lexicon("l'État said").count == 2)
        #expect(dictionary("l'État said") == ["L'ÉTAT", "SAID"])
    }

    @Test func hyphensAndGluedSpansMakeOneDictionaryWordButNotAfterAnInitialism() {
        #expect(dictionary("20-year-old F16 B-52s") == ["20-YEAR-OLD", "F16", "B-52S"])
        #expect(lexicon("20-year-old") == ["20", "-", "year", "-", "old"])
        #expect(dictionary("U.S.-led forces") == ["U.S.", "-", "LED", "FORCES"])
    }

    @Test func possessivesSplitOffAfterWordsNumbersAndInitialisms() {
        #expect(dictionary("al-Qaeda's leader") == ["AL-QAEDA", "'S", "LEADER"])
        #expect(dictionary("the 1990's and the U.S.'s") == ["THE", "1990", "'S", "AND", "THE", "U.S.", "'S"])
        #expect(dictionary("Gondor’s troops") == ["GONDOR", "'S", "TROOPS"])
        #expect(lexicon("Gondor’s troops") == ["gondor's", "troops"])
    }

    @Test func numbersCarryTheirValueAndSuffixInTheLexiconView() {
        let tokens = LexTokenizer.tokens("the 4th of 13,000.5 troops")
        #expect(tokens[1].kind == .digits && tokens[1].suffix == "th" && tokens[1].value == 4)
        #expect(tokens[3].kind == .digits && tokens[3].value == 13_000.5 && tokens[3].hadSeparator)
        #expect(WordTokenizer.tokenize("the 4th")[1].kind == .word)
        #expect(WordTokenizer.tokenize("13,000.5")[0].kind == .number)
    }
}
