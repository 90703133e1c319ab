import Foundation
import Testing
import TruceFormats
import TruceModel
import TrucePostgres
import TruceStorage
import TruceTestSupport

/// A PostgreSQL store made before the spread of events' dates was recorded gets it computed when opened.
@Suite(.enabled(if: PostgresTestDatabase.isWanted)) struct PostgresDateSpreadTests {
    static let stamp = "2026-01-01T00:00:00Z"
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    static func event(_ key: String, day stated: String, from earliest: String, to latest: String, revision: Int? = nil) -> Event {
        var event = Event(
            key: key, dataset: "acled", date: DateSpan(day: day(stated), earliest: day(earliest), latest: day(latest), precision: .month),
            type: EventType(event: "Battles", subEvent: "Armed clash"), actor1: EventActor(name: "Taliban"),
            location: Location(country: "Afghanistan", admin1: "Helmand"), sources: ["Test Wire"])
        event.revision = revision
        return event
    }

    static func importEvents(_ events: [Event], into store: PostgresStore) async throws -> ImportReport {
        try await store.importEvents(
            from: ListedRecords(values: events), kind: "acled", input: "events.csv", importedAt: stamp, rejects: DiscardedRejects(),
            progress: { _ in })
    }

    /// Made at `v9-accounts-audit-alerts`, as main made stores: a year-wide span kept only in history (the event was
    /// revised to one day), one kept only in the deletions, and a month-wide current event. Each is found by a
    /// window at the far end of its span, as of the imports that had it.
    @Test func aStoreMadeBeforeGetsTheSpreadOfEveryVersionItHolds() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let old = try await PostgresStore.open(PostgresLocation(url: url), migrations: "v9-accounts-audit-alerts")
            let first = try await Self.importEvents(
                [Self.event("H1", day: "2020-01-01", from: "2020-01-01", to: "2020-12-31", revision: 1)], into: old)
            _ = try await Self.importEvents([Self.event("H1", day: "2020-01-01", from: "2020-01-01", to: "2020-01-01", revision: 2)], into: old)
            let deleted = try await Self.importEvents([Self.event("D1", day: "2020-09-30", from: "2019-12-01", to: "2020-09-30")], into: old)
            _ = try await old.importDeletions(
                from: ListedRecords(values: [ACLEDDeletion(key: "D1")]), input: "deleted.csv", importedAt: Self.stamp, rejects: DiscardedRejects(),
                progress: { _ in })
            _ = try await Self.importEvents([Self.event("C1", day: "2020-05-10", from: "2020-05-01", to: "2020-05-31")], into: old)
            await old.close()

            let store = try await PostgresStore.open(url: url)
            do {
                #expect(try await store.appliedMigrations().contains("v11-event-date-spread"))
                let december = try await store.events(from: Self.day("2020-12-31"), to: Self.day("2020-12-31"), countries: [], asOf: first.snapshot)
                #expect(december.map(\.key) == ["H1"], "the year-wide version, as of the first import")
                let start = try await store.events(
                    matching: EventQuery(from: Self.day("2019-12-01"), to: Self.day("2019-12-01")), asOf: deleted.snapshot)
                #expect(start.map(\.key) == ["D1"], "the deleted event, as of its import")
                var may: [String] = []
                _ = try await store.forEachEventToLink(country: nil, from: Self.day("2020-05-31"), to: nil) { may.append($0.key) }
                #expect(may == ["C1"])
                await store.close()
            } catch {
                await store.close()
                throw error
            }
        }
    }
}
