import Testing
import TruceModel

@testable import TruceCoder

/// A header line that is only a date dates the article (issue 12 item 3: statements and readouts put their date
/// under the issuing office, not in a dateline).
@Suite struct HeaderDateLineTests {
    func cleaned(_ text: String, fallback: Day? = nil) -> Article {
        ArticleCleaner.article(raw: text, markup: .plain, origin: "a.txt", source: nil, date: fallback)
    }

    @Test func aDateUnderTheIssuingOfficeIsThePublicationDate() {
        let article = cleaned(
            """
            Readout of the Minister's Call with Her Counterpart
            OFFICE OF THE SPOKESPERSON
            MARCH 9, 2023

            The Minister spoke today with her counterpart about the ceasefire.
            """, fallback: Day(iso: "2023-01-01"))
        #expect(article.publicationDate == Day(iso: "2023-03-09"))
        #expect(article.text.hasPrefix("The Minister spoke today"))
        #expect(!article.text.contains("SPOKESPERSON"))
    }

    @Test(arguments: [
        ("Published: Friday, 3 May 2024, 10:32 GMT", "2024-05-03"),
        ("Updated Tue 14 Nov 2023 08.15 EST", "2023-11-14"),
        ("2022-06-30", "2022-06-30"),
        ("August 2nd, 2021 at 4:05 p.m.", "2021-08-02"),
    ])
    func aDateLineMayCarryItsWeekdayTimeAndWhatItIs(line: String, day: String) {
        #expect(HeaderDateLine.day(ofDateLine: line) == Day(iso: day))
    }

    @Test(arguments: [
        "Talks resume on July 12, 2024",  // a headline with a verb is not a date line
        "July 2024",  // a month is not a day
        "March 9",  // no year: the headline and dateline rules decide such a day
        "Geneva, 9 March 2023",  // a place beside the date: a dateline, read by its own rule
    ])
    func aLineWithOtherWordsOrNoFullDateIsNotADateLine(line: String) {
        #expect(HeaderDateLine.day(ofDateLine: line) == nil)
    }

    @Test(arguments: [
        ("By Staff Writer, December 2, 2024", "2024-12-02"),
        ("By JANE SMITH and OMAR ALI | Reuters | Dec. 2, 2024 10:32 AM", "2024-12-02"),
        ("by Amina Yusuf — Updated 14 November 2023", "2023-11-14"),
    ])
    func aBylineEndingInADateGivesTheDay(line: String, day: String) {
        #expect(HeaderDateLine.day(ofBylineLine: line) == Day(iso: day))
    }

    @Test(arguments: [
        "By the time the truce took effect on December 2, 2024",  // a sentence that opens with "By"
        "By Staff Writer, December 2",  // no year
        "Staff Writer, December 2, 2024",  // no "By": a dateline's shape, read by its own rule
    ])
    func aLineThatIsNoBylineWithADateGivesNone(line: String) {
        #expect(HeaderDateLine.day(ofBylineLine: line) == nil)
    }

    @Test func anAnalysisDatedUnderItsBylineIsDated() {
        let article = cleaned(
            """
            Analysis: Why the ceasefire is fraying
            By Staff Writer, December 2, 2024

            Both sides accuse each other of violations since the truce took effect.
            """)
        #expect(article.publicationDate == Day(iso: "2024-12-02"))
        #expect(article.text.hasPrefix("Both sides accuse"))
    }

    @Test func aYearlessDatelineTakesTheCallersYearBeforeTheStorysPastMonths() {
        let text = "KYIV, Sept 14 (Reuters) - Both sides freed 95 prisoners. The war began in February 2022."
        #expect(cleaned(text, fallback: Day(iso: "2024-09-15")).publicationDate == Day(iso: "2024-09-14"))
        // Without the caller's date, the story's past month is the best guess there is.
        #expect(cleaned(text).publicationDate == Day(iso: "2022-09-14"))
        // A year in the header above the dateline is the release's own, whatever the caller says.
        let release = "2011-09-CA-125\nKABUL, Afghanistan (Sept. 14) - Forces detained two men."
        #expect(cleaned(release, fallback: Day(iso: "2024-09-15")).publicationDate == Day(iso: "2011-09-14"))
    }

    @Test func anOrdinalDayIsADayInDatelinesToo() {
        #expect(Dateline.find(in: "KABUL, Afghanistan (June 3rd, 2024) — Both sides met.")?.date(near: nil) == Day(iso: "2024-06-03"))
        #expect(Dateline.find(in: "Doha, 21st May 2023 – Talks began.")?.date(near: nil) == Day(iso: "2023-05-21"))
        // Letters that go on past the ordinal's are another word: "3 rdx" is no "3rd".
        #expect(WrittenDates.firstDate(in: Array("June 3rdx 2024".utf8))?.year == nil)
    }

    @Test func aDateLineAfterTheStoryHasBegunIsNotTheHeaders() {
        let article = cleaned(
            """
            Fighting resumes near the border
            Shelling resumed near the border on Monday, officials said.
            March 9, 2023
            Talks are due next week.
            """, fallback: Day(iso: "2023-05-01"))
        #expect(article.publicationDate == Day(iso: "2023-05-01"))
        #expect(article.text.contains("March 9, 2023"))
    }

    @Test func aDatelineWithADateStillComesFirst() {
        let article = cleaned(
            """
            Ceasefire holds
            Updated 4 June 2024
            KABUL, Afghanistan (June 3, 2024) — Both sides said the ceasefire held overnight.
            """)
        #expect(article.publicationDate == Day(iso: "2024-06-03"))
    }

    @Test func theCoderDatesTheReadoutsActsFromIt() {
        let coded = ArticleCoder().code(
            cleaned(
                """
                Readout of the Secretary's Call
                OFFICE OF THE SPOKESPERSON
                JULY 12, 2024

                The Secretary condemned the missile strike on a hospital on Monday, which killed at least 33 people.
                """))
        #expect(coded.events.contains { $0.date?.earliest == Day(iso: "2024-07-08") && $0.fatalities.best == 33 })
    }
}
