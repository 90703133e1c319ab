import Testing
import TruceFormats
import TruceModel

/// RFC 5545's line folding and TEXT escaping.
@Suite struct ICalendarTests {
    @Test(arguments: [
        ("plain", "plain"), ("a,b;c\\d", "a\\,b\\;c\\\\d"), ("line\nbreak", "line\\nbreak"), ("crlf\r\nbreak", "crlf\\nbreak"),
        ("bell\u{07}", "bell"),
    ])
    func textIsEscaped(input: String, expected: String) {
        #expect(ICalendar.escape(input) == expected)
    }

    @Test func longLinesFoldAt75OctetsWithoutSplittingACharacter() {
        let line = "SUMMARY:" + String(repeating: "é✓a", count: 60)
        let folded = ICalendar.fold(line)
        let physical = folded.components(separatedBy: "\r\n")
        #expect(physical.count > 1)
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line, "unfolding gives the line back")
        #expect(ICalendar.fold("SHORT:x") == "SHORT:x")
    }

    @Test func aDocumentHasOneAllDayEventPerEntry() {
        let entries = [
            CalendarEntry(uid: "a.b@truce", day: Day(iso: "2020-07-13")!, summary: "Due: a, b", description: "two\nlines"),
            CalendarEntry(uid: "a.c@truce", day: Day(iso: "2020-12-31")!, summary: "Due: c", description: "x", url: "https://example.org/a"),
        ]
        let text = ICalendar.document(name: "Deadlines", entries: entries, stamp: "20200913T120000Z")
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") && text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(text.contains("DTSTART;VALUE=DATE:20200713\r\nDTEND;VALUE=DATE:20200714\r\n"))
        #expect(text.contains("DTEND;VALUE=DATE:20210101"), "the end is exclusive: the next day, across a year")
        #expect(text.contains("SUMMARY:Due: a\\, b\r\n") && text.contains("DESCRIPTION:two\\nlines\r\n"))
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count == 3)
    }
}
