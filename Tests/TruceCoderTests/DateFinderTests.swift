import Testing
import TruceCoder
import TruceModel

@Suite struct DateFinderTests {
    /// A Thursday.
    private let published = Day(iso: "2020-03-05")!

    private func only(_ sentence: String, anchor: Day? = nil) throws -> DateMention {
        let found = DateFinder.dates(in: sentence, published: published, anchor: anchor)
        try #require(found.count == 1, "expected one date in \(sentence), got \(found)")
        return found[0]
    }

    private func expect(
        _ sentence: String, _ earliest: String, _ latest: String? = nil, _ precision: DatePrecision = .day,
        role: DateMention.Role = .point, anchor: Day? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let mention = try only(sentence, anchor: anchor)
        #expect(mention.date.earliest.iso == earliest, "\(sentence)", sourceLocation: sourceLocation)
        #expect(mention.date.latest.iso == (latest ?? earliest), "\(sentence)", sourceLocation: sourceLocation)
        #expect(mention.date.precision == precision, "\(sentence)", sourceLocation: sourceLocation)
        #expect(mention.role == role, "\(sentence)", sourceLocation: sourceLocation)
    }

    /// Issue 12 item 3: a date joined to "-style" or "-like" describes a kind of act, not its day.
    @Test func aDateThatDescribesAKindOfActIsNoDay() {
        #expect(DateFinder.dates(in: "tunnels prepared for an October 7th-style attack in the north", published: published).isEmpty)
        #expect(DateFinder.dates(in: "they feared a March 2004-like wave of bombings", published: published).isEmpty)
        #expect(DateFinder.dates(in: "the attack of October 7th killed 1,200 people", published: published).count == 1)
    }

    @Test func explicitDatesInCommonForms() throws {
        try expect("The strike on 4 March 2020 hit a school.", "2020-03-04")
        try expect("The strike on March 4, 2020 hit a school.", "2020-03-04")
        try expect("KABUL, Afghanistan (Jan. 25, 2013) - Forces detained a leader.", "2013-01-25")
        try expect("The deal was signed on 2020-02-29 in Doha.", "2020-02-29")
        try expect("Fighting resumed on the 2nd of March.", "2020-03-02")
        try expect("Elections were held in September 2019.", "2019-09-01", "2019-09-30", .month)
    }

    @Test func aDayWithoutAYearTakesTheNearestYearBeforePublication() throws {
        try expect("The attack on March 4 killed two.", "2020-03-04")
        try expect("The attack on 20 December killed two.", "2019-12-20")
        try expect("The talks were held on March 5.", "2020-03-05")
        // Future tense looks forward.
        try expect("The two sides will meet on March 10.", "2020-03-10")
        try expect("The council will meet on 1 February.", "2021-02-01")
    }

    @Test func weekdaysCountFromPublication() throws {
        try expect("The U.S. launched a drone strike Wednesday.", "2020-03-04")
        try expect("Talks resumed on Thursday.", "2020-03-05")
        try expect("Officials said on Monday that troops will leave.", "2020-03-02")
        try expect("The ministers will meet on Tuesday.", "2020-03-10")
        try expect("The envoy arrives next Tuesday.", "2020-03-10")
        try expect("The envoy left last Thursday.", "2020-02-27")
        try expect("Gunmen attacked the post on Wednesday night.", "2020-03-04")
    }

    @Test func relativeWords() throws {
        try expect("Two rockets hit the base yesterday.", "2020-03-04")
        try expect("The president spoke today.", "2020-03-05")
        try expect("Clashes broke out last night.", "2020-03-04")
        try expect("He said this morning that talks were over.", "2020-03-05")
        try expect("The army withdrew earlier this week.", "2020-03-02", "2020-03-04", .week)
        try expect("Violence rose last week.", "2020-02-24", "2020-03-01", .week)
        try expect("Violence rose last month.", "2020-02-01", "2020-02-29", .month)
        // Told done, "this year" runs to publication: the rest of the year has not come (issue 12 item 3).
        try expect("Attacks have fallen this year.", "2020-01-01", "2020-03-05", .year)
        try expect("Attacks will fall this year.", "2020-01-01", "2020-12-31", .year)
        try expect("Fighting flared in 2019 across the south.", "2019-01-01", "2019-12-31", .year)
    }

    @Test func partsOfMonths() throws {
        try expect("Violence spiked in mid-March.", "2020-03-11", "2020-03-20", .week)
        try expect("The convoy arrived in early June.", "2019-06-01", "2019-06-10", .week)
        try expect("Troops will leave at the end of April 2021.", "2021-04-21", "2021-04-30", .week)
    }

    @Test func deadlinesLookForward() throws {
        try expect("Troops will be cut to 8,600 by July.", "2020-07-01", "2020-07-31", .month, role: .deadline)
        try expect("Prisoners are to be freed by March 10.", "2020-03-10", role: .deadline)
        try expect("All forces leave by the end of April 2021.", "2021-04-21", "2021-04-30", .week, role: .deadline)
        try expect("Talks are due to end by February.", "2021-02-01", "2021-02-28", .month, role: .deadline)
    }

    @Test func countedTimesUseTheAnchor() throws {
        let signing = Day(iso: "2020-02-29")!
        try expect("Nine-and-a-half months later the last troops left.", "2020-12-14", nil, .month, role: .duration, anchor: signing)
        try expect("Three days later the talks began.", "2020-03-03", role: .duration, anchor: signing)
        // Without an anchor the day counted from is not told: not three days past publication.
        #expect(DateFinder.dates(in: "Three days later the talks began.", published: published).isEmpty)
        #expect(DateFinder.dates(in: "Two years after the accord ended the war, the guns are silent.", published: published).isEmpty)
        try expect("Forces must leave within 135 days.", "2020-02-29", "2020-07-13", role: .span, anchor: signing)
        try expect("Forces must leave within the first 135 days.", "2020-03-05", "2020-07-18", role: .span)
        try expect("The base was attacked two weeks ago.", "2020-02-20", nil, .week, role: .duration)
    }

    @Test func recentStretches() throws {
        try expect("Attacks rose over the last three days.", "2020-03-02", "2020-03-05", role: .span)
        try expect("Attacks rose over the past two weeks.", "2020-02-20", "2020-03-05", role: .span)
        try expect("The next day the talks resumed.", "2020-03-01", role: .duration, anchor: Day(iso: "2020-02-29"))
    }

    @Test func ranges() throws {
        try expect("Talks ran from 2 to 5 March.", "2020-03-02", "2020-03-05", role: .span)
        try expect("Talks ran between March 2 and March 5.", "2020-03-02", "2020-03-05", role: .span)
        try expect("Talks ran March 2-5 in Doha.", "2020-03-02", "2020-03-05", role: .span)
        try expect("Talks ran from 28 February to 3 March 2020.", "2020-02-28", "2020-03-03", role: .span)
    }

    @Test func theNightOfADate() throws {
        try expect("The raid took place on the night of 2 March.", "2020-03-02")
    }

    @Test func wordsThatOnlyLookLikeDates() {
        #expect(DateFinder.dates(in: "The troops may march on the capital.", published: published).isEmpty)
        #expect(DateFinder.dates(in: "Ambiguous numeric forms like 4/3 are skipped.", published: published).isEmpty)
        #expect(DateFinder.dates(in: "Some 13,000 troops remain.", published: published).isEmpty)
    }

    @Test func badInputNeverCrashes() {
        #expect(DateFinder.dates(in: "", published: published).isEmpty)
        #expect(DateFinder.dates(in: "February 31, 2020 and 2020-13-45", published: published).isEmpty)
        let huge = String(repeating: "Wednesday by July within 99999999 days ", count: 300_000)
        #expect(!DateFinder.dates(in: huge, published: published).isEmpty)
    }
}
