import Foundation
import Testing
import TruceTestSupport

@Suite struct ImportGDELTCommandTests {
    @Test func importGDELTPrintsCountsAsJSON() async throws {
        let folder = try TestPaths.temporaryDirectory("truce-cli")
        let store = folder.appendingPathComponent("t.sqlite").path
        let file = TestPaths.shared("gdelt/20191024143000.export.CSV")
        let first = await TruceInProcess.run(["import", "gdelt", file, "--store", store, "--format", "json"])
        #expect(first.status == 0, "\(first.stderr)")
        let counts = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(counts["read"] as? Int == 2111)
        #expect(counts["stored"] as? Int == 2111)
        #expect(counts["rejected"] as? Int == 0)
        #expect(counts["file"] as? String == "20191024143000.export.CSV")
        #expect((counts["file_hash"] as? String)?.count == 64)
        let again = await TruceInProcess.run(["import", "gdelt", file, "--store", store, "--format", "json"])
        let second = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        #expect(second["stored"] as? Int == 0 && second["unchanged"] as? Int == 2111)
        let events = await TruceInProcess.run(["events", "--store", store, "--country", "Afghanistan", "--format", "json"])
        #expect(events.status == 0)
        #expect(events.stdout.contains("881991063"))
    }

    @Test func aFileThatIsNotGDELTFailsNamingItAndTheRightCommand() async throws {
        let folder = try TestPaths.temporaryDirectory("truce-cli")
        let store = folder.appendingPathComponent("t.sqlite").path
        let result = await TruceInProcess.run(["import", "gdelt", TestPaths.example("events.csv"), "--store", store])
        #expect(result.status == 1)
        #expect(result.stderr.contains("events.csv"))
        #expect(result.stderr.contains("truce import acled"))
        #expect(result.stdout.isEmpty)
    }
}
