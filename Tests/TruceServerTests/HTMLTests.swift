import Testing
import TruceModel

@testable import TruceServer

/// The one escaping helper and the server-drawn charts, as plain values.
@Suite struct HTMLTests {
    @Test(arguments: [
        ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        ("a & b", "a &amp; b"),
        ("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
        ("Nahr-e Saraj — Helmand", "Nahr-e Saraj — Helmand"),
        ("&amp;", "&amp;amp;"),
    ])
    func escapingLeavesNoMarkup(_ input: String, _ expected: String) {
        #expect(HTML.escape(input) == expected)
    }

    @Test func queryValuesArePercentEncodedAndEscaped() {
        #expect(HTML.query([("actor", "a&b <c>"), ("to", nil), ("from", "2020-03-03")]) == "?actor=a%26b%20%3Cc%3E&amp;from=2020-03-03")
        #expect(HTML.query([("to", nil)]) == "")
        #expect(HTML.urlComponent("../x") == "..%2Fx")
    }

    @Test func theStatusBandNamesEveryStatusInWordsAndMarksTheDeadline() throws {
        let start = try #require(Day(iso: "2020-02-29"))
        let band = StatusBandSVG(
            timeline: [
                TimelineEntry(from: start, status: .pending), TimelineEntry(from: start, status: .complied),
                TimelineEntry(from: start.adding(days: 40), status: .violated),
            ],
            start: start, end: start.adding(days: 99), marks: [(start.adding(days: 60), "due")])
        let svg = band.render()
        #expect(band.summary == "complied from 2020-02-29; violated from 2020-04-09")
        #expect(svg.contains(">complied</text>") && svg.contains(">violated</text>"), "each wide segment is labelled")
        #expect(svg.contains("<title>violated from 2020-04-09</title>"))
        // 40 of 100 days complied: the violated segment starts at 40% of 640.
        #expect(svg.contains("<rect x=\"256.0\""))
        #expect(svg.contains("due 2020-04-29"), "the deadline is marked with its day")
        #expect(!svg.contains("pending"), "a status replaced on its first day is not drawn")
    }
}
