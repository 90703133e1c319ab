import Testing
import TruceModel

@testable import TruceCoder

@Suite struct ArticleCoderTests {
    let coder = ArticleCoder()

    func code(_ text: String, date: String? = nil, markup: ArticleMarkup = .plain) -> (Article, CodingResult) {
        let article = ArticleCleaner.article(raw: text, markup: markup, origin: "test", source: nil, date: date.flatMap { Day(iso: $0) })
        return (article, coder.code(article))
    }

    @Test func pressReleaseDetention() throws {
        let (article, result) = code(
            """
            Afghan Forces Detain Taliban Facilitator
            KABUL, Afghanistan (Feb. 27, 2011) In Nahr-e Saraj district, Helmand province, Afghan and coalition forces detained \
            two suspected insurgents during an operation yesterday.
            The suspected insurgents were detained after initial questioning at the scene.
            """)
        #expect(article.publicationDate == Day(iso: "2011-02-27"))
        let detentions = result.events.filter { $0.detained != nil }
        let first = try #require(detentions.first)
        #expect(first.detained == 2)
        #expect(first.date?.earliest == Day(iso: "2011-02-26"))
        #expect(first.location.admin1 == "Helmand")
        #expect(first.location.country == "Afghanistan")
        #expect(first.acledSubEventType == "Arrests")
        #expect(first.modality == .done)
        // The second sentence retells the first.
        #expect(detentions.dropFirst().allSatisfy { $0.repeats != nil })
        // Spans point into the cleaned text, after the dateline.
        let scalars = Array(article.text.unicodeScalars)
        let sentence = String(String.UnicodeScalarView(scalars[first.span.start..<first.span.end]))
        #expect(sentence.hasPrefix("In Nahr-e Saraj district"))
    }

    @Test func airStrikeWithCasualtiesAndRunningDate() throws {
        let (_, result) = code(
            """
            Strike in Kunar
            KABUL, Afghanistan (Aug. 19, 2012) - Coalition aircraft conducted a precision airstrike in Watapur district, \
            Kunar province, Friday.
            Four insurgents were killed in the strike.
            Initial reports indicate no civilians were harmed.
            """)
        let strike = try #require(result.events.first { $0.acledSubEventType == "Air/drone strike" })
        #expect(strike.date?.earliest == Day(iso: "2012-08-17"))
        #expect(strike.location.admin1 == "Kunar")
        let killed = try #require(result.events.first { $0.fatalities.best == 4 })
        // No date in its sentence: the story's running date, not the publication day.
        #expect(killed.date?.earliest == Day(iso: "2012-08-17"))
        #expect(killed.location.admin1 == "Kunar")
    }

    @Test func pledgesAreNotActs() {
        let (_, result) = code(
            "The Taliban pledged to stop attacks on Afghan forces. The Taliban will not attack cities, a spokesman said.",
            date: "2020-03-01")
        #expect(result.events.allSatisfy { !$0.code.hasPrefix("19") || $0.modality != .done })
    }

    @Test func claimsAndFiguresWithAnAgreement() throws {
        let agreement = Agreement(
            id: "doha", title: "Doha", signed: Day(iso: "2020-02-29")!, parties: ["usa", "taliban"],
            actors: [
                ActorDefinition(id: "usa", name: "United States", aliases: ["US", "U.S."]),
                ActorDefinition(id: "taliban", name: "Taliban"),
            ],
            provisions: [
                Provision(
                    id: "troops-8600", text: "The United States will reduce its troops in Afghanistan to 8,600 within 135 days.",
                    kind: .target(
                        Target(
                            due: .absolute(Day(iso: "2020-07-13")!),
                            condition: IndicatorCondition(indicator: "troop_level", actor: "usa", comparison: .lessOrEqual, value: 8600))))
            ])
        let article = ArticleCleaner.article(
            raw: """
                US begins troop cut
                KABUL, March 10, 2020 — The United States began reducing its troops from 13,000 to 8,600 by July, officials said.
                “We will reduce our troops in Afghanistan to 8,600,” the spokesman said.
                """, markup: .plain, origin: "t", source: nil, date: nil)
        let result = ArticleCoder(agreement: agreement).code(article)
        let figures = result.figures
        #expect(figures.contains { $0.value == 8600 && $0.kind == .target && $0.indicator == "troop_level" })
        #expect(figures.contains { $0.value == 13000 && $0.kind == .current })
        let claim = try #require(result.claims.first { $0.quote.contains("8,600") && $0.verb == "said" })
        #expect(claim.aboutProvision == "troops-8600")
    }

    @Test func emptyAndHugeArticles() {
        #expect(code("").1.isEmpty)
        let huge = String(repeating: "Insurgents attacked checkpoints and killed soldiers ", count: 20_000)
        let result = code(huge, date: "2020-03-01").1
        #expect(result.events.count < 100_000)
    }
}
