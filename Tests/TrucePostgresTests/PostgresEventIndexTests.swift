import Foundation
import Logging
import PostgresNIO
import Testing
import TruceModel
import TruceStorage
import TruceTestSupport

@testable import TrucePostgres

/// The events table keeps only the indexes some query reads (migration `v10-fewer-event-indexes`): an older
/// store migrates to them with its rows intact, the filters that need them still read them, and a merge no
/// longer needs an index by snapshot to register its actors.
@Suite(.enabled(if: PostgresTestDatabase.isWanted)) struct PostgresEventIndexTests {
    static let indexes = [
        "events_by_admin1", "events_by_country", "events_by_event_type", "events_by_order", "events_by_sub_event_type",
        "events_dataset_event_key_key", "events_pkey",
    ]

    static func importing(_ values: [Event], _ file: String, into store: PostgresStore) async throws -> ImportReport {
        try await store.importEvents(
            from: ListedRecords(values: values), kind: "acled", input: file, importedAt: "2026-01-01T00:00:00Z", rejects: DiscardedRejects(),
            progress: { _ in })
    }

    static func events(_ count: Int) -> [Event] {
        (1...count).map {
            Fixtures.event(
                "I\($0)", "2020-03-\(String(format: "%02d", $0 % 28 + 1))", $0 % 3 == 0 ? "Taliban" : "Military Forces of Afghanistan",
                type: $0 % 2 == 0 ? "Battles" : "Protests", subType: $0 % 2 == 0 ? "Armed clash" : "Peaceful protest")
        }
    }

    @Test func aStoreWithTheSevenIndexesMigratesToTheNarrowOnesKeepingItsRows() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let old = try await PostgresStore.open(PostgresLocation(url: url), migrations: "v9-accounts-audit-alerts")
            let events = Self.events(300)
            #expect(try await Self.importing(events, "old.csv", into: old).counts.stored == 300)
            let before = try await PostgresBulkImportTests.indexes(of: "events", at: url)
            #expect(before.contains("events_by_date") && before.contains("events_by_snapshot"), "\(before)")
            await old.close()

            let store = try await PostgresStore.open(url: url)
            #expect(try await PostgresBulkImportTests.indexes(of: "events", at: url) == Self.indexes)
            let definitions = try await PostgresBulkImportTests.texts(
                "SELECT indexname || ' ' || substring(indexdef from ' USING btree (.*)$') FROM pg_indexes WHERE tablename = 'events' ORDER BY 1",
                at: url)
            #expect(definitions.contains("events_by_country (lower(country))"), "\(definitions)")
            #expect(definitions.contains("events_by_event_type (lower(event_type))"), "\(definitions)")
            #expect(definitions.contains("events_by_sub_event_type (lower(sub_event_type))"), "\(definitions)")
            #expect(try await store.eventCount(matching: EventFilter()) == 300)
            var protests = EventFilter()
            protests.type = "peaceful PROTEST"
            #expect(try await store.eventCount(matching: protests) == 150)
            let again = try await Self.importing(events, "old.csv", into: store)
            #expect(again.counts.unchanged == 300 && again.counts.stored == 0 && again.counts.updated == 0)
            await store.close()
        }
    }

    /// A rare or absent country or type reads its narrow index and sorts its few matches, instead of walking
    /// the whole list order to fill a page.
    @Test(arguments: [
        ("country", EventFilter(country: "Iraq"), ["events_by_country"]),
        ("type", EventFilter(type: "Chemical weapon"), ["events_by_event_type", "events_by_sub_event_type"]),
    ])
    func aRareValueReadsItsIndex(_ name: String, _ filter: EventFilter, _ expected: [String]) async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let store = try await PostgresStore.open(url: url)
            _ = try await Self.importing(Self.events(3_000), "many.csv", into: store)
            await store.close()
            try await PostgresOpeningTests.execute("ANALYZE events", at: url)
            let sql = filter.conditions()
            let plan = try await PostgresBulkImportTests.texts(
                sql.query("EXPLAIN SELECT id FROM events" + sql.whereClause + SQLConditions.eventOrder + " LIMIT 50"), at: url
            ).joined(separator: "\n")
            for index in expected { #expect(plan.contains(index), "\(name): \(plan)") }
            #expect(!plan.contains("events_by_order"), "\(name): \(plan)")
        }
    }

    /// An import into a store that holds events registers the actors of the rows it stored or updated,
    /// found through its staged rows' keys, and not those of rows it left unchanged.
    @Test func aMergeRegistersTheActorsOfTheRowsItStoredOrUpdated() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let store = try await PostgresStore.open(url: url)
            let first = try await Self.importing(
                [Fixtures.event("A1", "2020-03-01", "Taliban"), Fixtures.event("A2", "2020-03-02", "Taliban")], "first.csv", into: store)
            let second = try await Self.importing(
                [
                    Fixtures.event("A1", "2020-03-01", "Taliban"),
                    Fixtures.event("A2", "2020-03-02", "Taliban", "Police Forces of Afghanistan"),
                    Fixtures.event("A3", "2020-03-03", "Islamic State Khorasan"),
                ], "second.csv", into: store)
            #expect(second.counts.stored == 1 && second.counts.updated == 1 && second.counts.unchanged == 1)
            let actors = try await PostgresBulkImportTests.texts("SELECT name || ' ' || first_snapshot_id FROM actors ORDER BY name", at: url)
            #expect(
                actors == [
                    "Islamic State Khorasan \(second.snapshot)", "Police Forces of Afghanistan \(second.snapshot)", "Taliban \(first.snapshot)",
                ])
            await store.close()
        }
    }
}
