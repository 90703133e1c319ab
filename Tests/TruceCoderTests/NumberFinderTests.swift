import Testing
import TruceCoder

@Suite struct NumberFinderTests {
    private func only(_ sentence: String) throws -> NumberMention {
        let found = NumberFinder.numbers(in: sentence)
        try #require(found.count == 1, "expected one number in \(sentence), got \(found)")
        return found[0]
    }

    private func text(_ mention: NumberMention, in sentence: String) -> String {
        let bytes = Array(sentence.utf8)[mention.range]
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func digitsWithThousandsSeparatorsAndDecimals() throws {
        let sentence = "Troop levels fell from 13,000 to 8,600 while 1.5 million people fled."
        let found = NumberFinder.numbers(in: sentence)
        #expect(found.map(\.value) == [13_000, 8_600, 1_500_000])
        #expect(found.map { text($0, in: sentence) } == ["13,000", "8,600", "1.5 million"])
        #expect(found[0].low == 13_000 && found[0].best == 13_000 && found[0].high == 13_000)
    }

    @Test(arguments: [
        ("two soldiers died", 2.0), ("forty-three attacks were reported", 43), ("a dozen fighters", 12),
        ("one hundred and twenty prisoners", 120), ("nine-and-a-half thousand people", 9_500),
        ("two dozen rockets", 24), ("half a dozen villages", 6), ("seventeen civilians", 17),
        ("three thousand five hundred troops", 3_500),
    ])
    func numberWords(sentence: String, value: Double) throws {
        #expect(try only(sentence).value == value)
        #expect(try !only(sentence).isVague)
    }

    @Test func valueOfWholePhrases() {
        #expect(NumberFinder.value(of: "forty-three") == 43)
        #expect(NumberFinder.value(of: "nine-and-a-half") == 9.5)
        #expect(NumberFinder.value(of: "13,000") == 13_000)
        #expect(NumberFinder.value(of: "a dozen") == 12)
        #expect(NumberFinder.value(of: "one hundred and twenty") == 120)
        #expect(NumberFinder.value(of: "forty troops") == nil)
        #expect(NumberFinder.value(of: "") == nil)
    }

    @Test func qualifiersSetTheBounds() throws {
        let atLeast = try only("At least 20 people were killed.")
        #expect(atLeast.low == 20 && atLeast.best == 20 && atLeast.high == nil)
        #expect(text(atLeast, in: "At least 20 people were killed.") == "At least 20")
        // "More than 40" is at least 41, the smallest count the words allow.
        let moreThan = try only("more than 40 houses burned")
        #expect(moreThan.low == 41 && moreThan.best == 41 && moreThan.high == nil)
        #expect(try only("over 10 insurgents were killed").low == 11)
        #expect(try only("more than a dozen armed insurgents").low == 13)
        let upTo = try only("up to 30 people may have died")
        #expect(upTo.low == nil && upTo.best == nil && upTo.high == 30 && upTo.value == 30)
        let nearly = try only("nearly 50 fighters surrendered")
        #expect(nearly.low == nil && nearly.best == 50 && nearly.high == 50)
        let about = try only("about 12,000 troops remain")
        #expect(about.low == nil && about.best == 12_000 && about.high == nil)
    }

    @Test func rangesKeepBothEnds() throws {
        for sentence in ["between 10 and 15 people were hurt", "10 to 15 people were hurt", "10-15 people were hurt"] {
            let range = try only(sentence)
            #expect(range.low == 10 && range.best == 10 && range.high == 15, "\(sentence)")
        }
        let words = try only("two or three gunmen escaped")
        #expect(words.low == 2 && words.high == 3)
        // A change is two numbers, not a range.
        #expect(NumberFinder.numbers(in: "from 13,000 to 8,600 troops").count == 2)
    }

    @Test func vagueQuantitiesFollowTheDocumentedConvention() throws {
        let dozens = try only("Dozens of civilians were killed.")
        #expect(dozens.isVague && dozens.low == 12 && dozens.best == 12 && dozens.high == nil)
        #expect(try only("hundreds of families fled").value == 100)
        #expect(try only("tens of thousands of people marched").value == 10_000)
        #expect(try only("scores of homes were destroyed").value == 20)
        #expect(try only("several soldiers were wounded").value == 3)
        #expect(try only("a few shots were fired").value == 3)
        #expect(try only("the force detained multiple suspected insurgents").value == 3)
        #expect(try only("a number of fighters fled").value == 3)
        // "Many" and "numerous" say more than "several": one more than its floor.
        #expect(try only("numerous suspected insurgents were detained").value == 4)
        #expect(try only("many families fled").value == 4)
        #expect(try only("a couple of rockets landed").value == 2)
        #expect(try only("several hundred protesters gathered").value == 300)
        #expect(try only("at least dozens were killed").low == 12)
    }

    @Test(arguments: [
        "The attack happened in 2020 near the border.", "The convoy left at 10:30 on the main road.",
        "Soldiers of the 3rd Battalion, 187th Infantry Regiment, patrolled.", "A 12-year-old boy was hurt.",
        "The strike on 4 March hit a school.", "The strike on March 4, 2020 hit a school.", "It was signed on 2020-03-04.",
        "The meeting on 4/3 was cancelled.", "The ceasefire lasted three days.", "Turnout was 40 percent.",
        "The fund holds $5 million.", "Traffic on Route 1 stopped.", "The talks ran from 2 to 5 March.",
        "The talks ran March 2-5 in Doha.", "No one was hurt.", "ISAF Joint Command 2011-09-S-067", "Release 2010-09-CA-125 follows.",
        "Case 026 was closed.",
    ])
    func numbersThatAreNotCounts(sentence: String) {
        #expect(NumberFinder.numbers(in: sentence).isEmpty, "\(NumberFinder.numbers(in: sentence))")
    }

    @Test func aYearShapedNumberBeforeACountedNounIsACount() throws {
        #expect(try only("They sent 2000 troops to the border.").value == 2_000)
    }

    @Test func badInputNeverCrashes() {
        #expect(NumberFinder.numbers(in: "").isEmpty)
        #expect(NumberFinder.numbers(in: "\u{0}\u{FFFD}🙂 ,,, ---").isEmpty)
        let huge = String(repeating: "forty-three ", count: 900_000)
        #expect(!NumberFinder.numbers(in: huge).isEmpty)
        #expect(NumberFinder.numbers(in: "99999999999999999999999999 people").first?.best != nil)
    }
}

@Suite struct NumberOverflowTests {
    /// 400 digits read as infinity: refused, never a count of 0 and never a value JSON cannot hold.
    @Test func aNumberPastDoublesRangeIsNotACount() {
        let huge = String(repeating: "9", count: 400)
        #expect(NumberFinder.numbers(in: "\(huge) people were killed").allSatisfy { ($0.best ?? 1) != 0 && $0.value.isFinite })
    }
}
