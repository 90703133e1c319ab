import Foundation
import Testing
import TruceTestSupport

@Suite struct ImportUCDPCommandTests {
    @Test func importUCDPPrintsCountsAsJSON() async throws {
        let folder = try TestPaths.temporaryDirectory("truce-cli")
        let store = folder.appendingPathComponent("t.sqlite").path
        let file = TestPaths.shared("ucdp/hdx_conflict_data_BGD.csv")
        let actors = TestPaths.shared("ucdp/ucdp-actor-221.csv")
        let first = await TruceInProcess.run(["import", "ucdp", file, "--actors", actors, "--store", store, "--format", "json"])
        #expect(first.status == 0, "\(first.stderr)")
        let counts = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(counts["read"] as? Int == 601)
        #expect(counts["stored"] as? Int == 601)
        for key in ["updated", "unchanged", "rejected"] { #expect(counts[key] as? Int == 0, "\(key)") }
        #expect(counts["file"] as? String == "hdx_conflict_data_BGD.csv")
        let notices = try #require(counts["notices"] as? [String])
        #expect(notices.contains { $0.contains("HXL hashtag row") })
        #expect(notices.contains("ucdp-actor-221.csv: 15 side names matched an actor, 0 matched nothing"))
        #expect(first.stderr.contains("notice: line 2: skipped HDX's HXL hashtag row"))

        let again = await TruceInProcess.run(["import", "ucdp", file, "--actors", actors, "--store", store])
        #expect(again.status == 0)
        #expect(again.stdout.contains("hdx_conflict_data_BGD.csv: read 601, stored 0, updated 0, unchanged 601, rejected 0"))

        let events = await TruceInProcess.run(["events", "--store", store, "--actor", "Awami", "--format", "json", "--limit", "1"])
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(events.stdout.utf8)) as? [String: Any])
        #expect((listed["total"] as? Int ?? 0) > 0)
    }

    @Test func aFileThatIsNotGEDFailsWithTheMissingColumns() async throws {
        let folder = try TestPaths.temporaryDirectory("truce-cli")
        let result = await TruceInProcess.run([
            "import", "ucdp", TestPaths.example("events.csv"), "--store", folder.appendingPathComponent("t.sqlite").path,
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("events.csv:1: not a UCDP GED file"))
        #expect(result.stderr.contains("id, date_start, date_end, type_of_violence, side_a, side_b, best"))
        #expect(result.stderr.contains("truce import acled"))
    }
}
