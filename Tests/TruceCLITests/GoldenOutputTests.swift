import Foundation
import Testing
import TruceTestSupport

/// What users see, pinned: the demo assessment's table and an explanation. To re-record after a
/// deliberate change, run the tests with TRUCE_RECORD_GOLDEN=1: each recorded file fails its test once
/// ("recorded <path>: review it and run again"); review the diff, then run again without it.
@Suite struct GoldenOutputTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func exampleStore() async throws -> String {
        let store = try TestPaths.temporaryDirectory("truce-golden").appendingPathComponent("s.sqlite").path
        for (kind, file) in [("acled", "events.csv"), ("observations", "observations.csv"), ("claims", "claims.csv")] {
            let result = await TruceInProcess.run(["import", kind, TestPaths.example(file), "--store", store])
            try #require(result.status == 0, "\(result.stderr)")
        }
        return store
    }

    /// Each golden file with the `truce check` arguments that print it (after the agreement and the store).
    static let cases: [(golden: String, arguments: [String])] = [
        ("check-2020-03-11.txt", ["--as-of", "2020-03-11"]),
        ("check-2021-05-01.txt", ["--as-of", "2021-05-01"]),
        ("explain-no-attacks-2020-03-11.txt", ["--as-of", "2020-03-11", "--explain", "no-attacks-on-coalition"]),
    ]

    @Test(arguments: cases)
    func checkOutputMatchesItsGoldenFile(golden: String, arguments: [String]) async throws {
        let store = try await Self.exampleStore()
        let result = await TruceInProcess.run(["check", TestPaths.example("agreement.yaml"), "--store", store] + arguments)
        let expected = try GoldenFile(Self.folder.appendingPathComponent(golden)).expected(comparing: result.stdout)
        #expect(result.stdout == expected, "output differs from Golden/\(golden); see the comment above to re-record a deliberate change")
    }
}
