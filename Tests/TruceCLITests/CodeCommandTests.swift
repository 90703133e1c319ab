import Foundation
import Testing
import TruceTestSupport

@Suite struct CodeCommandTests {
    func write(_ text: String, name: String) throws -> (URL, String) {
        let folder = try TestPaths.temporaryDirectory("truce-code")
        let file = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return (folder, file.path)
    }

    @Test func jsonForOneFile() async throws {
        let (folder, path) = try write(
            """
            Forces Detain Two in Helmand
            KABUL, Afghanistan (Feb. 27, 2011) – In Nad-e Ali district, Helmand province, Afghan forces detained two suspected \
            insurgents yesterday, officials said.
            """, name: "release.txt")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = await TruceInProcess.run(["code", path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["events", "claims", "figures", "commitments"])
        #expect(run.stdout.range(of: "\"events\"")!.lowerBound < run.stdout.range(of: "\"claims\"")!.lowerBound)
        let events = try #require(object["events"] as? [[String: Any]])
        let detention = try #require(events.first { ($0["detained"] as? Int) == 2 })
        #expect(detention["date"] as? String == "2011-02-26")
        #expect(detention["date_precision"] as? String == "day")
        #expect(detention["acled_event_type"] as? String == "Strategic developments")
        #expect(detention["modality"] as? String == "done")
        let location = try #require(detention["location"] as? [String: Any])
        #expect(location["admin1"] as? String == "Helmand")
        #expect(location["country"] as? String == "Afghanistan")
        let span = try #require(detention["span"] as? [String: Any])
        #expect((span["start"] as? Int ?? -1) >= 0)
        for key in ["actor1", "actor2", "code", "plover", "acled_sub_event_type", "fatalities", "count", "confidence"] {
            #expect(detention.keys.contains(key), "missing \(key)")
        }
    }

    /// `--confidence-signs` adds the signs each event's confidence weighed to the JSON (for scripts/fit-confidence), and is
    /// refused where there is no JSON to add them to.
    @Test func confidenceSignsOnlyWithJSON() async throws {
        let (folder, path) = try write("KABUL, Afghanistan (Feb. 27, 2011) – Forces killed three insurgents in Helmand province.", name: "a.txt")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = await TruceInProcess.run(["code", path, "--format", "json", "--confidence-signs"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let event = try #require((object["events"] as? [[String: Any]])?.first)
        let signs = try #require(event["confidence_signs"] as? [String: Any])
        #expect(Set(signs.keys) == ["rules", "done", "dated_to_a_day", "on_the_leads_day", "counted", "violence", "of_the_leads_kind"])
        #expect(signs["counted"] as? Bool == true)
        let table = await TruceInProcess.run(["code", path, "--confidence-signs"])
        #expect(table.status == 64 && table.stderr.contains("--format json or jsonl"))
    }

    @Test func tableBatchAndErrors() async throws {
        let (folder, path) = try write("Headline\nKABUL, Afghanistan (Feb. 27, 2011) – Forces killed three insurgents.", name: "a.txt")
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = await TruceInProcess.run(["code", path])
        #expect(table.status == 0)
        #expect(table.stdout.contains("2011-02-27"))
        #expect(table.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 })
        #expect(table.stdout.contains("a.txt"), "a long path keeps its file name")

        let batch = folder.appendingPathComponent("batch.jsonl")
        let lines = [
            #"{"id": "r1", "text": "KABUL, Afghanistan (Feb. 27, 2011) – Forces detained two suspected insurgents yesterday."}"#,
            #"{"id": "r2", "body": "no text field"}"#,
        ]
        try Data(lines.joined(separator: "\n").utf8).write(to: batch)
        let run = await TruceInProcess.run(["code", "--jsonl-input", batch.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("batch.jsonl:2"))
        let first = try #require(run.stdout.split(separator: "\n").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        #expect(object["file"] as? String == "r1")
        #expect(object["publication_date"] as? String == "2011-02-27")

        let missing = await TruceInProcess.run(["code", folder.appendingPathComponent("nope.txt").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nope.txt"))
        let binary = folder.appendingPathComponent("b.txt")
        try Data([0x00, 0x01, 0x02]).write(to: binary)
        let refused = await TruceInProcess.run(["code", binary.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("binary"))
    }
}
