import Testing
import TruceModel

@testable import TruceCoder

/// Which day an event takes when a sentence or a story offers several, or none.
@Suite struct EventDatingTests {
    let coder = ArticleCoder()
    /// A Thursday.
    let published = Day(iso: "2020-03-05")!

    func firstAct(_ text: String, where keep: (CodedEvent) -> Bool = { _ in true }) throws -> CodedEvent {
        let article = ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: nil)
        let acts = coder.code(article).events.filter { $0.modality == .done && keep($0) }
        return try #require(acts.first)
    }

    // MARK: - Words that look like dates

    @Test func aShortMonthNameAloneIsAnotherWord() throws {
        #expect(DateFinder.dates(in: "Soldiers arrested the smuggler Karim Jan and his brother.", published: published).isEmpty)
        #expect(DateFinder.dates(in: "The envoy met Aug and Dec, two village elders.", published: published).isEmpty)
        // Beside a day or a year it is a month.
        let day = try #require(DateFinder.dates(in: "The convoy was hit Jan. 7 near the pass.", published: published).first)
        #expect(day.date.earliest == Day(iso: "2020-01-07"))
        let year = try #require(DateFinder.dates(in: "The council last met in Jan 2019.", published: published).first)
        #expect(year.date.earliest == Day(iso: "2019-01-01"))
        #expect(year.date.precision == .month)
        // A month written out in full needs neither.
        #expect(DateFinder.dates(in: "Fighting eased in January.", published: published).first?.date.precision == .month)
    }

    @Test func overnightAsAnAdverbIsTheNightBefore() throws {
        let adverb = try #require(DateFinder.dates(in: "Militia fighters shelled the town overnight.", published: published).first)
        #expect(adverb.date.earliest == Day(iso: "2020-03-04"))
        let beforePlace = try #require(DateFinder.dates(in: "Two men were detained overnight in Gao.", published: published).first)
        #expect(beforePlace.date.earliest == Day(iso: "2020-03-04"))
        // Before a noun it describes the raid and names no day.
        #expect(DateFinder.dates(in: "Police arrested four men during overnight raids.", published: published).isEmpty)
        #expect(DateFinder.dates(in: "Police arrested four men in an overnight operation.", published: published).isEmpty)
        // In a future clause it says how long, not which night.
        #expect(DateFinder.dates(in: "The envoys will stay overnight in Bamako.", published: published).isEmpty)
    }

    // MARK: - Dates that belong to a noun or to the report

    @Test func aPossessiveDateYieldsToThePlainOne() throws {
        let event = try firstAct(
            """
            GAO, Mali (March 5, 2020) - Soldiers detained two men over Tuesday's ambush on a convoy near Gao today.
            """)
        #expect(event.date?.earliest == Day(iso: "2020-03-05"))
    }

    @Test func aDateUsedAsAnAdjectiveYieldsToThePlainOne() throws {
        let event = try firstAct(
            """
            GAO, Mali (March 5, 2020) - Soldiers arrested a militant linked to the March 1 ambush on a convoy near Gao yesterday.
            """)
        #expect(event.date?.earliest == Day(iso: "2020-03-04"))
        // "that" before a date opens a clause, not a noun phrase.
        let clause = try firstAct(
            """
            GAO, Mali (March 5, 2020) - The army said that yesterday soldiers detained two militants near Gao, where a convoy \
            was ambushed on March 1.
            """)
        #expect(clause.date?.earliest == Day(iso: "2020-03-04"))
    }

    @Test func aDateAfterAnEventNounIsThatEventsOwn() throws {
        let event = try firstAct(
            """
            GAO, Mali (March 5, 2020) - Troops hunting a commander responsible for an attack Feb. 20 in Menaka arrested three \
            suspects in Gao region yesterday.
            """, where: { $0.detained != nil })
        #expect(event.date?.earliest == Day(iso: "2020-03-04"))
    }

    @Test func anEventNounLedByInIsTheActsOwnSetting() throws {
        // "in a string of attacks on Tuesday night" places the killing; "two weeks earlier" belongs to "began".
        let event = try firstAct(
            """
            GAO, Mali (March 5, 2020) - Gunmen killed five soldiers in a string of attacks on Tuesday night, officials said on \
            Wednesday, the worst violence since the truce began two weeks earlier.
            """)
        #expect(event.date?.earliest == Day(iso: "2020-03-03"))
    }

    @Test func aDateOfTheReportYieldsToTheActsDay() throws {
        let event = try firstAct(
            """
            GAO, Mali (March 5, 2020) - The army confirmed yesterday that soldiers killed a militant commander near Gao on Tuesday.
            """)
        #expect(event.date?.earliest == Day(iso: "2020-03-03"))
    }

    @Test func aNounsDateStillDatesTheActWhenItIsTheOnlyOne() throws {
        let event = try firstAct(
            """
            GAO, Mali (March 5, 2020) - Tuesday's ambush near Gao killed four soldiers.
            """)
        #expect(event.date?.earliest == Day(iso: "2020-03-03"))
    }

    // MARK: - A lead without a day

    @Test func anUndatedLeadTakesTheDayOfTheNextSentence() throws {
        let event = try firstAct(
            """
            GAO, Mali (March 5, 2020) - Malian troops captured a militant commander who organised attacks on markets.
            The commander was detained during a raid near Gao overnight.
            """)
        #expect(event.date?.earliest == Day(iso: "2020-03-04"))
    }

    @Test func anUndatedLeadKeepsPublicationWhenTheDayComesLater() throws {
        let event = try firstAct(
            """
            GAO, Mali (March 5, 2020) - Malian troops captured a militant commander who organised attacks on markets.
            He trained fighters in the hills for years.
            He was responsible for a bombing Feb. 2 in Menaka.
            """)
        #expect(event.date?.earliest == Day(iso: "2020-03-05"))
    }

    // MARK: - A dateline without a year

    @Test func aYearlessDatelineFollowsTheDatedPastItMentions() {
        let text = """
            GAO, Mali (Jan. 14) - Troops killed a commander in Gao region Thursday. He led a raid on a school in June 2019.
            """
        let article = ArticleCleaner.article(raw: text, markup: .plain, origin: "a.txt", source: nil, date: nil)
        // January 14 after June 2019: 2020, though January 2019 is nearer to the mention.
        #expect(article.publicationDate == Day(iso: "2020-01-14"))
    }

    @Test func aDueDateOrAHeaderYearDoesNotMoveAYearlessDateline() {
        let due = """
            GAO, Mali (Jan. 14) - Troops killed a commander in Gao region Thursday. Elections are due by June 2019.
            """
        let dueArticle = ArticleCleaner.article(raw: due, markup: .plain, origin: "a.txt", source: nil, date: nil)
        // Only the year 2019 is known, without a past month: the nearest January 14 to mid-2019.
        #expect(dueArticle.publicationDate == Day(iso: "2019-01-14"))
        let header = """
            Release 2021-01-07
            GAO, Mali (Jan. 14) - Troops killed a commander Thursday. He led a raid on a school in June 2019.
            """
        let headerArticle = ArticleCleaner.article(raw: header, markup: .plain, origin: "a.txt", source: nil, date: nil)
        #expect(headerArticle.publicationDate == Day(iso: "2021-01-14"))
    }
}
