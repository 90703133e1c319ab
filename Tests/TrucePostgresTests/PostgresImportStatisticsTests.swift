import Foundation
import Testing
import TruceModel
import TruceStorage
import TruceTestSupport

@testable import TrucePostgres

/// An import that changes a large part of events analyzes it before returning, so the next read is not planned
/// without statistics while autovacuum has yet to come round; a small one leaves it to autovacuum.
@Suite(.enabled(if: PostgresTestDatabase.isWanted)) struct PostgresImportStatisticsTests {
    static func events(_ keys: ClosedRange<Int>) -> [Event] {
        keys.map {
            Fixtures.event(
                "S\($0)", "2021-06-\(String(format: "%02d", $0 % 30 + 1))", $0 % 4 == 0 ? "Unidentified Armed Group" : "Police Forces",
                type: $0 % 3 == 0 ? "Protests" : "Riots", subType: $0 % 3 == 0 ? "Peaceful protest" : "Mob violence", country: "Nepal")
        }
    }

    static func importing(_ keys: ClosedRange<Int>, _ file: String, into store: PostgresStore) async throws -> ImportReport {
        try await store.importEvents(
            from: ListedRecords(values: events(keys)), kind: "acled", input: file, importedAt: "2026-02-01T00:00:00Z",
            rejects: DiscardedRejects(), progress: { _ in })
    }

    /// How many times events was analyzed by a statement (autovacuum's own runs count apart), and the columns
    /// the planner has statistics for.
    static func analyses(at url: String) async throws -> (count: Int, columns: [String]) {
        let count = try await PostgresBulkImportTests.texts(
            "SELECT analyze_count::text FROM pg_stat_user_tables WHERE relname = 'events'", at: url)
        let columns = try await PostgresBulkImportTests.texts(
            "SELECT attname::text FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'events' ORDER BY 1", at: url)
        return (Int(count.first ?? "") ?? -1, columns)
    }

    @Test func aFirstImportLeavesTheTableWithStatistics() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let store = try await PostgresStore.open(url: url)
            #expect(try await Self.analyses(at: url).columns.isEmpty)
            let report = try await Self.importing(1...400, "first.csv", into: store)
            #expect(report.counts.stored == 400)
            let after = try await Self.analyses(at: url)
            #expect(after.count == 1)
            #expect(after.columns.contains("country") && after.columns.contains("event_date"), "\(after.columns)")
            #expect(!after.columns.contains("notes"), "no query reads notes: \(after.columns)")
            let counted = try await PostgresBulkImportTests.texts("SELECT reltuples::bigint::text FROM pg_class WHERE relname = 'events'", at: url)
            #expect(counted == ["400"])
            await store.close()
        }
    }

    /// The threshold is autovacuum's: 50 rows plus a tenth of the rows last counted (400 here, so 90).
    @Test func onlyAnImportThatChangesMoreThanAutovacuumsThresholdAnalyzes() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let store = try await PostgresStore.open(url: url)
            _ = try await Self.importing(1...400, "first.csv", into: store)
            #expect(try await Self.analyses(at: url).count == 1)

            let few = try await Self.importing(401...480, "few.csv", into: store)
            #expect(few.counts.stored == 80)
            #expect(try await Self.analyses(at: url).count == 1)

            let same = try await Self.importing(1...480, "same.csv", into: store)
            #expect(same.counts.stored == 0 && same.counts.unchanged == 480)
            #expect(try await Self.analyses(at: url).count == 1)

            let many = try await Self.importing(481...600, "many.csv", into: store)
            #expect(many.counts.stored == 120)
            #expect(try await Self.analyses(at: url).count == 2)
            await store.close()
        }
    }

    /// Migration `v12-event-statistics-columns`: an older store's events keep their rows, and ANALYZE samples
    /// only the columns some query's condition reads (the statistics it sampled before stay, unread).
    @Test func anOlderStoreMigratesToStatisticsOfTheReadColumnsOnly() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let old = try await PostgresStore.open(PostgresLocation(url: url), migrations: "v11-event-date-spread")
            _ = try await Self.importing(1...300, "old.csv", into: old)
            #expect(try await Self.analyses(at: url).columns.contains("notes"))
            await old.close()

            let store = try await PostgresStore.open(url: url)
            let unsampled = try await PostgresBulkImportTests.texts(
                "SELECT attname::text FROM pg_attribute WHERE attrelid = 'events'::regclass AND attstattarget = 0 ORDER BY 1", at: url)
            #expect(unsampled.contains("notes") && unsampled.contains("latitude") && unsampled.contains("source_file"), "\(unsampled)")
            for read in ["country", "event_date", "date_earliest", "actor1", "admin1", "fatalities_best", "snapshot_id", "revision"] {
                #expect(!unsampled.contains(read), "\(read) is read by a condition")
            }
            #expect(try await store.eventCount(matching: EventFilter()) == 300)
            let more = try await Self.importing(301...800, "more.csv", into: store)
            #expect(more.counts.stored == 500)
            #expect(try await Self.analyses(at: url).count == 2)
            await store.close()
        }
    }

    @Test(arguments: [(0, 0.0, false), (50, 0.0, false), (51, 0.0, true), (150, 1000.0, false), (151, 1000.0, true)])
    func theRuleIsAutovacuumsDefault(_ changed: Int, _ counted: Double, _ stale: Bool) {
        #expect(StaleStatistics.areStale(changed: changed, counted: counted) == stale)
    }
}
