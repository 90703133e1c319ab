import Foundation
import Testing
import TruceTestSupport

/// A new baseline never passes unseen: the run that writes a golden file fails.
@Suite struct GoldenFileTests {
    @Test func aMissingGoldenFileIsRecordedAndFailsTheRunOnce() throws {
        let url = try TestPaths.temporaryDirectory("truce-golden-file").appendingPathComponent("Golden/new.txt")
        let golden = GoldenFile(url)
        let error = #expect(throws: GoldenFile.Recorded.self) { try golden.expected(comparing: "table\n") }
        #expect(error?.description == "recorded \(url.path): review it and run again")
        #expect(try String(contentsOf: url, encoding: .utf8) == "table\n")
        // The next run compares with what was recorded.
        #expect(try golden.expected(comparing: "changed\n") == "table\n")
    }
}
