import Foundation
import Testing
import TruceCoder
import TruceModel
import TruceTestSupport

@testable import TruceStore

/// One article that cannot be stored must not take the others down with it.
@Suite struct StoreArticleRefusalTests {
    @Test func anArticleWhoseFigureCannotBeWrittenIsRefusedAloneAndNamed() throws {
        let store = try Store.inMemory()
        let good = CandidateFixtures.article("good.txt", "The government released 100 prisoners on Tuesday.")
        let bad = CandidateFixtures.article("bad.txt", "Troops numbered a figure too long to print.")
        let figure = CodedFigure(indicator: "troop_level", value: .infinity, kind: .current, span: TextSpan(start: 0, end: 6))
        let report = try store.importArticles(
            [CandidateFixtures.item(bad, figures: [figure]), CandidateFixtures.item(good)], importedAt: CandidateFixtures.stamp)
        #expect(report.articlesNew == 1)
        #expect(report.refused.map(\.origin) == ["bad.txt"])
        #expect(report.refused.first?.reason.contains("cannot be stored") == true)
        #expect(report.snapshot != nil)
    }
}
