import Foundation
import Testing
import TrucePostgres
import TruceTestSupport

/// The commands on a PostgreSQL store (`--database`) give what they give on the SQLite file.
@Suite(.enabled(if: PostgresTestDatabase.isWanted)) struct PostgresCommandTests {
    /// Imports the Doha example with `location` (`--store PATH` or `--database URL`).
    static func importDoha(_ location: [String]) async throws {
        for (kind, file) in [("acled", "events.csv"), ("observations", "observations.csv"), ("claims", "claims.csv")] {
            let result = await TruceInProcess.run(["import", kind, TestPaths.example(file)] + location)
            try #require(result.status == 0, "import \(kind): \(result.stderr)")
        }
    }

    @Test func importAndCheckGiveTheSameAssessmentAsSQLite() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let folder = try TestPaths.temporaryDirectory("truce-pg-cli")
            let sqlite = ["--store", folder.appendingPathComponent("store.sqlite").path]
            let postgres = ["--database", url]
            try await Self.importDoha(sqlite)
            try await Self.importDoha(postgres)
            for day in ["2020-03-11", "2021-05-01"] {
                let check = ["check", TestPaths.example("agreement.yaml"), "--as-of", day, "--format", "json"]
                let onFile = await TruceInProcess.run(check + sqlite)
                let onServer = await TruceInProcess.run(check + postgres)
                #expect(onServer.stderr == onFile.stderr)
                #expect(onServer.status == onFile.status && onFile.status == 3, "the example is alarming on both: \(onServer.stderr)")
                #expect(!onFile.stdout.isEmpty && onServer.stdout == onFile.stdout, "the same assessment as of \(day)")
            }
            let explain = ["check", TestPaths.example("agreement.yaml"), "--as-of", "2020-03-11", "--explain", "no-attacks-on-coalition"]
            let explainedOnServer = await TruceInProcess.run(explain + postgres).stdout
            let explainedOnFile = await TruceInProcess.run(explain + sqlite).stdout
            #expect(!explainedOnFile.isEmpty && explainedOnServer == explainedOnFile)
            let earlier = ["check", TestPaths.example("agreement.yaml"), "--as-of", "2021-05-01", "--snapshot", "1", "--format", "json"]
            let onServer = await TruceInProcess.run(earlier + postgres)
            let onFileThen = await TruceInProcess.run(earlier + sqlite)
            #expect(!onServer.stdout.isEmpty && onServer.stdout == onFileThen.stdout, "as of snapshot 1 too: \(onServer.stderr)")
            // `check` registered the agreement's actors in both stores.
            for listing in [["events", "--format", "csv"], ["actors", "unmapped"], ["incidents"], ["events", "--actor", "talib", "--limit", "3"]] {
                let onFile = await TruceInProcess.run(listing + sqlite)
                let onServer = await TruceInProcess.run(listing + postgres)
                #expect(onServer.status == 0 && onServer.stdout == onFile.stdout, "truce \(listing.joined(separator: " ")): \(onServer.stderr)")
            }
            // The snapshots agree but for the time of each import.
            let snapshots = ["snapshots", "--format", "json"]
            let snapshotsOnFile = try Self.withoutTimes(await TruceInProcess.run(snapshots + sqlite).stdout)
            let snapshotsOnServer = try Self.withoutTimes(await TruceInProcess.run(snapshots + postgres).stdout)
            #expect(snapshotsOnFile.count == 3 && snapshotsOnServer == snapshotsOnFile)
        }
    }

    static func withoutTimes(_ json: String) throws -> [NSDictionary] {
        let list = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] ?? []
        return list.map { entry in
            var entry = entry
            entry["importedAt"] = nil
            return entry as NSDictionary
        }
    }

    @Test(arguments: [
        ("mysql://u@localhost/truce", "not a PostgreSQL URL"),
        ("postgres://truce:x@127.0.0.1:1/truce", "refused the connection"),
    ])
    func aWrongDatabaseIsAClearErrorNamingTheFlag(_ url: String, _ expected: String) async {
        let result = await TruceInProcess.run(["snapshots", "--database", url])
        #expect(result.status != 0)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        #expect(result.stderr.contains("--database") || result.stderr.contains("postgres://"), "\(result.stderr)")
    }

    @Test func aWrongPasswordIsAClearError() async throws {
        let server = try PostgresLocation(url: try PostgresTestDatabase.serverURL())
        let wrong = "postgres://\(server.user):wrong@\(server.host):\(server.port)/\(server.database)"
        let result = await TruceInProcess.run(["snapshots", "--database", wrong])
        #expect(result.status != 0 && result.stderr.contains("password"), "\(result.stderr)")
    }

    /// The screen works through the application core, so on either backend alike.
    @Test func theReviewScreenRunsOnTheDatabaseAsOnTheFile() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let folder = try TestPaths.temporaryDirectory("truce-pg-screen")
            let onServer = await TruceInProcess.run(["review", "screen", "--database", url, "--keys", "q"])
            let onFile = await TruceInProcess.run(["review", "screen", "--store", folder.appendingPathComponent("s.sqlite").path, "--keys", "q"])
            #expect(onServer.status == 0 && onServer.status == onFile.status, "\(onServer.stderr)")
            #expect(!onFile.stdout.isEmpty && onServer.stdout == onFile.stdout, "\(onServer.stdout) / \(onFile.stdout)")
        }
    }

    @Test func storeVerifyChecksTheDatabase() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            try await Self.importDoha(["--database", url])
            let sound = await TruceInProcess.run(["store", "verify", "--database", url])
            #expect(sound.status == 0 && sound.stdout.contains("integrity: ok") && sound.stdout.contains("The store is sound."), "\(sound.stderr)")
            #expect(!sound.stdout.contains("application id"), "PostgreSQL has no application id to show")
            let json = await TruceInProcess.run(["store", "verify", "--database", url, "--format", "json"])
            let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            #expect((document?["appliedMigrations"] as? [String])?.last == document?["latestMigration"] as? String, "\(json.stdout)")
        }
    }
}
