import Foundation
import Testing
import TruceTestSupport

/// `truce export` as a user runs it.
@Suite struct ExportCommandTests {
    let agreement = TestPaths.example("agreement.yaml")

    /// A store with the example imported by the binary, in a fresh folder.
    func exampleStore() async throws -> (folder: URL, store: String) {
        let folder = try TestPaths.temporaryDirectory("truce-export-cli")
        let store = folder.appendingPathComponent("t.sqlite").path
        for (kind, file) in [("acled", "events.csv"), ("observations", "observations.csv"), ("claims", "claims.csv")] {
            let result = await TruceInProcess.run(["import", kind, TestPaths.example(file), "--store", store, "--format", "json"])
            try #require(result.status == 0, "\(result.stderr)")
        }
        return (folder, store)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func geoJSONGoesToStandardOutputWithEveryEvent() async throws {
        let (_, store) = try await exampleStore()
        let result = await TruceInProcess.run(["export", "--format", "geojson", "--store", store])
        #expect(result.status == 0, "\(result.stderr)")
        let features = try #require(try json(result.stdout)["features"] as? [[String: Any]])
        let total = try #require(try json(await TruceInProcess.run(["events", "--store", store, "--format", "json"]).stdout)["total"] as? Int)
        #expect(features.count == total)

        let qatar = await TruceInProcess.run(["export", "--format", "geojson", "--country", "Qatar", "--store", store])
        let only = try #require((try json(qatar.stdout)["features"] as? [[String: Any]])?.first)
        let geometry = try #require(only["geometry"] as? [String: Any])
        #expect(geometry["coordinates"] as? [Double] == [51.531, 25.2854])  // Doha: longitude first
        #expect((only["properties"] as? [String: Any])?["country"] as? String == "Qatar")
    }

    @Test func anOutputFileGetsItsFormatFromItsNameAndAppearsWhole() async throws {
        let (folder, store) = try await exampleStore()
        let path = folder.appendingPathComponent("march.jsonl").path
        let result = await TruceInProcess.run(["export", "--from", "2020-03-01", "--to", "2020-03-31", "-o", path, "--store", store])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(!lines.isEmpty && result.stderr.contains("\(lines.count) events written to \(path)"))
        for line in lines { #expect(try json(String(line))["date"] as? String ?? "" >= "2020-03-01") }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".partial") }
        #expect(leftovers.isEmpty)

        let nowhere = await TruceInProcess.run([
            "export", "--format", "csv", "-o", folder.appendingPathComponent("no/such/dir/x.csv").path, "--store", store,
        ])
        #expect(nowhere.status == 1)
        #expect(nowhere.stderr.contains("cannot create"))
    }

    @Test func aFormatIsRequired() async throws {
        let (_, store) = try await exampleStore()
        let result = try TruceBinary.run(["export", "--store", store])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--format"))
        let unknown = try TruceBinary.run(["export", "--format", "kml", "--store", store])
        #expect(unknown.status == 64)
    }

    @Test func csvIsTheDefaultSubcommandsAndReimports() async throws {
        let (folder, store) = try await exampleStore()
        let implicit = await TruceInProcess.run(["export", "--format", "csv", "--store", store])
        let explicit = await TruceInProcess.run(["export", "events", "--format", "csv", "--store", store])
        #expect(implicit.stdout == explicit.stdout)
        #expect(implicit.stdout.hasPrefix("event_id_cnty,event_date,year,"))
        let file = folder.appendingPathComponent("export.csv")
        try implicit.stdout.write(to: file, atomically: true, encoding: .utf8)
        let again = await TruceInProcess.run([
            "import", "acled", file.path, "--store", folder.appendingPathComponent("fresh.sqlite").path, "--format", "json",
        ])
        let counts = try json(again.stdout)
        #expect(counts["rejected"] as? Int == 0)
        let total = try json(await TruceInProcess.run(["events", "--store", store, "--format", "json"]).stdout)["total"] as? Int
        #expect(counts["stored"] as? Int == total)
    }

    @Test func pamScoresAsCSV() async throws {
        let (_, store) = try await exampleStore()
        let result = await TruceInProcess.run(["export", "pam", agreement, "--store", store, "--as-of", "2021-12-31"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "agreement,provision,year,as_of,score,status,reading,reading_status,progress,violated,disputed,late,note")
        #expect(lines.count == 1 + 8 * 2)  // eight provisions, 2020 and 2021
        #expect(lines.contains { $0.hasPrefix("doha-2020,troops-8600,2020,2020-12-31,3,complied,text,complied,,false,false,false,") })
        #expect(
            lines.contains {
                $0.hasPrefix("doha-2020,talks-start,2020,2020-12-31,3,complied_late,") && $0.contains(",true,\"late: done on 2020-09-12")
            })
        #expect(lines.contains { $0.hasPrefix("doha-2020,withdrawal,2021,2021-12-31,2,overdue,text,overdue,0.792,") })
    }

    @Test func pamScoresAsJSONForOneReading() async throws {
        let (folder, store) = try await exampleStore()
        let path = folder.appendingPathComponent("scores.json").path
        let result = await TruceInProcess.run([
            "export", "pam", agreement, "--store", store, "--as-of", "2020-12-31", "--reading", "usa", "--format", "json", "-o", path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try json(try String(contentsOfFile: path, encoding: .utf8))
        #expect(document["agreement"] as? String == "doha-2020" && document["from_year"] as? Int == 2020 && document["to_year"] as? Int == 2020)
        let scores = try #require(document["scores"] as? [[String: Any]])
        #expect(scores.count == 8)
        let attacks = try #require(scores.first { $0["provision"] as? String == "no-attacks-on-coalition" })
        #expect(attacks["reading"] as? String == "usa" && attacks["score"] as? Int == 0)
        #expect(attacks["violated"] as? Bool == true && attacks["disputed"] as? Bool == true)
        let troops = try #require(scores.first { $0["provision"] as? String == "troops-8600" })
        #expect(troops["reading"] as? String == "text" && troops["progress"] is NSNull)
    }

    @Test func pamRefusesYearsItCannotScore() async throws {
        let (_, store) = try await exampleStore()
        let late = await TruceInProcess.run(["export", "pam", agreement, "--store", store, "--as-of", "2021-05-01", "--to-year", "2022"])
        #expect(late.status == 64)
        #expect(late.stderr.contains("2022"))
        let backwards = await TruceInProcess.run(["export", "pam", agreement, "--store", store, "--from-year", "2021", "--to-year", "2020"])
        #expect(backwards.status == 64)
        let reading = await TruceInProcess.run(["export", "pam", agreement, "--store", store, "--reading", "talibn"])
        #expect(reading.status == 64 && reading.stderr.contains("usa"))
    }
}
