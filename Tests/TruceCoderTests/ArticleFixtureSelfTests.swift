import Foundation
import Testing
import TruceCoder
import TruceModel

/// Checks the fixtures and the harness themselves, without the coder: expectations
/// that name text the article lacks, or a matcher that accepts the wrong record,
/// would make the fixture tests prove nothing.
@Suite struct ArticleFixtureSelfTests {
    /// The raw article with the few entities the fixtures use decoded, for finding quoted text.
    static func searchable(_ raw: String) -> String {
        let entities = [
            "&#8217;": "’", "&#8220;": "“", "&#8221;": "”", "&#8211;": "–", "&#8212;": "—", "&#287;": "ğ", "&amp;": "&",
            "&nbsp;": " ", "&mdash;": "—", "&middot;": "·", "&bull;": "•", "&rarr;": "→", "&copy;": "©", "&#169;": "©",
        ]
        var text = raw
        for (entity, character) in entities { text = text.replacingOccurrences(of: entity, with: character) }
        return text.lowercased()
    }

    @Test(arguments: ArticleFixture.fileNames)
    func everyExpectedPhraseIsInTheArticle(fileName: String) throws {
        let fixture = try ArticleFixture(fileName: fileName)
        let raw = Self.searchable(fixture.raw)
        let expectation = fixture.expectation
        let records = expectation.events + expectation.notEvents + expectation.claims + expectation.figures
        let quotedFields: Set<String> = ["sentence_contains", "speaker_contains", "quote_contains", "about_event_contains"]
        for record in records {
            for (name, value) in record.fields where quotedFields.contains(name) {
                let present = value.strings.contains { raw.contains($0.lowercased()) }
                #expect(present, "\(fileName): \(name) \(value) is not in the article, in \(record)")
            }
        }
        for phrase in expectation.textContains + expectation.textExcludes + [expectation.headlineContains].compactMap({ $0 }) {
            let present = raw.contains(phrase.lowercased()) || fixture.raw.lowercased().contains(phrase.lowercased())
            #expect(present, "\(fileName): \"\(phrase)\" is not in the raw article, so checking it proves nothing")
        }
    }

    @Test(arguments: ArticleFixture.fileNames)
    func expectedDatesAreWellFormedAndNearThePublication(fileName: String) throws {
        let fixture = try ArticleFixture(fileName: fileName)
        let expectation = fixture.expectation
        let published = try #require(Day(iso: expectation.publicationDate), "\(fileName): publication_date")
        if let passDate = expectation.passDate { #expect(passDate == expectation.publicationDate) }
        let dateFields: Set<String> = [
            "date", "date_earliest", "date_latest", "refers_to", "refers_to_earliest", "refers_to_latest",
        ]
        let records = expectation.events + expectation.notEvents + expectation.claims + expectation.figures
        for record in records {
            for (name, value) in record.fields where dateFields.contains(name) {
                for text in value.strings {
                    let pattern = try #require(DatePattern(text), "\(fileName): \(name) \"\(text)\" is not a date")
                    #expect(abs(published.days(to: pattern.first)) < 365 * 3, "\(fileName): \(name) \(text) is far from \(published.iso)")
                }
            }
            if record.kind == .event, record.fields.contains(where: { $0.name == "modality" && $0.value == .text(["done"]) }) {
                for (name, value) in record.fields where name == "date" {
                    let latest = value.strings.compactMap(DatePattern.init).map(\.first).max()
                    #expect(latest.map { $0 <= published } ?? true, "\(fileName): a done event dated after its publication")
                }
            }
        }
    }

    @Test func datePatternsMeanADayAMonthOrARange() throws {
        let day = try #require(Day(iso: "2020-03-04"))
        let july = ResolvedDate(earliest: try #require(Day(iso: "2020-07-01")), latest: Day(iso: "2020-07-31"), precision: .month)
        let wednesday = ResolvedDate(day: day)
        #expect(RecordMatcher.checkDate(wednesday, .text(["2020-03-04"]), part: .whole) == nil)
        #expect(RecordMatcher.checkDate(wednesday, .text(["2020-03-05"]), part: .whole) != nil)
        #expect(RecordMatcher.checkDate(wednesday, .text(["2020-03"]), part: .whole) == nil)
        #expect(RecordMatcher.checkDate(july, .text(["2020-07"]), part: .whole) == nil)
        #expect(RecordMatcher.checkDate(july, .text(["2020-07-01"]), part: .whole) != nil, "a month is not its first day")
        #expect(RecordMatcher.checkDate(july, .text(["2020-07-31"]), part: .latest) == nil)
        #expect(RecordMatcher.checkDate(july, .text(["2020-07-01/2020-07-31"]), part: .whole) == nil)
        #expect(RecordMatcher.checkDate(july, .text(["2020-07-01/2020-07-30"]), part: .whole) != nil)
        #expect(RecordMatcher.checkDate(nil, .text(["2020-07"]), part: .whole) != nil)
        #expect(RecordMatcher.checkDate(nil, .null, part: .whole) == nil)
        #expect(DatePattern("2020-02-30") == nil)
        #expect(DatePattern("2020-13") == nil)
    }

    @Test func aCountryNameMatchesItsStateActorsOnly() {
        let army = CodedActor(name: "Afghan National Army", code: "AFGMIL", text: "Afghan army")
        let taliban = CodedActor(name: "Taliban", code: "AFGINS", text: "Taliban")
        let civilians = CodedActor(name: "Afghan civilians", code: "AFGCVL", text: "civilians")
        let usForces = CodedActor(name: "US forces", code: "USAMIL", text: "U.S. forces")
        #expect(RecordMatcher.checkActor(army, .text(["Afghanistan"])) == nil)
        #expect(RecordMatcher.checkActor(taliban, .text(["Afghanistan"])) != nil)
        #expect(RecordMatcher.checkActor(civilians, .text(["Afghanistan"])) != nil)
        #expect(RecordMatcher.checkActor(taliban, .text(["taliban"])) == nil, "names match without regard to case")
        let gunman = CodedActor(name: "Taliban gunman", code: "AFGINSINS", text: "Taliban gunmen")
        let pakistaniTaliban = CodedActor(name: "Tehrik-i-Taliban Pakistan", code: "PAKINS", text: "Pakistani Taliban")
        #expect(RecordMatcher.checkActor(gunman, .text(["Taliban"])) == nil, "the coder's compound name for the group's people")
        #expect(RecordMatcher.checkActor(pakistaniTaliban, .text(["Taliban"])) != nil)
        #expect(RecordMatcher.checkActor(usForces, .text(["United States"])) == nil)
        #expect(RecordMatcher.checkActor(usForces, .text(["USAMIL"])) == nil)
        #expect(RecordMatcher.checkActor(army, .text(["USA"])) != nil)
        #expect(RecordMatcher.checkActor(nil, .text(["Taliban"])) != nil)
        #expect(RecordMatcher.checkActor(nil, .null) == nil)
        #expect(RecordMatcher.checkActorsInEitherOrder(taliban, army, .text(["Afghanistan", "Taliban"])) == nil)
        #expect(RecordMatcher.checkActorsInEitherOrder(taliban, taliban, .text(["Afghanistan", "Taliban"])) != nil)
    }

    @Test func numbersMatchExactlyOrWithinARange() {
        #expect(RecordMatcher.checkNumber(20, .number(20)) == nil)
        #expect(RecordMatcher.checkNumber(21, .number(20)) != nil)
        #expect(RecordMatcher.checkNumber(10, .range(min: 3, max: 10)) == nil)
        #expect(RecordMatcher.checkNumber(12, .range(min: 3, max: 10)) != nil)
        #expect(RecordMatcher.checkNumber(nil, .range(min: 3, max: nil)) != nil)
        #expect(RecordMatcher.checkNumber(nil, .null) == nil)
    }

    @Test func eachRecordServesOneExpectationOnly() throws {
        let event = CodedEvent(code: "190", modality: .done, span: TextSpan(start: 0, end: 4), confidence: 0.5)
        let text = ScalarText("Text")
        let expectation = try RecordExpectation(kind: .event, json: ["code_root": "19"], label: "test")
        let misses = GreedyMatcher.misses([expectation, expectation], recordCount: 1) { expected, _ in
            RecordMatcher.mismatches(expected, event: event, in: text)
        }
        #expect(misses.count == 1)
        #expect(misses.first?.closest.first?.mismatches.isEmpty == true)
    }

    @Test func theMostSpecificExpectationChoosesFirst() throws {
        let text = ScalarText("Two events")
        let general = try RecordExpectation(kind: .event, json: ["code_root": "19"], label: "general")
        let specific = try RecordExpectation(kind: .event, json: ["code_root": "19", "count": 43], label: "specific")
        let events = [
            CodedEvent(code: "190", count: 43, span: TextSpan(start: 0, end: 3), confidence: 1),
            CodedEvent(code: "193", span: TextSpan(start: 4, end: 10), confidence: 1),
        ]
        let misses = GreedyMatcher.misses([general, specific], recordCount: events.count) {
            RecordMatcher.mismatches($0, event: events[$1], in: text)
        }
        #expect(misses.isEmpty)
    }

    @Test func spansOutsideTheTextAreCaught() {
        let text = ScalarText("Kabul 🇦🇫 ok")
        #expect(text.slice(TextSpan(start: 0, end: 5)) == "Kabul")
        #expect(text.slice(TextSpan(start: 6, end: 8)) == "🇦🇫")
        #expect(text.slice(TextSpan(start: 5, end: 100)) == nil)
        #expect(text.slice(TextSpan(start: -1, end: 2)) == nil)
        #expect(text.slice(TextSpan(start: 3, end: 2)) == nil)
    }

    @Test func aMistypedFieldIsAnError() {
        #expect(throws: FixtureFormatError.self) {
            try RecordExpectation(kind: .event, json: ["fatalites_low": 20], label: "typo")
        }
        #expect(throws: FixtureFormatError.self) {
            try RecordExpectation(kind: .figure, json: ["speaker_contains": "Leggett"], label: "wrong kind")
        }
        #expect(throws: FixtureFormatError.self) {
            try RecordExpectation(kind: .event, json: ["why": "nothing to check"], label: "empty")
        }
    }
}
