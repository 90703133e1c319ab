import Foundation
import Testing
import TruceModel
import TrucePostgres
import TruceStorage
import TruceStore
import TruceTestSupport

/// Evidence of format version 2 on PostgreSQL: hashed as SQLite hashes it, added by a migration that
/// keeps what older stores hold, and a store that verifies what it is.
@Suite(.enabled(if: PostgresTestDatabase.isWanted)) struct PostgresFormat2Tests {
    static let stamp = "2026-01-01T00:00:00Z"

    static let observations = [
        Observation(key: "O1", indicator: "prisoners_released", actor: "taliban", date: Day(iso: "2020-03-10")!, value: 100, source: "Wire"),
        Observation(
            key: "O2", indicator: "ceasefire_violations", country: "Ukraine", date: Day(iso: "2015-02-01")!, value: 1200, source: "OSCE",
            reportedBy: "osce", latestDate: Day(iso: "2015-02-28")!, admin1: "Donetsk", admin2: "Bakhmut", place: "Debaltseve",
            attributes: ["report": "SMM \"16\" Feb", "page": "3"]),
    ]
    static let claims = [
        Claim(key: "C1", date: Day(iso: "2016-03-01")!, speaker: "s", quote: "q", aboutProvision: "troops", source: "Wire"),
        Claim(
            key: "C2", date: Day(iso: "2016-01-01")!, speaker: "s", quote: "q", aboutProvision: "troops; *", modality: .promised, source: "Wire",
            latestDate: Day(iso: "2016-12-31")!, attributes: ["language": "ps"]),
    ]

    static func importBoth(into storage: any TruceStorage) async throws -> (observations: ImportReport, claims: ImportReport) {
        let o = try await storage.importObservations(
            from: ListedRecords(values: observations), input: "observations.csv", importedAt: stamp, rejects: DiscardedRejects(), progress: { _ in })
        let c = try await storage.importClaims(
            from: ListedRecords(values: claims), input: "claims.csv", importedAt: stamp, rejects: DiscardedRejects(), progress: { _ in })
        return (o, c)
    }

    /// Each row's key and stored columns, new ones included, by key.
    static func rows(of table: String, _ store: any StoreTables, columns: [String]) async throws -> [[TableValue]] {
        var rows: [[TableValue]] = []
        try await store.readRows(of: table, columns: columns) { rows += $0 }
        return rows.sorted { "\($0[0])" < "\($1[0])" }
    }

    @Test func observationsAndClaimsAreStoredAndHashedAsSQLiteStoresThem() async throws {
        let sqlite = try Store.inMemory()
        _ = try await Self.importBoth(into: sqlite)
        try await PostgresTestDatabase.with { (postgres: PostgresStore) async throws in
            _ = try await Self.importBoth(into: postgres)
            let columns = [
                "observations": ["observation_key", "content_hash", "observed_until", "admin1", "admin2", "place", "attributes", "reported_by"],
                "claims": ["claim_key", "content_hash", "modality", "said_until", "attributes"],
            ]
            for (table, names) in columns {
                let onFile = try await Self.rows(of: table, sqlite, columns: names)
                let onServer = try await Self.rows(of: table, postgres, columns: names)
                #expect(onFile.count == 2 && onFile == onServer, "\(table): \(onFile) / \(onServer)")
            }
            let again = try await Self.importBoth(into: postgres)
            #expect(again.observations.counts.unchanged == 2 && again.claims.counts.unchanged == 2, "the same records again change nothing")
        }
    }

    @Test func anOlderStoreGainsTheColumnsAndItsRecordsKeepTheirHash() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            // The row an older Truce stored, with the hash SQLite gives it (this version cannot write to a v2 schema).
            let plain = [Self.observations[0]]
            let sqlite = try Store.inMemory()
            _ = try await sqlite.importObservations(
                from: ListedRecords(values: plain), input: "o.csv", importedAt: Self.stamp, rejects: DiscardedRejects(), progress: { _ in })
            let hash = try await Self.rows(of: "observations", sqlite, columns: ["observation_key", "content_hash"])[0][1]
            guard case .integer(let oldHash) = hash else {
                Issue.record("a hash is an integer: \(hash)")
                return
            }
            let old = try await PostgresStore.open(PostgresLocation(url: url), migrations: "v2")
            try await PostgresOpeningTests.execute(
                "INSERT INTO snapshots (id, source, file_name, file_hash, imported_at) VALUES (1, 'observations', 'o.csv', '', '\(Self.stamp)')",
                at: url)
            try await PostgresOpeningTests.execute(
                """
                INSERT INTO observations (observation_key, indicator, actor, observed_on, value, source, content_hash, snapshot_id, source_file, source_line)
                VALUES ('O1', 'prisoners_released', 'taliban', '2020-03-10', 100, 'Wire', \(oldHash), 1, 'o.csv', 2)
                """, at: url)
            let behind = try await old.verify()
            #expect(!behind.isSound && behind.problems.contains { $0.contains("schema is at v2") }, "\(behind.problems)")
            await old.close()
            let store = try await PostgresStore.open(url: url)
            let again = try await store.importObservations(
                from: ListedRecords(values: plain), input: "o.csv", importedAt: Self.stamp, rejects: DiscardedRejects(), progress: { _ in })
            #expect(again.counts.unchanged == 1, "a record without the new fields keeps its hash across the migration: \(again.counts)")
            var dated = plain[0]
            dated.latestDate = Day(iso: "2020-03-31")
            let revised = try await store.importObservations(
                from: ListedRecords(values: [dated]), input: "o.csv", importedAt: Self.stamp, rejects: DiscardedRejects(), progress: { _ in })
            #expect(revised.counts.updated == 1, "an imprecise date is a revision")
            let then = try await store.observations(indicator: "prisoners_released", asOf: 1)
            #expect(then.map(\.latestDate) == [nil], "the version from before the column reads back without it")
            let now = try await store.observations(indicator: "prisoners_released", asOf: nil)
            #expect(now.map(\.latestDate) == [Day(iso: "2020-03-31")])
            #expect(try await store.verify().isSound)
            await store.close()
        }
    }

    @Test func verifyingNamesAMissingTable() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let store = try await PostgresStore.open(url: url)
            let sound = try await store.verify()
            #expect(sound.isSound && sound.applicationID == 0 && sound.latestMigration == "v12-event-statistics-columns", "\(sound)")
            try await PostgresOpeningTests.execute("DROP TABLE review_actions", at: url)
            let damaged = try await store.verify()
            #expect(!damaged.isSound && damaged.problems.contains { $0.contains("review_actions") }, "\(damaged.problems)")
            await store.close()
        }
    }

    /// A recorded spread of event dates narrower than the rows, which would drop events from date windows, is reported.
    @Test func verifyingFindsASpreadNarrowerThanTheEvents() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let store = try await PostgresStore.open(url: url)
            var event = Fixtures.event("W1", "2020-06-15", "Taliban")
            event.date = DateSpan(day: Day(iso: "2020-06-15")!, earliest: Day(iso: "2020-01-01")!, latest: Day(iso: "2020-12-31")!, precision: .year)
            _ = try await store.importEvents(
                from: ListedRecords(values: [event]), kind: "acled", input: "events.csv", importedAt: Self.stamp, rejects: DiscardedRejects(),
                progress: { _ in })
            #expect(try await store.verify().isSound)
            try await PostgresOpeningTests.execute("UPDATE event_date_spread SET days_after_earliest = 14", at: url)
            let narrow = try await store.verify()
            #expect(
                narrow.problems.contains { $0.contains("(+14/-199 days) is narrower than the stored events' (+166/-199 days)") }, "\(narrow.problems)"
            )
            await store.close()
        }
    }
}
