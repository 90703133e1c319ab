import Testing
import TruceModel

@testable import TruceCoder

/// Issue 12 item 3: a date named in an aside — a quotation, a parenthesis, a relative clause a comma opens — is the time
/// of what the aside tells, not of the main clause's act; and relative words give the days an act told done can have.
@Suite struct DateAsideTests {
    let coder = ArticleCoder()

    func code(_ text: String, date: String) -> CodingResult {
        coder.code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: date)))
    }

    func killings(_ killed: Int, in result: CodingResult) -> [String] {
        result.events.filter { ($0.fatalities.low ?? $0.fatalities.best) == killed }.compactMap { $0.date?.earliest.iso }
    }

    @Test(arguments: [
        "Gunmen killed 6 election workers in Bunia, whose offices were looted on April 2.",
        "Gunmen killed 6 election workers in Bunia, where the army imposed a curfew on April 2.",
        "The talks, which opened in Doha on April 2, stalled after gunmen killed 6 election workers in Bunia.",
        "Gunmen killed 6 election workers in Bunia (the town was seized on April 2).",
        "The talks — which opened in Doha on April 2 — stalled after gunmen killed 6 election workers in Bunia.",
        "\"The truce began on April 2,\" a resident said after gunmen killed 6 election workers in Bunia.",
        "“The truce began on April 2,” a resident said after gunmen killed 6 election workers in Bunia.",
    ])
    func aDateInAnAsideDoesNotDateTheMainClause(text: String) {
        #expect(killings(6, in: code(text, date: "2024-04-20")) == ["2024-04-20"])
    }

    /// The aside's own act keeps its date, and a date outside every aside still dates the main clause.
    @Test func theAsidesActAndTheMainClausesDateStand() {
        let quoted = code("“The army shelled our homes in Bunia on April 2, killing 3 villagers,” a resident said.", date: "2024-04-20")
        #expect(killings(3, in: quoted) == ["2024-04-02"])
        let main = code("Gunmen killed 6 election workers in Bunia on April 12, when the town was celebrating.", date: "2024-04-20")
        #expect(killings(6, in: main) == ["2024-04-12"])
        let sentence = "A pro-government militia, which fled on Monday, returned."
        let bytes = Array(sentence.utf8)
        #expect(ArticleCoding.asides(in: sentence).map { String(decoding: bytes[$0], as: UTF8.self) } == [", which fled on Monday"])
        let dashed = "The talks — begun on Monday — stalled, and gunmen killed 6 people — on Tuesday."
        let dashedBytes = Array(dashed.utf8)
        #expect(ArticleCoding.asides(in: dashed).map { String(decoding: dashedBytes[$0], as: UTF8.self) } == ["— begun on Monday —"])
    }

    /// People killed told outside a quotation are not the quoted act's: the killing is its own event, of the report's day.
    @Test func theKilledOutsideAQuotationAreNotTheQuotedActs() {
        let text = "“The army shelled our homes on April 2,” a resident said after gunmen killed 6 election workers in Bunia."
        #expect(killings(6, in: code(text, date: "2024-04-20")) == ["2024-04-20"])
        let inside = code("“The army shelled our homes on April 2, killing 3 villagers,” a resident said.", date: "2024-04-20")
        #expect(killings(3, in: inside) == ["2024-04-02"])
    }

    /// A date in an aside is no running date: the next sentence's act, told without one, is not dated by it.
    @Test func aDateInAnAsideIsNoRunningDate() {
        let text = "The talks, which opened in Doha on April 2, stalled. Gunmen killed 6 election workers in Bunia."
        #expect(killings(6, in: code(text, date: "2024-04-20")) == ["2024-04-20"])
    }

    /// A sentence that opens with a name and a parenthesis holding a clause is not a dateline: its date is not the report's.
    @Test func aParenthesisHoldingAClauseIsNoDateline() throws {
        #expect(Dateline.find(in: "Rebels (who signed a truce on March 10) attacked a convoy near Goma.") == nil)
        let agency = try #require(Dateline.find(in: "Goma (Reuters, March 10) - Rebels attacked a convoy."))
        #expect(agency.day == 10)
    }

    /// "this week", "this month", "this year" with an act told done end at publication: the days left have not come.
    @Test func thisWeekForAnActDoneEndsAtPublication() throws {
        let wednesday = try #require(Day(iso: "2024-04-17"))
        let done = try #require(DateFinder.dates(in: "Gunmen attacked the town this week.", published: wednesday).first)
        #expect((done.date.earliest.iso, done.date.latest.iso) == ("2024-04-15", "2024-04-17"))
        let plan = try #require(DateFinder.dates(in: "Troops will leave the town this week.", published: wednesday).first)
        #expect((plan.date.earliest.iso, plan.date.latest.iso) == ("2024-04-15", "2024-04-21"))
        let month = try #require(DateFinder.dates(in: "Gunmen attacked the town this month.", published: wednesday).first)
        #expect(month.date.latest.iso == "2024-04-17")
    }

    /// A part of a year or month counted from publication: "late last year", "early next month".
    @Test(arguments: [
        ("Gunmen attacked the town late last year.", "2023-09-01", "2023-12-31"),
        ("Gunmen attacked the town early this year.", "2024-01-01", "2024-04-30"),
        ("Troops will leave early next month.", "2024-05-01", "2024-05-10"),
        ("Gunmen attacked the town in mid-last month.", "2024-03-11", "2024-03-20"),
    ])
    func aPartOfLastOrNextYearOrMonth(sentence: String, earliest: String, latest: String) throws {
        let found = DateFinder.dates(in: sentence, published: try #require(Day(iso: "2024-04-17")))
        try #require(found.count == 1, "\(found)")
        #expect((found[0].date.earliest.iso, found[0].date.latest.iso) == (earliest, latest))
    }

    /// A weekday with no date is the one of the publication's week before publication for an act done, after it for a plan.
    @Test func aWeekdayIsBeforePublicationForAnActDoneAndAfterForAPlan() throws {
        let wednesday = try #require(Day(iso: "2024-04-17"))
        #expect(DateFinder.dates(in: "Gunmen attacked the town on Monday.", published: wednesday).map(\.date.earliest.iso) == ["2024-04-15"])
        #expect(DateFinder.dates(in: "Troops will leave the town on Monday.", published: wednesday).map(\.date.earliest.iso) == ["2024-04-22"])
        #expect(DateFinder.dates(in: "Troops plan to leave the town on Friday.", published: wednesday).map(\.date.earliest.iso) == ["2024-04-19"])
    }
}
