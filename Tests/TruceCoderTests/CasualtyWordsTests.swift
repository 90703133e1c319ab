import Testing
import TruceModel

@testable import TruceCoder

/// The casualty reading's words are a view of `TokenScanner` (issue 10, one tokenizer): the same words as
/// the splitting they replace wherever that splitting was right, and the scanner's words where it was not.
@Suite struct CasualtyWordsTests {
    func texts(_ sentence: String) -> [String] { CasualtyWords.words(sentence).map(\.text) }

    @Test func hyphensJoinWordsButNotAfterAnInitialism() {
        #expect(texts("al-Qaeda-linked fighters") == ["al-qaeda-linked", "fighters"])
        #expect(texts("a 20-year-old man") == ["a", "20-year-old", "man"])
        #expect(texts("U.S.-led forces") == ["u.s.", "led", "forces"])
        #expect(texts("fighting - then calm") == ["fighting", "then", "calm"])
    }

    @Test func apostrophesStayInTheirWordStraightOrCurly() {
        #expect(texts("the Taliban's commander") == ["the", "taliban's", "commander"])
        #expect(texts("Hezbollah’s senior leaders") == ["hezbollah's", "senior", "leaders"])
        #expect(texts("they don’t know") == ["they", "don't", "know"])
        // A closing quote is no apostrophe: it marks the next word.
        let quoted = CasualtyWords.words("the ‘rebels’ killed")
        #expect(quoted.map(\.text) == ["the", "rebels", "killed"])
        #expect(quoted[2].punctuatedBefore)
    }

    @Test func numbersKeepTheirThousandsAndDecimalsOnly() {
        #expect(texts("13,000 troops and 1.5 million people") == ["13,000", "troops", "and", "1.5", "million", "people"])
        let listed = CasualtyWords.words("units 3,20 and 4th")
        #expect(listed.map(\.text) == ["units", "3", "20", "and", "4th"])
        #expect(listed[2].punctuatedBefore)
    }

    @Test func lettersOfAnyScriptMakeOneWord() {
        let words = CasualtyWords.words("Dembélé and Élysée officials were killed")
        #expect(words.map(\.text) == ["dembélé", "and", "élysée", "officials", "were", "killed"])
        #expect(words[0].capitalised && !words[1].capitalised)
    }

    @Test func marksBeforeAWordAreRemembered() {
        let words = CasualtyWords.words("an Islamic Movement of Uzbekistan (IMU) leader — «killed»; two")
        let byText = Dictionary(words.map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byText["imu"]?.bracketedBefore == true)
        #expect(byText["leader"]?.bracketedBefore == true)
        #expect(byText["killed"]?.punctuatedBefore == true && byText["killed"]?.bracketedBefore == false)
        #expect(byText["two"]?.punctuatedBefore == true)
        #expect(byText["movement"]?.punctuatedBefore == false)
    }

    @Test func aCurlyApostropheCountsAsAStraightOne() {
        let straight = CasualtyFinder.report(in: "The Taliban's commander and two fighters were killed in Helmand.")
        let curly = CasualtyFinder.report(in: "The Taliban’s commander and two fighters were killed in Helmand.")
        #expect(straight.fatalities?.best != nil)
        #expect(curly.fatalities?.best == straight.fatalities?.best)
        #expect(curly.killed.map(\.victims) == straight.killed.map(\.victims))
    }

    /// On every sentence of the shared news sets, each word is the one the old splitting (kept below as the
    /// reference) made, except where an initialism's dots, a non-ASCII letter or mark, or a comma or
    /// apostrophe the scanner reads differently stands in or next to it.
    @Test func onRealNewsTheWordsAreTheOldOnesExceptWhereTheScannerReadsBetter() throws {
        let sentences = try TokenScannerTests.realSentences()
        #expect(sentences.count > 1_000)
        var unexplained: [String] = []
        var changedSentences = 0
        var words = 0
        for sentence in sentences {
            let bytes = Array(sentence.utf8)
            let old = Dictionary(OldCasualtySplitting.words(bytes).map { ($0.range, $0) }, uniquingKeysWith: { first, _ in first })
            let new = CasualtyWords.words(sentence)
            words += new.count
            var changed = false
            var previousEnd = 0
            for word in new {
                let gap = previousEnd..<word.range.lowerBound
                previousEnd = word.range.upperBound
                guard let before = old[word.range] else {
                    changed = true
                    if !Self.explained(bytes, word.range) { unexplained.append("\(word.text) in \(sentence.prefix(80))") }
                    continue
                }
                if before.text != word.text || before.capitalised != word.capitalised {
                    unexplained.append("\(word.text) ≠ \(before.text) in \(sentence.prefix(80))")
                }
                if before.punctuatedBefore != word.punctuatedBefore || before.bracketedBefore != word.bracketedBefore {
                    changed = true
                    if !Self.explained(bytes, gap) { unexplained.append("marks before \(word.text) in \(sentence.prefix(80))") }
                }
            }
            if changed || old.count != new.count { changedSentences += 1 }
        }
        #expect(unexplained.isEmpty, "\(unexplained.prefix(8))")
        #expect(words > 20_000)
        // The differences are the few words the old splitting cut wrong, not a new way of reading.
        #expect(changedSentences * 4 < sentences.count, "\(changedSentences) of \(sentences.count) sentences changed")
    }

    /// Whether `range` (or the byte on either side) holds what the two splittings read differently.
    static func explained(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let from = max(0, range.lowerBound - 1)
        let to = min(bytes.count, range.upperBound + 1)
        return bytes[from..<to].contains { $0 >= 0x80 || $0 == 0x2E || $0 == 0x2C || $0 == 0x27 }
    }
}

/// The casualty words as they were split before they became a view of the scanner: runs of ASCII letters
/// and digits joined by inner hyphens, apostrophes, decimal points and commas between digits. Kept only
/// as the reference the test above compares the view with.
private enum OldCasualtySplitting {
    static func words(_ bytes: [UInt8]) -> [CasualtyWords.Word] {
        func alphanumeric(_ byte: UInt8) -> Bool { Bytes.isAlphanumeric(byte) }
        var result: [CasualtyWords.Word] = []
        var punctuated = false
        var onlyBrackets = true
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard alphanumeric(byte) else {
                if [0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x2E, 0x22].contains(byte) {
                    punctuated = true
                    if byte != 0x28 && byte != 0x29 { onlyBrackets = false }
                }
                if byte == 0xE2 {
                    punctuated = true
                    onlyBrackets = false
                }
                index += 1
                continue
            }
            let start = index
            while index < bytes.count {
                let current = bytes[index]
                let nextIsAlphanumeric = index + 1 < bytes.count && alphanumeric(bytes[index + 1])
                let nextIsDigit = index + 1 < bytes.count && Bytes.isDigit(bytes[index + 1])
                let joins =
                    current == 0x2D || current == 0x27 || (current == 0x2E && nextIsDigit)
                    || (current == 0x2C && nextIsDigit && index > start && Bytes.isDigit(bytes[index - 1]))
                if alphanumeric(current) {
                    index += 1
                } else if joins && nextIsAlphanumeric {
                    index += 1
                } else {
                    break
                }
            }
            result.append(
                CasualtyWords.Word(
                    text: Bytes.lowerString(bytes, start..<index), range: start..<index, punctuatedBefore: punctuated,
                    capitalised: Bytes.isUpper(byte), bracketedBefore: punctuated && onlyBrackets))
            punctuated = false
            onlyBrackets = true
        }
        return result
    }
}
