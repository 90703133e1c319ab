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

/// The evaluator's and the incident linker's date windows read the range of `events_by_event_date` that the
/// store's recorded spread of dates bounds, not the whole index, or, when the evaluator's window holds much of
/// the store's days, the table once without any index and without sorting in SQLite: SQLite's own plan says so.
@Suite struct EventWindowPlanTests {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// Events up to a month after their earliest day and a year before their latest.
    static let spread = EventDateSpread(daysAfterEarliest: 31, daysBeforeLatest: 365)
    static let range = "events_by_event_date (event_date>? AND event_date<?)"

    /// The statements of each date window the evaluator reads, with their filters, read as `read` says.
    static func evaluatorWindows(_ read: EventWindowRead) -> [(name: String, query: (sql: String, arguments: StatementArguments))] {
        [
            ("a window", Store.windowQuery(from: day("2020-02-29"), to: day("2021-12-31"), countries: [], spread: spread, read: read)),
            (
                "a window in two countries",
                Store.windowQuery(
                    from: day("2020-02-29"), to: day("2020-03-10"), countries: ["Afghanistan", "Pakistan"], spread: spread, read: read)
            ),
            ("a scope's query", Store.eventQuery(EventQuery(from: day("2020-02-29"), to: day("2021-12-31")), spread: spread, read: read)),
            (
                "a scope's query with every filter",
                Store.eventQuery(
                    EventQuery(
                        from: day("2020-02-22"), to: day("2020-02-28"), countries: ["Afghanistan"], eventTypes: ["Battles"],
                        subEventTypes: ["Armed clash"], admin1: ["Helmand"], minFatalities: 1, side1: ActorNames(exact: ["taliban"]),
                        side2: ActorNames(prefixes: ["military forces of afghanistan"])), spread: spread, read: read)
            ),
        ]
    }

    /// The statements of each date window, the incident linker's included, that read a range of the date index.
    static func windows() -> [(name: String, query: (sql: String, arguments: StatementArguments))] {
        evaluatorWindows(.index) + [
            ("events to link in a country", Store.linkingQuery(country: "Myanmar", from: day("2021-02-01"), to: day("2021-03-31"), spread: spread))
        ]
    }

    static func plan(_ query: (sql: String, arguments: StatementArguments), in store: Store) throws -> [String] {
        try store.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + query.sql, arguments: query.arguments).map { $0["detail"] as String }
        }
    }

    @Test func eachDateWindowReadsARangeOfTheDateIndex() async throws {
        let store = try Store.inMemory()
        for (name, query) in Self.windows() {
            let plan = try Self.plan(query, in: store)
            #expect(plan.contains { $0.hasPrefix("SEARCH events USING INDEX " + Self.range) }, "\(name): \(plan)")
            #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(name): the index gives the order: \(plan)")
        }
    }

    /// A scan reads the table alone, in file order: no index, no rows looked up by id, no sorter.
    @Test func eachScannedWindowReadsTheTableOnceAndSortsNothing() async throws {
        let store = try Store.inMemory()
        for (name, query) in Self.evaluatorWindows(.scan) {
            let plan = try Self.plan(query, in: store)
            #expect(plan == ["SCAN events"], "\(name): \(plan)")
        }
    }

    /// Several wide windows read together (an assessment's scopes) are one scan of the table, no sorter,
    /// as of a snapshot too; the terms the queries share are tested once, before each query's own.
    @Test func wideWindowsReadTogetherScanTheTableOnce() throws {
        let store = try Store.inMemory()
        let taliban = ActorNames(exact: ["taliban"])
        let queries = [
            EventQuery(from: Self.day("2020-02-29"), to: Self.day("2021-12-31"), countries: ["Afghanistan"], eventTypes: ["Battles"], side1: taliban),
            EventQuery(from: Self.day("2020-02-29"), to: Self.day("2021-12-31"), countries: ["Afghanistan"], side2: taliban),
            EventQuery(from: Self.day("2020-01-01"), to: Self.day("2020-02-28"), countries: ["Afghanistan"], minFatalities: 1),
        ]
        let conditions = queries.map { $0.sqlTerms(spread: Self.spread) }
        let (shared, own) = EventWindowBatch.factor(conditions)
        #expect(shared.map(\.sql) == ["(country COLLATE NOCASE IN (?) OR length(country) <> length(CAST(country AS BLOB)))"])
        #expect(own.map(\.count) == [6, 5, 5], "four dates each, and the scope's own filters")
        let today = EventWindowBatch.sharedStatement(conditions) { condition, read in Store.statement(where: condition, read: read) }
        #expect(try Self.plan(today, in: store) == ["SCAN events"])
        let then = EventWindowBatch.sharedStatement(conditions) { condition, read in
            SnapshotView.windowQuery(snapshot: 1, where: (condition.sql, condition.arguments.map { $0 }), read: read)
        }
        let plan = try Self.plan(then, in: store)
        #expect(plan.contains { $0.hasSuffix("SCAN events") }, "\(plan)")
        #expect(!plan.contains { $0.contains("events USING INDEX") || $0.contains("TEMP B-TREE") }, "\(plan)")
    }

    /// As of a snapshot, the table's part of the window is read as today's window is; the versions
    /// replaced or deleted since are found by their own tables.
    @Test(arguments: [EventWindowRead.index, .scan])
    func aWindowAsOfASnapshotReadsTheTableAsTodaysDoes(_ read: EventWindowRead) async throws {
        let store = try Store.inMemory()
        let scope = EventQuery(from: Self.day("2020-02-22"), to: Self.day("2020-02-28"), countries: ["Afghanistan"], eventTypes: ["Battles"])
        let query = SnapshotView.windowQuery(snapshot: 1, where: scope.sqlCondition(spread: Self.spread), read: read)
        let plan = try Self.plan(query, in: store)
        let table = read == .index ? "SEARCH events USING INDEX " + Self.range : "SCAN events"
        #expect(plan.contains { $0.hasSuffix(table) || $0.contains(table + " ") || $0 == table }, "\(plan)")
        #expect(!plan.contains { $0.contains("events USING INDEX") } || read == .index, "\(plan)")
    }

    /// Without a recorded spread (a store below its migration) the window stays correct and reads the whole index.
    @Test func withoutASpreadTheWindowReadsTheWholeIndex() async throws {
        let store = try Store.inMemory()
        let query = Store.windowQuery(from: Self.day("2020-02-29"), to: Self.day("2021-12-31"), countries: [], spread: nil, read: .index)
        #expect(!query.sql.contains("event_date >="))
        let plan = try Self.plan(query, in: store)
        #expect(plan.contains { $0.hasPrefix("SCAN events USING INDEX events_by_event_date") }, "\(plan)")
    }
}
