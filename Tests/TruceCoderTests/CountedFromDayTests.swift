import Testing
import TruceModel

@testable import TruceCoder

/// Issue 12 item 3: a count of time before a day the phrase names ("six weeks after the March 2 ceasefire") is laid off
/// from that day, not from publication, and the day takes the year that fits the count.
@Suite struct CountedFromDayTests {
    let coder = ArticleCoder()

    func code(_ text: String, date: String) -> CodingResult {
        coder.code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: date)))
    }

    func killings(_ killed: Int, in result: CodingResult) -> [String] {
        result.events.filter { ($0.fatalities.low ?? $0.fatalities.best) == killed }.compactMap { $0.date?.earliest.iso }
    }

    func only(_ sentence: String, published: String) throws -> DateMention {
        let found = DateFinder.dates(in: sentence, published: try #require(Day(iso: published)))
        try #require(found.count == 1, "expected one date in \(sentence), got \(found)")
        return found[0]
    }

    /// The whole phrase is one date: the day named plus (or minus) the count, at the count's precision, and it keeps
    /// the day it was counted from.
    @Test(arguments: [
        ("Fighting flared again thirteen months after March 2.", "2024-04-20", "2024-04-02", "2023-03-02", DatePrecision.month),
        ("Fighting flared again six weeks after the March 2 ceasefire.", "2024-04-20", "2024-04-13", "2024-03-02", .week),
        ("Fighting flared again two years after the May 5 massacre.", "2024-06-15", "2024-05-05", "2022-05-05", .year),
        ("Fighting flared again ten days before the April 28 vote.", "2024-04-20", "2024-04-18", "2024-04-28", .day),
        ("Fighting flared again six weeks after March 2, 2021.", "2024-04-20", "2021-04-13", "2021-03-02", .week),
    ])
    func aCountIsLaidOffFromTheDayItNames(sentence: String, published: String, day: String, anchor: String, precision: DatePrecision) throws {
        let mention = try only(sentence, published: published)
        #expect(mention.date.earliest.iso == day)
        #expect(mention.anchorDay?.iso == anchor)
        #expect(mention.date.precision == precision)
        #expect(mention.role == .duration)
    }

    /// A day without a year is placed so that an act told done falls by publication (the latest such year), and one to
    /// come after it (the earliest).
    @Test func theDaysYearFitsTheCount() throws {
        // Six weeks after this year's March 2 is after a report of March 15: the March 2 of the year before.
        #expect(try only("Fighting flared again six weeks after the March 2 ceasefire.", published: "2024-03-15").date.earliest.iso == "2023-04-13")
        // In the future, the count lands after publication.
        #expect(try only("Troops will withdraw six months after the March 2 ceasefire.", published: "2024-04-20").date.earliest.iso == "2024-09-02")
        // A round count a few days past publication is still this year's, and the act done is dated by publication.
        #expect(try only("Fighting flared again six weeks after the March 2 ceasefire.", published: "2024-04-10").date.earliest.iso == "2024-04-10")
    }

    /// A count with no day named still counts from the story's date, and a day alone keeps its own rules.
    @Test func withoutADayTheCountAndTheDayKeepTheirRules() throws {
        let anchor = try #require(Day(iso: "2024-04-01"))
        let later = DateFinder.dates(in: "Fighting flared again six weeks after the vote.", published: Day(iso: "2024-06-01")!, anchor: anchor)
        #expect(later.map(\.date.earliest.iso) == ["2024-05-13"])
        #expect(try only("Fighting flared again after March 2.", published: "2024-04-20").date.earliest.iso == "2024-03-02")
        #expect(try only("Fighting flared again after March 2.", published: "2024-04-20").anchorDay == nil)
        // A count of centuries places no day: the phrase is left to the other rules, and nothing traps.
        let huge = DateFinder.dates(in: "Fighting flared again 90000 years after March 2.", published: Day(iso: "2024-04-20")!)
        #expect(huge.allSatisfy { $0.anchorDay == nil })
    }

    /// The main clause's act is dated by the count; a verb that goes on from the day's noun, in the "after" clause, tells
    /// that day's act.
    @Test func theMainClauseTakesTheCountAndTheAnchorsClauseTheDay() throws {
        let counted = code(
            "Government troops shelled rebel positions near Goma six weeks after the March 2 ceasefire, killing 9 fighters.", date: "2024-04-20")
        #expect(killings(9, in: counted) == ["2024-04-13"])
        let before = code("Three weeks before the April 28 vote, gunmen killed 6 election workers in Bunia.", date: "2024-04-20")
        #expect(killings(6, in: before) == ["2024-04-07"])
        let sentence = "Six weeks after the March 2 ceasefire was broken, gunmen attacked a convoy."
        let mention = try only(sentence, published: "2024-04-20")
        #expect(ArticleCoding.date(of: mention, forVerbAt: verb("broken", in: sentence), in: sentence).earliest.iso == "2024-03-02")
        #expect(ArticleCoding.date(of: mention, forVerbAt: verb("attacked", in: sentence), in: sentence).earliest.iso == "2024-04-13")
    }

    private func verb(_ word: String, in sentence: String) -> Range<Int> {
        guard let found = sentence.range(of: word) else { return 0..<0 }
        let start = sentence.utf8.distance(from: sentence.startIndex, to: found.lowerBound)
        return start..<start + word.utf8.count
    }

    /// The year a count gives its day holds when the day is named again without one.
    @Test func theYearTheCountGaveHoldsForTheDayNamedAgain() {
        let text = """
            Rebels shelled Goma six weeks after the March 2 ceasefire, killing 9 soldiers.

            Police say the rebels who signed the March 2 ceasefire killed 4 villagers in Goma on March 2.
            """
        // Six weeks after March 2 falls by a report of March 20 only in the year before: both acts are history.
        let result = code(text, date: "2024-03-20")
        #expect(killings(9, in: result).isEmpty)
        #expect(killings(4, in: result).isEmpty)
    }
}
