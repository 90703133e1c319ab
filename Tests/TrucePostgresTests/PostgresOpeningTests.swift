import Foundation
import Logging
import PostgresNIO
import Testing
import TruceModel
import TrucePostgres
import TruceStorage
import TruceTestSupport

/// Opening a PostgreSQL store: migrations, and the errors for every way of naming the wrong thing.
@Suite(.enabled(if: PostgresTestDatabase.isWanted)) struct PostgresOpeningTests {
    /// Runs `sql` on the database at `url` as the test server's user.
    static func execute(_ sql: String, at url: String) async throws {
        try await withTestConnection(to: url) { connection, logger in
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
        }
    }

    static func message(of body: () async throws -> Void) async -> String? {
        do {
            try await body()
            return nil
        } catch let error as TruceError {
            return error.message
        } catch {
            return "not a TruceError: \(error)"
        }
    }

    @Test func aNewDatabaseIsMigratedAndRecordsItsSchemaVersion() async throws {
        try await PostgresTestDatabase.with { (store: PostgresStore) async throws in
            #expect(
                try await store.appliedMigrations() == [
                    "v1", "v2", "v3-evidence-format-2", "v4-jobs", "v5-coding-jobs", "v6-server", "v7-evidence-version", "v8-users-removal",
                    "v9-accounts-audit-alerts", "v10-fewer-event-indexes", "v11-event-date-spread", "v12-event-statistics-columns",
                ])
            #expect(try await store.counts()["events"] == 0)
        }
    }

    @Test func aNewerBinaryMigratesAnOlderStoreKeepingItsData() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let old = try await PostgresStore.open(PostgresLocation(url: url), migrations: "v1")
            #expect(try await old.appliedMigrations() == ["v1"])
            let report = try await old.importEvents(
                from: ListedRecords(values: [StorageContractEvents.one]), kind: "acled", input: "a.csv", importedAt: "2026-01-01T00:00:00Z",
                rejects: DiscardedRejects(), progress: { _ in })
            await old.close()
            let store = try await PostgresStore.open(url: url)
            #expect(
                try await store.appliedMigrations() == [
                    "v1", "v2", "v3-evidence-format-2", "v4-jobs", "v5-coding-jobs", "v6-server", "v7-evidence-version", "v8-users-removal",
                    "v9-accounts-audit-alerts", "v10-fewer-event-indexes", "v11-event-date-spread", "v12-event-statistics-columns",
                ])
            #expect(try await store.snapshots().map(\.id) == [report.snapshot])
            #expect(try await store.eventCount(matching: EventFilter()) == 1)
            #expect(try await store.reviewCounts().isEmpty, "the tables of the later migration are there")
            #expect(try await store.jobs().isEmpty, "the jobs table of v4-jobs is there")
            #expect(try await store.agreementIDs().isEmpty, "the agreements table of v6-server is there")
            #expect(try await store.users().isEmpty, "the users table of v6-server is there")
            #expect(try await store.auditEntryCount(matching: AuditFilter()) == 0, "the audit log of v9-accounts-audit-alerts is there")
            #expect(try await store.alerts(agreement: nil, limit: 10).isEmpty, "the alerts of v9-accounts-audit-alerts are there")
            await store.close()
        }
    }

    @Test func anotherApplicationsDatabaseIsRefusedAndLeftUntouched() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            try await Self.execute("CREATE TABLE customers (id int PRIMARY KEY, name text)", at: url)
            let message = await Self.message { _ = try await PostgresStore.open(url: url) }
            #expect(message?.contains("another application's") == true, "\(message ?? "opened")")
            #expect(message?.contains("customers") == true)
            try await Self.execute("SELECT count(*) FROM customers", at: url)
            let tables = try await Self.tableCount(url)
            #expect(tables == 1, "nothing was created beside the other application's table")
        }
    }

    @Test func aStoreOfANewerTruceIsRefused() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            await (try await PostgresStore.open(url: url)).close()
            try await Self.execute("INSERT INTO truce_migrations (name) VALUES ('v99')", at: url)
            let message = await Self.message { _ = try await PostgresStore.open(url: url) }
            #expect(message?.contains("newer version of Truce") == true, "\(message ?? "opened")")
        }
    }

    @Test func aRefusedConnectionSaysToStartTheServer() async throws {
        // A port that was free a moment ago: nothing listens on it.
        let socket = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton).bind(host: "127.0.0.1", port: 0).get()
        let port = socket.localAddress!.port!
        try await socket.close()
        let message = await Self.message { _ = try await PostgresStore.open(url: "postgres://truce:x@127.0.0.1:\(port)/truce") }
        #expect(message?.contains("refused the connection") == true, "\(message ?? "opened")")
        #expect(message?.contains("start PostgreSQL") == true)
    }

    @Test func aWrongPasswordIsNamedWithoutShowingIt() async throws {
        var location = try PostgresLocation(url: try PostgresTestDatabase.serverURL())
        let url = "postgres://\(location.user):not-the-password@\(location.host):\(location.port)/\(location.database)"
        location.password = nil
        let message = await Self.message { _ = try await PostgresStore.open(url: url) }
        #expect(message?.contains("refused the user \(location.user) and its password") == true, "\(message ?? "opened")")
        #expect(message?.contains("not-the-password") == false)
    }

    @Test func aMissingDatabaseSaysHowToCreateIt() async throws {
        let location = try PostgresLocation(url: try PostgresTestDatabase.serverURL())
        let url = "postgres://\(location.user):\(location.password ?? "")@\(location.host):\(location.port)/no_such_database"
        let message = await Self.message { _ = try await PostgresStore.open(url: url) }
        #expect(message?.contains("there is no database no_such_database") == true, "\(message ?? "opened")")
        #expect(message?.contains("createdb") == true)
    }

    @Test(arguments: [
        ("mysql://u@h/db", "not a PostgreSQL URL"), ("postgres:///db", "names no server"), ("postgres://h:99999/db", "outside"),
        ("postgres://u@h/a/b", "names a path"), ("postgres://u@h/db?sslmode=sometimes", "sslmode"),
    ])
    func aWrongURLSaysWhatIsWrong(_ url: String, _ expected: String) async throws {
        let message = await Self.message { _ = try PostgresLocation(url: url) }
        #expect(message?.contains(expected) == true, "\(url): \(message ?? "accepted")")
    }

    @Test func aURLReadsLikeLibpqsDefaults() throws {
        let location = try PostgresLocation(url: "postgresql://ana:p%40ss@db.example.org/monitoring?sslmode=require")
        #expect(location.user == "ana" && location.password == "p@ss" && location.port == 5432 && location.database == "monitoring")
        #expect(location.tls == .require)
        #expect(location.description == "postgres://ana@db.example.org:5432/monitoring", "no password when shown")
    }

    static func tableCount(_ url: String) async throws -> Int {
        try await withTestConnection(to: url) { connection, logger in
            for try await count in try await connection.query(
                "SELECT count(*)::bigint FROM information_schema.tables WHERE table_schema = 'public'", logger: logger
            ).decode(Int.self) {
                return count
            }
            return 0
        }
    }
}

/// Events for tests that need one.
enum StorageContractEvents {
    static let one: Event = {
        Event(
            key: "E1", dataset: "acled", date: DateSpan.acled(day: Day(iso: "2020-03-02")!, timePrecision: 1),
            type: EventType(event: "Battles", subEvent: "Armed clash"), actor1: EventActor(name: "Taliban"), actor2: EventActor(name: nil),
            location: Location(country: "Afghanistan", admin1: "Helmand"), fatalities: Fatalities(exactly: 1), sources: ["Test Wire"])
    }()
}
