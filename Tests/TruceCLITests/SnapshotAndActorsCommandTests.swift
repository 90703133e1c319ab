import Foundation
import Testing
import TruceTestSupport

@Suite struct SnapshotAndActorsCommandTests {
    let agreement = TestPaths.example("agreement.yaml")

    @Test func checkWithASnapshotReproducesTheEarlierAssessmentExactly() async throws {
        let folder = try TestPaths.temporaryDirectory("truce-cli")
        let store = folder.appendingPathComponent("s.sqlite").path
        for (kind, file) in [("acled", "events.csv"), ("observations", "observations.csv"), ("claims", "claims.csv")] {
            #expect(await TruceInProcess.run(["import", kind, TestPaths.example(file), "--store", store]).status == 0)
        }
        let check = ["check", agreement, "--store", store, "--as-of", "2020-03-11", "--format", "json"]
        let before = await TruceInProcess.run(check)
        #expect(before.stdout.contains("\"snapshots\" : [\n    1,\n    2,\n    3\n  ]"))

        // ACLED withdraws the checkpoint attacks of 2020-03-03 and the store moves on.
        let events = try String(contentsOfFile: TestPaths.example("events.csv"), encoding: .utf8)
        let deleted = events.split(separator: "\n").filter { $0.contains(",2020-03-03,") }.map { $0.split(separator: ",")[0] }
        #expect(deleted.count >= 4)
        let list = folder.appendingPathComponent("deleted.csv")
        try Data(("event_id_cnty,deleted_timestamp\n" + deleted.map { "\($0),1600000000\n" }.joined()).utf8).write(to: list)
        let applied = await TruceInProcess.run(["import", "acled-deletions", list.path, "--store", store, "--format", "json"])
        #expect(applied.stdout.contains("\"stored\" : \(deleted.count)"))

        let after = await TruceInProcess.run(check)
        #expect(after.stdout != before.stdout)
        let reproduced = await TruceInProcess.run(check + ["--snapshot", "3"])
        #expect(reproduced.stdout == before.stdout)
        let missing = await TruceInProcess.run(check + ["--snapshot", "99"])
        #expect(missing.status == 1 && missing.stderr.contains("snapshot 99"))
    }

    @Test func unmappedActorsAreListedWithCounts() async throws {
        let folder = try TestPaths.temporaryDirectory("truce-cli")
        let store = folder.appendingPathComponent("s.sqlite").path
        #expect(await TruceInProcess.run(["import", "acled", TestPaths.example("events.csv"), "--store", store]).status == 0)
        let none = await TruceInProcess.run(["actors", "unmapped", "--store", store])
        #expect(none.status != 0 && none.stderr.contains("--agreement"))
        let result = await TruceInProcess.run(["actors", "unmapped", "--store", store, "--agreement", agreement, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let unmapped = try #require(object["unmapped"] as? [[String: Any]])
        let names = unmapped.compactMap { $0["name"] as? String }
        #expect(names.contains("Civilians (Afghanistan)"))
        #expect(!names.contains("Taliban"))
        #expect(!names.contains { $0.hasPrefix("Military Forces of Afghanistan") })
        let counts = unmapped.compactMap { $0["events"] as? Int }
        #expect(counts == counts.sorted(by: >))
        // After a check, the store knows the agreement's actors.
        _ = await TruceInProcess.run(["check", agreement, "--store", store, "--as-of", "2020-03-11"])
        let table = await TruceInProcess.run(["actors", "unmapped", "--store", store])
        #expect(table.status == 0)
        #expect(table.stdout.contains("Civilians (Afghanistan)"))
    }
}
