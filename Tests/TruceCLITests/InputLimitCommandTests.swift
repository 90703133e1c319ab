import Foundation
import Testing
import TruceTestSupport

/// Inputs too large to be what they claim: refused quickly, with a short message naming them.
@Suite struct InputLimitCommandTests {
    @Test func aFileWhoseFirstLineNeverEndsIsRefused() throws {
        let folder = try TestPaths.temporaryDirectory("truce-zero")
        let result = try TruceBinary.run(["import", "acled", "/dev/zero", "--store", folder.appendingPathComponent("t.sqlite").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/dev/zero") && result.stderr.contains("longer than 20 MiB"))
        #expect(result.stderr.utf8.count < 2000)
    }

    @Test func anOverlongJSONLinesRecordIsSkippedAndTheOthersCoded() throws {
        let folder = try TestPaths.temporaryDirectory("truce-jsonl-limit")
        let input = folder.appendingPathComponent("batch.jsonl")
        let long = String(repeating: "Taliban fighters attacked a checkpoint. ", count: 600_000)
        let lines = [
            #"{"id": "a", "text": "Taliban fighters attacked a checkpoint in Helmand on Wednesday."}"#,
            #"{"id": "b", "text": "\#(long)"}"#,
            #"{"id": "c", "text": "The government released 100 prisoners on Tuesday."}"#,
        ]
        try Data(lines.joined(separator: "\n").utf8).write(to: input)
        let result = try TruceBinary.run(["code", "--jsonl-input", input.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("batch.jsonl:2") && result.stderr.contains("the limit is 20 MB"))
        #expect(result.stdout.split(separator: "\n").count == 2)
    }
}
