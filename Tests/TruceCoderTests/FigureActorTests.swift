import Testing
import TruceModel

@testable import TruceCoder

/// Whose a figure is (issue 12 items 5 and 6): the sides named together when they act together, and never the people
/// the figure counts. The sentences are written for these tests.
@Suite struct FigureActorTests {
    let coder = ArticleCoder()

    func figures(_ text: String) -> [CodedFigure] {
        coder.code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: "2025-06-06"))).figures
    }

    @Test func theSidesNamedTogetherAreTheFiguresActor() throws {
        let released = try #require(figures("Both sides released 40 prisoners on Tuesday under the deal.").first)
        #expect(released.indicator == "prisoners_released" && released.value == 40)
        #expect(released.actor?.name == "both parties", "\(String(describing: released.actor))")
        let freed = try #require(figures("The two sides freed 25 detainees on Wednesday, mediators said.").first)
        #expect(freed.actor?.name == "both parties", "\(String(describing: freed.actor))")
    }

    @Test func thePeopleCountedAreNotTheFiguresActor() throws {
        let released = try #require(figures("Some 40 prisoners were released on Tuesday by the rebels.").first)
        #expect(released.actor?.text != "prisoners", "\(String(describing: released.actor))")
        // An actor named before the count is still the figure's.
        let freed = try #require(figures("Hamas released three hostages on Sunday.").first)
        #expect(freed.actor?.name == "Hamas")
    }
}
