import Testing
import TruceModel

@testable import TruceCoder

/// Issue 12 item 7: an event's confidence weighs signs that it was read right; one is being an act of the story the
/// article is written for, the day of its first act (the lead), whatever day it was published.
@Suite struct EventConfidenceTests {
    let coder = ArticleCoder()

    func events(_ text: String, date: String) -> [CodedEvent] {
        coder.code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: date)))
            .events.filter { !($0.acledEventType ?? "").isEmpty }
    }

    @Test func anActOfAnotherDayThanTheLeadWeighsLess() throws {
        // Published on Tuesday 14 March; the lead is Monday's raid, the second act one of ten days before.
        let found = events(
            "Afghan forces killed five insurgents in Helmand province on Monday. Afghan forces killed five insurgents in Kandahar province on March 3.",
            date: "2023-03-14")
        let monday = try #require(found.first { $0.date?.earliest == Day(iso: "2023-03-13") })
        let earlier = try #require(found.first { $0.date?.earliest == Day(iso: "2023-03-03") })
        #expect(monday.confidence > earlier.confidence)
    }

    @Test func actsOfTheLeadsDayWeighAlike() throws {
        let found = events(
            "Afghan forces killed five insurgents in Helmand province on Monday. On Monday, Afghan forces also killed five insurgents in Kandahar province.",
            date: "2023-03-14")
        #expect(found.count >= 2)
        let first = try #require(found.first)
        #expect(found.allSatisfy { $0.date == first.date && $0.confidence == first.confidence })
    }
}
