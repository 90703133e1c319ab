import Foundation
import Testing
import TruceTestSupport

@Suite struct BenchCommandTests {
    @Test func linkingBenchmarkReportsWhatItLinked() async throws {
        let result = await TruceInProcess.run(["bench", "link", "--events", "3000", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Double])
        let incidents = try #require(object["incidents"])
        let linked = try #require(object["linked"])
        #expect(object["events"] == 3000)
        // About one event in five repeats another from the other data set: those must link.
        #expect(incidents < 3000 && incidents > 2000)
        #expect(linked > 300)
        #expect((object["seconds"] ?? -1) >= 0)
        let again = await TruceInProcess.run(["bench", "link", "--events", "3000", "--format", "json"])
        let second = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Double])
        #expect(second["incidents"] == incidents)
        #expect(await TruceInProcess.run(["bench", "link", "--events", "0"]).status != 0)
    }
}
