import Testing
import TruceModel

@testable import TruceCoder

/// A day named in a clause that opens with "since" starts a stretch that runs to the time of writing (issue 12 item 3:
/// a date does not spill into unrelated sentences): it dates neither the main clause's acts nor the story's later ones.
@Suite struct SinceClauseDateTests {
    let coder = ArticleCoder()

    func events(_ text: String) -> [CodedEvent] {
        coder.code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: "2023-05-21"))).events
    }

    @Test func theSinceClausesDayDatesNeitherTheSayingNorTheNextParagraph() {
        let coded = events(
            """
            Since the war began on April 15, more than 850 civilians have been killed, the United Nations said.

            The rebels accused the army of shelling their positions near the palace.
            """)
        let startOfWar = Day(iso: "2023-04-15")
        #expect(!coded.isEmpty)
        #expect(!coded.contains { $0.date?.earliest == startOfWar }, "\(coded.map { ($0.code, $0.date?.earliest as Day?) })")
    }

    @Test func aDayOfTheMainClauseStillDatesIt() {
        let coded = events("Since the truce began on May 2, the rebels attacked the army in Kassala on Friday.")
        #expect(coded.contains { $0.date?.earliest == Day(iso: "2023-05-19") })
        #expect(!coded.contains { $0.date?.earliest == Day(iso: "2023-05-02") })
    }

    @Test func sinceAndADayAloneIsADateNotAClause() {
        let coded = events("Since Monday, the army has shelled the town of Kassala.")
        #expect(coded.contains { $0.date?.earliest == Day(iso: "2023-05-15") })
    }

    @Test func sinceInsideTheSentenceIsNotAnOpeningClause() {
        // "since" after the verb names when the act began: that day is the sentence's own.
        let coded = events("The army shelled the town on May 2, the first attack since the truce.")
        #expect(coded.contains { $0.date?.earliest == Day(iso: "2023-05-02") })
    }
}
