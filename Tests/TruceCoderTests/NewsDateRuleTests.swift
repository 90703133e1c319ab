import Testing
import TruceModel

@testable import TruceCoder

/// Issue 12 item 3, dates belong to their sentence: each rule a statement about news English, with sentences written
/// for it.
@Suite struct NewsDateRuleTests {
    let coder = ArticleCoder()

    func events(_ text: String, date: String?) -> [CodedEvent] {
        coder.code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: date.flatMap { Day(iso: $0) }))
            .events.filter { !($0.acledEventType ?? "").isEmpty }
    }

    func day(_ sentence: String, published: String) throws -> String {
        let found = DateFinder.dates(in: sentence, published: try #require(Day(iso: published)))
        return try #require(found.first).date.earliest.iso
    }

    /// A day without a year at most a week after publication is this year's, even after a past-tense verb: the
    /// report's stamp lags what it tells, and a day a year gone would be written with its year.
    @Test func aDaySoonAfterPublicationIsNeverMovedAYearBack() throws {
        #expect(try day("Militants attacked the checkpoint on October 7th.", published: "2023-10-05") == "2023-10-07")
        #expect(try day("Rebels shelled the town on 12 June.", published: "2021-06-09") == "2021-06-12")
        // Published after the day, or weeks before it in the year, the day is the last one gone.
        #expect(try day("Militants attacked the checkpoint on October 7th.", published: "2023-10-08") == "2023-10-07")
        #expect(try day("Hamas attacked Israel on October 7.", published: "2024-01-14") == "2023-10-07")
        #expect(try day("Rebels shelled the town on 12 June.", published: "2021-05-01") == "2020-06-12")
        #expect(try day("They defeated the forces that attacked this country on September 11th.", published: "2021-08-14") == "2020-09-11")
        // A clause in the future still takes the day ahead, however far.
        #expect(try day("The talks will open on 12 June.", published: "2021-05-01") == "2021-06-12")
    }

    /// An act told done cannot postdate its report: dated a few days after publication, it is dated by publication
    /// (and kept as news), not moved a year back and dropped as history.
    @Test func anActDoneADayAfterItsReportIsDatedByTheReport() throws {
        let found = events("Militants attacked a police checkpoint in Kandahar province on October 7th, killing four officers.", date: "2023-10-05")
        let attack = try #require(found.first { $0.fatalities.best == 4 })
        #expect(attack.date?.earliest.iso == "2023-10-05")
    }

    /// A plain adverbial date still carries into the next sentence's undated act of the same story.
    @Test func aPlainDateStillCarriesIntoTheStory() throws {
        let found = events(
            "On Tuesday, Afghan forces raided a compound in Helmand province.\n\nSecurity forces killed two insurgents during the raid.",
            date: "2023-03-16")
        let killing = try #require(found.first { $0.fatalities.best == 2 })
        #expect(killing.date?.earliest.iso == "2023-03-14")
    }

    /// Relative dates count from the publication date: "two days ago", "yesterday", "last Tuesday".
    @Test(arguments: [("two days ago", "2020-03-03"), ("yesterday", "2020-03-04"), ("last Tuesday", "2020-03-03"), ("on Monday", "2020-03-02")])
    func relativeDatesCountFromPublication(_ when: String, _ expected: String) throws {
        let found = events("Taliban fighters attacked a police checkpoint in Kunduz province \(when), killing 14 soldiers.", date: "2020-03-05")
        #expect(try #require(found.first).date?.earliest.iso == expected)
    }

    /// A dateline under a headline and a byline is the report's place and day; the act's "Tuesday" counts from it.
    @Test func aDatelineUnderABylineIsRead() throws {
        let text = """
            Taliban attack checkpoints in the north

            By Jane Smith and Ali Khan

            KABUL, Afghanistan (March 4, 2020) - Taliban fighters attacked a police checkpoint in Kunduz province on Tuesday, killing 14 soldiers.
            """
        let found = events(text, date: nil)
        #expect(try #require(found.first).date?.earliest.iso == "2020-03-03")
    }
}
