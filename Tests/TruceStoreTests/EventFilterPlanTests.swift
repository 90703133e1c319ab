import GRDB
import Testing
import TruceModel
import TruceStorage
import TruceTestSupport

@testable import TruceStore

/// The event list's filters read an index, not the whole table: SQLite's own plan says so.
@Suite struct EventFilterPlanTests {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// Each filter a user sends, and the index its page must read.
    static let cases: [(EventFilter, String)] = [
        (EventFilter(from: day("2020-03-01"), to: day("2020-06-30")), "events_by_event_date"),
        (EventFilter(actor: "taliban", from: day("2020-03-01"), to: day("2020-06-30"), admin1: "Helmand"), "events_by_admin1"),
        (EventFilter(admin1: "helmand"), "events_by_admin1"),
        (EventFilter(actor: "taliban"), "events_by_event_date"),
        (EventFilter(from: day("2020-03-01"), type: "Battles"), "events_by_event_date"),
        // The data set is checked on each entry of the date index, before its row is read.
        (EventFilter(dataset: "acled"), "events_by_event_date"),
        (EventFilter(dataset: "acled", admin1: "Helmand"), "events_by_admin1"),
    ]

    @Test(arguments: cases)
    func theEventPageReadsAnIndex(_ filter: EventFilter, _ index: String) async throws {
        let store = try Store.inMemory()
        let (sql, arguments) = Store.eventPageQuery(filter, limit: 50, offset: 0)
        let plan = try store.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains(index) }, "\(filter): \(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN events") && !$0.contains("INDEX") }, "no full scan of events: \(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "the index gives the page's order: \(plan)")
    }

    /// A streamed export's next page starts in the index at the last event sent, not at the first match.
    @Test(arguments: cases)
    func theNextPageStartsAtThePosition(_ filter: EventFilter, _ index: String) async throws {
        let store = try Store.inMemory()
        let position = EventPosition(day: Self.day("2020-04-01"), dataset: filter.dataset ?? "ucdp", key: "AFG100")
        let (sql, arguments) = Store.eventPageQuery(filter, after: position, limit: 500)
        let plan = try store.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }
        let start = "(event_date,dataset,event_key)>(?,?,?)"
        #expect(plan.contains { $0.contains(index) && $0.contains(start) }, "\(filter): \(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "the index gives the page's order: \(plan)")
    }

    @Test func aFreshStoreHasEveryFilterIndex() async throws {
        let store = try Store.inMemory()
        let expected = Set(Schema.eventIndexNames)
        #expect(expected.isSubset(of: Set(try store.indexNames(on: "events"))))
    }
}
