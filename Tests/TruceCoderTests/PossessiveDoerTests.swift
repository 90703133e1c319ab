import Testing
import TruceModel

@testable import TruceCoder

/// A possessive on a noun of act names its doer (issue 12 item 6: roles, not nearest words).
@Suite struct PossessiveDoerTests {
    func events(_ sentence: String) -> [CodedEvent] {
        let text = "KYIV, Ukraine (July 10, 2024) — " + sentence
        return ArticleCoder().code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: nil)).events
    }

    @Test(arguments: [
        "The minister condemned Russia's missile strike on a hospital in Kyiv on Monday, which killed 33 people.",
        "The minister condemned Russia’s latest air strikes on Kharkiv on Monday, which killed 12 people.",
    ])
    func anActToldAsAnObjectTakesThePossessiveAsDoer(sentence: String) {
        let violent = events(sentence).filter { EventKinds.isViolent($0.code) }
        #expect(!violent.isEmpty)
        #expect(violent.allSatisfy { $0.actor1?.code?.hasPrefix("RUS") == true }, "\(violent.map { $0.actor1?.name as String? })")
    }

    @Test func theStatementAboutTheActKeepsItsOwnSides() {
        // Nobody known condemns here: the condemning is not Russia's, and Russia stays its target.
        let coded = events("The Secretary condemned Russia's missile strike on a hospital in Kyiv on Monday, which killed 33 people.")
        let statements = coded.filter { !EventKinds.isViolent($0.code) }
        #expect(!statements.isEmpty)
        #expect(statements.allSatisfy { $0.actor1?.code?.hasPrefix("RUS") != true }, "\(statements.map { $0.actor1?.name as String? })")
    }

    @Test func aPossessiveOnAnotherNounNamesNoDoer() {
        #expect(ArticleCoding.possessiveDoer([ActorMention(code: "RUS", name: "Russia", range: 0..<6)], in: "Russia's envoy arrived.") == nil)
        #expect(ArticleCoding.possessiveDoer([ActorMention(code: "RUS", name: "Russia", range: 0..<6)], in: "Russia attacked.") == nil)
    }

    @Test func aPluralPossessiveCounts() {
        let rebels = ActorMention(code: "REB", name: "rebel", range: 4..<10)
        #expect(ArticleCoding.possessiveDoer([rebels], in: "The rebels' dawn attack on the base") == rebels)
    }
}
