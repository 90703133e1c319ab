import Foundation
import GRDB
import Testing
import TruceFormats
import TruceModel
import TruceStorage
import TruceTestSupport

@testable import TruceStore

/// The recorded spread of events' dates, which bounds date windows to a range of stated days.
@Suite struct EventDateSpreadTests {
    static let stamp = "2026-01-01T00:00:00Z"
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    static func event(_ key: String, day stated: String, from earliest: String, to latest: String, revision: Int? = nil) -> Event {
        var event = Event(
            key: key, dataset: "acled",
            date: DateSpan(day: day(stated), earliest: day(earliest), latest: day(latest), precision: .month),
            type: EventType(event: "Battles", subEvent: "Armed clash"), actor1: EventActor(name: "Taliban"),
            location: Location(country: "Afghanistan", admin1: "Helmand"), sources: ["Test Wire"])
        event.revision = revision
        return event
    }

    static func importEvents(_ events: [Event], into store: Store) throws -> ImportReport {
        try store.importEvents(from: ListedRecords(values: events), kind: "acled", path: "events.csv", importedAt: stamp, rejects: DiscardedRejects())
    }

    @Test func theStatedDaysOfAWindowWidenByTheSpread() {
        let spread = EventDateSpread(daysAfterEarliest: 30, daysBeforeLatest: 2)
        let days = spread.statedDays(touching: Self.day("2020-03-01"), Self.day("2020-03-31"))
        #expect(days.from == Self.day("2020-02-28") && days.to == Self.day("2020-04-30"))
        let open = spread.statedDays(touching: nil, Self.day("2020-03-31"))
        #expect(open.from == nil && open.to == Self.day("2020-04-30"))
        // Past year 9999 (or before year 1) `YYYY-MM-DD` text no longer sorts as days do: no bound there.
        let wide = EventDateSpread(daysAfterEarliest: 3_652_059, daysBeforeLatest: 3_652_059)
        let unbounded = wide.statedDays(touching: Self.day("2020-03-01"), Self.day("2020-03-31"))
        #expect(unbounded.from == nil && unbounded.to == nil)
        #expect(EventDateSpread(daysAfterEarliest: -4, daysBeforeLatest: 3) == EventDateSpread(daysAfterEarliest: 0, daysBeforeLatest: 3))
    }

    @Test func everyImportRaisesTheRecordedSpreadAndNoneLowersIt() throws {
        let store = try Store.inMemory()
        #expect(try store.read { db in try EventDateSpread.recorded(in: db) } == EventDateSpread())
        _ = try Self.importEvents([Self.event("E1", day: "2020-03-15", from: "2020-03-01", to: "2020-03-31")], into: store)
        #expect(try store.read { db in try EventDateSpread.recorded(in: db) } == EventDateSpread(daysAfterEarliest: 14, daysBeforeLatest: 16))
        _ = try Self.importEvents([Self.event("E2", day: "2020-06-01", from: "2020-06-01", to: "2020-12-31")], into: store)
        #expect(try store.read { db in try EventDateSpread.recorded(in: db) } == EventDateSpread(daysAfterEarliest: 14, daysBeforeLatest: 213))
        _ = try Self.importEvents([Self.event("E3", day: "2020-06-01", from: "2020-06-01", to: "2020-06-01")], into: store)
        #expect(try store.read { db in try EventDateSpread.recorded(in: db) } == EventDateSpread(daysAfterEarliest: 14, daysBeforeLatest: 213))
    }

    /// A store made before the spread was recorded (at `v11-fewer-event-indexes`, as main made them)
    /// gets it computed when opened: from its events, the earlier versions of revised ones and deleted
    /// ones, which an assessment as of an older snapshot reads.
    @Test func aStoreMadeBeforeGetsTheSpreadOfEveryVersionItHolds() throws {
        let path = try TestPaths.temporaryDirectory("truce-spread-migration").appendingPathComponent("truce.sqlite").path
        let old = try Store.open(path: path, upTo: "v11-fewer-event-indexes")
        // Revised to a narrow span: the year-wide span survives only in history.
        let first = try Self.importEvents([Self.event("H1", day: "2020-01-01", from: "2020-01-01", to: "2020-12-31", revision: 1)], into: old)
        _ = try Self.importEvents([Self.event("H1", day: "2020-01-01", from: "2020-01-01", to: "2020-01-01", revision: 2)], into: old)
        // Deleted: its span survives only in the deletions.
        _ = try Self.importEvents([Self.event("D1", day: "2020-09-30", from: "2019-12-01", to: "2020-09-30")], into: old)
        var deletions = ListedRecords(values: [ACLEDDeletion(key: "D1")])
        _ = try old.applyDeletions(from: &deletions, input: "deleted.csv", importedAt: Self.stamp, rejects: DiscardedRejects(), progress: { _ in })
        _ = try Self.importEvents([Self.event("C1", day: "2020-05-10", from: "2020-05-01", to: "2020-05-31")], into: old)
        #expect(try old.read { db in try db.tableExists("event_date_spread") } == false)

        let store = try Store.open(path: path)
        #expect(try store.appliedMigrations().last == "v12-event-date-spread")
        #expect(try store.read { db in try EventDateSpread.recorded(in: db) } == EventDateSpread(daysAfterEarliest: 304, daysBeforeLatest: 365))
        let december = try store.asOf(snapshot: first.snapshot).events(from: Self.day("2020-12-31"), to: Self.day("2020-12-31"), countries: [])
        #expect(december.map(\.key) == ["H1"], "the year-wide version, as of the first import")
        let may = try store.events(from: Self.day("2020-05-31"), to: Self.day("2020-05-31"), countries: [])
        #expect(may.map(\.key) == ["C1"])
    }

    /// A day SQLite cannot read (written by hand, say) leaves the windows unbounded rather than missing the row.
    @Test func aDayThatCannotBeReadLeavesTheWindowsUnbounded() throws {
        let path = try TestPaths.temporaryDirectory("truce-spread-unreadable").appendingPathComponent("truce.sqlite").path
        let old = try Store.open(path: path, upTo: "v11-fewer-event-indexes")
        _ = try Self.importEvents([Self.event("C1", day: "2020-05-10", from: "2020-05-01", to: "2020-05-31")], into: old)
        try old.database.write { db in try db.execute(sql: "UPDATE events SET date_earliest = '2020-05-01?'") }
        let store = try Store.open(path: path)
        let spread = try #require(try store.read { db in try EventDateSpread.recorded(in: db) })
        let days = spread.statedDays(touching: Self.day("2020-05-01"), Self.day("2020-05-31"))
        #expect(days.from == Self.day("2020-05-01").adding(days: -21) && days.to == nil, "\(spread)")
    }

    /// A recorded spread narrower than the stored rows, which would drop events from date windows, is a problem `verify` reports.
    @Test func verifyFindsARecordedSpreadNarrowerThanTheRows() throws {
        let store = try Store.inMemory()
        _ = try Self.importEvents([Self.event("W1", day: "2020-06-15", from: "2020-01-01", to: "2020-12-31")], into: store)
        _ = try Self.importEvents([Self.event("W1", day: "2020-06-15", from: "2020-06-01", to: "2020-06-30", revision: 2)], into: store)
        #expect(try store.verify().isSound)
        #expect(try store.read { db in try EventDateSpread.stored(in: db) } == EventDateSpread(daysAfterEarliest: 166, daysBeforeLatest: 199))
        // The current version spans June alone; the replaced one, which a snapshot's window reads, the whole year.
        try store.write { db in try db.execute(sql: "UPDATE event_date_spread SET days_after_earliest = 14, days_before_latest = 199") }
        let problems = try store.verify().problems
        #expect(problems.count == 1)
        #expect(problems.first?.contains("(+14/-199 days) is narrower than the stored events' (+166/-199 days)") == true, "\(problems)")
        try store.write { db in try db.execute(sql: "UPDATE event_date_spread SET days_after_earliest = 166") }
        #expect(try store.verify().isSound)
    }

    @Test func aWiderSpreadCoversANarrowerOne() {
        let spread = EventDateSpread(daysAfterEarliest: 30, daysBeforeLatest: 2)
        #expect(spread.covers(EventDateSpread(daysAfterEarliest: 30, daysBeforeLatest: 0)))
        #expect(spread.covers(spread))
        #expect(!spread.covers(EventDateSpread(daysAfterEarliest: 0, daysBeforeLatest: 3)))
        #expect(!spread.covers(EventDateSpread(daysAfterEarliest: 31, daysBeforeLatest: 0)))
    }
}
