import Foundation
import GRDB
import Testing
import TruceModel
import TruceStorage
import TruceTestSupport

@testable import TruceStore

/// A date window read by a scan of the table returns exactly what the date index returns, in the same order.
@Suite struct EventWindowReadTests {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// Which read each window gets in a store of events stated from 2017 to 2021 (1,826 days).
    static let choices: [(from: String?, to: String?, read: EventWindowRead)] = [
        ("2020-02-22", "2020-02-28", .index),
        ("2020-01-01", "2020-02-28", .index),
        ("2020-01-01", "2020-04-30", .scan),
        ("2020-02-29", "2021-12-31", .scan),
        // Only the part of the window within the stored days counts.
        ("2021-12-01", "2030-12-31", .index),
        ("2010-01-01", "2017-01-20", .index),
        ("2030-01-01", "2030-12-31", .index),
        // An open end (no recorded spread, or a day beyond the years 0001–9999) reaches the store's end.
        (nil, "2017-01-20", .index),
        (nil, "2018-01-01", .scan),
        (nil, nil, .scan),
    ]

    @Test(arguments: choices)
    func aWindowOfMuchOfTheStoresDaysIsScanned(_ from: String?, _ to: String?, _ read: EventWindowRead) {
        let stored = Self.day("2017-01-01")...Self.day("2021-12-31")
        #expect(EventWindowRead.choose(statedDays: (from.map(Self.day), to.map(Self.day)), stored: stored) == read)
    }

    @Test func anEmptyStoreReadsTheIndex() throws {
        let store = try Store.inMemory()
        let (stored, read) = try store.read { db in
            (
                try EventWindowRead.storedDays(in: db),
                try EventWindowRead.choose(touching: Self.day("2020-01-01"), Self.day("2020-12-31"), spread: nil, in: db)
            )
        }
        #expect(stored == nil)
        #expect(read == .index)
    }

    /// Swift finds a precomposed é equal to a decomposed one; SQLite orders their bytes, and so does the sort.
    @Test func theScansSortComparesBytesAsSQLiteDoes() {
        let keys = ["e\u{301}", "\u{E9}", "ex", "Z", "a", "\u{1F600}", "\u{E9}a"]
        let events = keys.map { Fixtures.event($0, "2020-03-01", "Taliban") }
        // Bytes, not strings, are compared: the two é are equal strings.
        let sorted = EventWindowRead.sortedAsStored(events).map { Array($0.key.utf8) }
        #expect(sorted == ["Z", "a", "ex", "e\u{301}", "\u{E9}", "\u{E9}a", "\u{1F600}"].map { Array($0.utf8) })
        let days = [
            Fixtures.event("b", "2020-03-02", "Taliban"), Fixtures.event("a", "2020-03-03", "Taliban"), Fixtures.event("c", "2020-03-01", "Taliban"),
        ]
        #expect(EventWindowRead.sortedAsStored(days).map(\.key) == ["c", "b", "a"])
    }

    /// A store of 2020 whose events tie on days, differ in case and composition, and some span months.
    static func store() throws -> (store: Store, firstSnapshot: Int64) {
        let store = try Store.inMemory()
        let keys = ["a", "B", "\u{E9}", "e\u{301}", "ex", "Z", "z", "\u{1F600}", "AFG-10", "AFG-9"]
        let events = (0..<120).map { index -> Event in
            let stated = day("2020-01-01").adding(days: (index / 5) * 15)
            var event = Fixtures.event(keys[index % keys.count] + String(index / keys.count), stated.iso, "Taliban")
            event.dataset = ["acled", "ACLED", "ucdp"][index % 3]
            if index % 6 == 0 {
                event.date = DateSpan(day: stated, earliest: stated.adding(days: -45), latest: stated.adding(days: 90), precision: .month)
            }
            return event
        }
        let first = try store.importEvents(
            from: ListedEvents(events: Array(events.prefix(60))), kind: "acled", path: "first.csv", importedAt: "2026-01-01T00:00:00Z")
        var later = Array(events.dropFirst(60))
        // A revision, so that the first snapshot's window reads a replaced version too.
        var revised = events[6]
        revised.fatalities = Fatalities(exactly: 4)
        later.append(revised)
        _ = try store.importEvents(from: ListedEvents(events: later), kind: "acled", path: "later.csv", importedAt: "2026-01-02T00:00:00Z")
        return (store, first.snapshot)
    }

    static let windowEnds = ["2019-11-01", "2020-01-01", "2020-02-14", "2020-02-20", "2020-05-31", "2020-06-01", "2020-12-31", "2021-06-30"]
        .map(day)

    func identities(_ events: [Event]) -> [String] { events.map { "\($0.date.day) \($0.dataset) \($0.key) \($0.fatalities.best ?? -1)" } }

    @Test func bothReadsReturnTheSameEventsInTheSameOrder() throws {
        let (store, firstSnapshot) = try Self.store()
        let spread = try self.spread(store)
        var chosen: Set<String> = []
        for (index, from) in Self.windowEnds.enumerated() {
            for to in Self.windowEnds[index...] {
                let scope = EventQuery(from: from, to: to, countries: ["afghanistan"], side1: ActorNames(exact: ["taliban"]))
                let statements: [(String, (EventWindowRead) -> (sql: String, arguments: StatementArguments))] = [
                    ("window", { Store.windowQuery(from: from, to: to, countries: ["Afghanistan"], spread: spread, read: $0) }),
                    ("scope", { Store.eventQuery(scope, spread: spread, read: $0) }),
                    (
                        "scope as of the first import",
                        { SnapshotView.windowQuery(snapshot: firstSnapshot, where: scope.sqlCondition(spread: spread), read: $0) }
                    ),
                ]
                for (name, statement) in statements {
                    let (indexed, scanned) = try store.read { db in
                        (
                            try EventWindowRead.index.fetchEvents(db, sql: statement(.index).sql, arguments: statement(.index).arguments),
                            try EventWindowRead.scan.fetchEvents(db, sql: statement(.scan).sql, arguments: statement(.scan).arguments)
                        )
                    }
                    #expect(identities(scanned) == identities(indexed), "\(name) of \(from)…\(to)")
                }
                // What the evaluator calls gives the same, whichever read it chose.
                let indexed = try store.read { db in
                    let query = Store.eventQuery(scope, spread: spread, read: .index)
                    return try EventWindowRead.index.fetchEvents(db, sql: query.sql, arguments: query.arguments)
                }
                #expect(identities(try store.events(matching: scope)) == identities(indexed), "events matching \(from)…\(to)")
                chosen.insert("\(try store.read { db in try EventWindowRead.choose(touching: from, to, spread: spread, in: db) })")
            }
        }
        #expect(chosen == ["index", "scan"], "the windows try both reads")
    }

    /// Every window read together with the others (the wide ones in one pass) gets what it gets alone,
    /// today and as of the first import (whose window reads a version replaced since).
    @Test func windowsReadTogetherGetWhatEachGetsAlone() throws {
        let (store, firstSnapshot) = try Self.store()
        var queries: [EventQuery] = []
        for (index, from) in Self.windowEnds.enumerated() {
            for to in Self.windowEnds[index...] {
                queries.append(EventQuery(from: from, to: to, countries: ["afghanistan"], side1: ActorNames(exact: ["taliban"])))
                queries.append(EventQuery(from: from, to: to, eventTypes: ["BATTLES"], minFatalities: index % 2))
            }
        }
        let view = try store.asOf(snapshot: firstSnapshot)
        let today = try store.events(matchingEach: queries)
        let then = try view.events(matchingEach: queries)
        for (index, query) in queries.enumerated() {
            #expect(identities(today[index]) == identities(try store.events(matching: query)), "\(query)")
            #expect(identities(then[index]) == identities(try view.events(matching: query)), "\(query) as of the first import")
        }
        #expect(then.contains { $0.contains { $0.key == "z0" && $0.fatalities.best == 0 } }, "the version of the first import")
    }

    /// Stored days are read from their bytes; any text gets the day `Day(iso:)` gives it.
    @Test(arguments: [
        "2020-02-29", "2021-02-29", "0001-01-01", "9999-12-31", "2020-13-01", "2020-1-01", "+202-01-01", "2020-01-0x", "", "2020/01/01",
    ])
    func storedDaysReadAsDayReadsThem(_ text: String) {
        #expect(EventRow.day(text) == Day(iso: text))
    }

    /// Each column an event is read from is a column of `events`.
    @Test func theEventsColumnsAreTheTables() throws {
        let store = try Store.inMemory()
        let columns = try store.read { db in try Set(db.columns(in: "events").map(\.name)) }
        #expect(EventColumn.allCases.filter { !columns.contains($0.name) }.isEmpty)
        #expect(Set(EventColumn.allCases.map(\.name)).count == EventColumn.allCases.count)
    }

    /// The snapshot's public reads give what its statement gives, the scope's filters applied in SQL.
    @Test func aSnapshotFiltersItsWindowByTheScope() throws {
        let (store, firstSnapshot) = try Self.store()
        let view = try store.asOf(snapshot: firstSnapshot)
        let scope = EventQuery(from: Self.day("2020-01-01"), to: Self.day("2020-12-31"), side1: ActorNames(exact: ["nobody"]))
        #expect(try view.events(matching: scope).isEmpty)
        let all = try view.events(from: Self.day("2019-01-01"), to: Self.day("2021-12-31"), countries: [])
        #expect(all.count == 60)
        #expect(all.first { $0.key == "z0" && $0.dataset == "acled" }?.fatalities.best == 0, "the version of the first import")
        #expect(identities(all) == identities(EventWindowRead.sortedAsStored(all)))
    }

    func spread(_ store: Store) throws -> EventDateSpread? {
        try store.read { db in try EventDateSpread.recorded(in: db) }
    }
}
