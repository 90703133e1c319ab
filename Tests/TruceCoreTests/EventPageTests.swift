import Testing
import TruceCore
import TruceModel
import TruceStorage
import TruceTestSupport

/// A page of events and its total: exact when the page ends the list or the count stays under its
/// cap, a lower bound (said so) when the count stops at the cap.
@Suite struct EventPageTests {
    static let filter = EventFilter(country: "Afghanistan")

    @Test func aPageThatEndsTheListTellsTheExactTotal() async throws {
        let app = try await EventStreamTests.app()
        let count = try await app.eventCount(matching: Self.filter)
        try #require(count > 20)
        let whole = try await app.events(matching: Self.filter, limit: count + 10, offset: 0, countCap: 0)
        #expect(whole.total == count && !whole.totalIsLowerBound && whole.events.count == count)
        let last = try await app.events(matching: Self.filter, limit: 10, offset: count - 3, countCap: 0)
        #expect(last.total == count && !last.totalIsLowerBound && last.events.count == 3)
        let beyond = try await app.events(matching: Self.filter, limit: 10, offset: count + 5, countCap: 100_000)
        #expect(beyond.total == count && !beyond.totalIsLowerBound && beyond.events.isEmpty)
    }

    @Test func aFullPageCountsUpToTheCap() async throws {
        let app = try await EventStreamTests.app()
        let count = try await app.eventCount(matching: Self.filter)
        let exact = try await app.events(matching: Self.filter, limit: 5, offset: 5, countCap: count)
        #expect(exact.total == count && !exact.totalIsLowerBound && exact.events.count == 5)
        let capped = try await app.events(matching: Self.filter, limit: 5, offset: 5, countCap: 3)
        #expect(capped.total == 13 && capped.totalIsLowerBound, "offset, page and cap: 5 + 5 + 3, and more")
        let uncapped = try await app.events(matching: Self.filter, limit: 5, offset: 5)
        #expect(uncapped.total == count && !uncapped.totalIsLowerBound)
    }

    @Test func totalsAreCountedOncePerFilterUntilTheEvidenceChanges() async throws {
        let app = try await EventStreamTests.app()
        let totals = EventTotals(app: app)
        for offset in [0, 5, 10, 0] {
            let kept = try await totals.page(matching: Self.filter, limit: 5, offset: offset, countCap: 3)
            let fresh = try await app.events(matching: Self.filter, limit: 5, offset: offset, countCap: 3)
            #expect(kept.total == fresh.total && kept.totalIsLowerBound == fresh.totalIsLowerBound)
            #expect(kept.events.map(EventPosition.init(of:)) == fresh.events.map(EventPosition.init(of:)), "the page itself is read each time")
        }
        #expect(totals.counted == 3, "a deeper page counts further; the first page again reuses a count")
        let count = try await app.eventCount(matching: Self.filter)
        let exact = try await totals.page(matching: Self.filter, limit: 5, offset: 0, countCap: count)
        #expect(exact.total == count && !exact.totalIsLowerBound && totals.counted == 4)
        _ = try await totals.page(matching: Self.filter, limit: 5, offset: 20, countCap: 7)
        #expect(totals.counted == 4, "an exact count answers every later page")
        let more = Event(
            key: "NEW1", dataset: "zz-test", date: DateSpan(day: Day(iso: "2020-05-02")!), type: EventType(event: "Battles"), actor1: EventActor(),
            actor2: EventActor(), location: Location(country: "Afghanistan"), fatalities: Fatalities(exactly: 0))
        _ = try await app.storage.importEvents(
            from: ListedRecords(values: [more]), kind: "test", input: "more.csv", importedAt: "2026-01-02T00:00:00Z", rejects: DiscardedRejects(),
            progress: { _ in })
        let after = try await totals.page(matching: Self.filter, limit: 5, offset: 0, countCap: count + 10)
        #expect(after.total == count + 1 && totals.counted == 5, "new evidence is counted afresh")
        #expect(totals.count == 1, "the totals of the older evidence are dropped")
    }
}
