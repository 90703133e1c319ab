import Foundation
import Testing
import TruceTestSupport

/// What users see, pinned: the demo assessment's table and an explanation. To re-record after a
/// deliberate change, run the tests with TRUCE_RECORD_GOLDEN=1 and review the diff.
@Suite struct GoldenOutputTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    func compare(_ output: String, golden name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["TRUCE_RECORD_GOLDEN"] == "1" {
            try Data(output.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(output == expected, "output differs from Golden/\(name); re-record with TRUCE_RECORD_GOLDEN=1 if the change is deliberate")
    }

    func exampleStore() throws -> String {
        let store = try TestPaths.temporaryDirectory("truce-golden").appendingPathComponent("s.sqlite").path
        for (kind, file) in [("acled", "events.csv"), ("observations", "observations.csv"), ("claims", "claims.csv")] {
            #expect(try TruceBinary.run(["import", kind, TestPaths.example(file), "--store", store]).status == 0)
        }
        return store
    }

    @Test func checkTableAndExplanation() throws {
        let store = try exampleStore()
        let agreement = "examples/doha-2020/agreement.yaml"
        let table = try TruceBinary.run(["check", agreement, "--store", store, "--as-of", "2020-03-11"], in: TestPaths.repository)
        try compare(table.stdout, golden: "check-2020-03-11.txt")
        let later = try TruceBinary.run(["check", agreement, "--store", store, "--as-of", "2021-05-01"], in: TestPaths.repository)
        try compare(later.stdout, golden: "check-2021-05-01.txt")
        let explain = try TruceBinary.run(
            ["check", agreement, "--store", store, "--as-of", "2020-03-11", "--explain", "no-attacks-on-coalition"], in: TestPaths.repository)
        try compare(explain.stdout, golden: "explain-no-attacks-2020-03-11.txt")
    }
}
