import Foundation
import Testing
import TruceTestSupport

@Suite struct CommandTests {
    let agreement = TestPaths.example("agreement.yaml")

    /// A store with the example imported, in a fresh folder.
    func exampleStore() async throws -> (folder: URL, store: String) {
        let folder = try TestPaths.temporaryDirectory("truce-cli")
        let store = folder.appendingPathComponent("t.sqlite").path
        for (kind, file) in [("acled", "events.csv"), ("observations", "observations.csv"), ("claims", "claims.csv")] {
            let result = await TruceInProcess.run(["import", kind, TestPaths.example(file), "--store", store, "--format", "json"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        return (folder, store)
    }

    @Test func importPrintsCountsAsJSON() async throws {
        let folder = try TestPaths.temporaryDirectory("truce-cli")
        let store = folder.appendingPathComponent("t.sqlite").path
        let first = await TruceInProcess.run(["import", "acled", TestPaths.example("events.csv"), "--store", store, "--format", "json"])
        #expect(first.status == 0)
        let counts = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        let read = try #require(counts["read"] as? Int)
        #expect(counts["stored"] as? Int == read)
        for key in ["updated", "unchanged", "rejected"] { #expect(counts[key] as? Int == 0) }
        let again = await TruceInProcess.run(["import", "acled", TestPaths.example("events.csv"), "--store", store, "--format", "json"])
        let second = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        #expect(second["stored"] as? Int == 0)
        #expect(second["unchanged"] as? Int == read)
    }

    @Test func checkExitsWithThreeWhenSomethingIsViolatedOrOverdue() async throws {
        let (_, store) = try await exampleStore()
        let result = try TruceBinary.run(["check", agreement, "--store", store, "--as-of", "2020-03-11"])
        #expect(result.status == 3)
        #expect(result.stdout.contains("no-attacks-on-coalition"))
        #expect(result.stdout.contains("disputed"))
        let early = try TruceBinary.run(["check", agreement, "--store", store, "--as-of", "2020-02-25"])
        #expect(early.status == 0, "\(early.stdout)")
    }

    @Test func checkJSONHasTheDocumentedShapeAndIsByteIdentical() async throws {
        let (_, store) = try await exampleStore()
        let arguments = ["check", agreement, "--store", store, "--as-of", "2020-03-11", "--format", "json"]
        let first = await TruceInProcess.run(arguments)
        let second = await TruceInProcess.run(arguments)
        #expect(first.stdout == second.stdout)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(object["agreement"] as? String == "doha-2020")
        #expect(object["as_of"] as? String == "2020-03-11")
        let provisions = try #require(object["provisions"] as? [[String: Any]])
        let attacks = try #require(provisions.first { $0["id"] as? String == "no-attacks-on-coalition" })
        #expect(attacks["kind"] as? String == "prohibition")
        #expect(attacks["status"] as? String == "disputed")
        let readings = try #require(attacks["readings"] as? [[String: Any]])
        let usa = try #require(readings.first { $0["reading"] as? String == "usa" })
        #expect(usa["status"] as? String == "violated")
        let timeline = try #require(usa["timeline"] as? [[String: Any]])
        #expect(timeline.last?["from"] as? String == "2020-03-03")
        let evidence = try #require(usa["evidence"] as? [[String: Any]])
        #expect(evidence.contains { $0["kind"] as? String == "event" && $0["date"] as? String == "2020-03-03" && $0["id"] is String })
    }

    @Test func explainShowsTheEvidenceWithItsSource() async throws {
        let (_, store) = try await exampleStore()
        let result = await TruceInProcess.run([
            "check", agreement, "--store", store, "--as-of", "2020-03-11", "--explain", "no-attacks-on-coalition",
        ])
        #expect(result.stdout.contains("reading usa: violated"))
        #expect(result.stdout.contains("2020-03-03"))
        #expect(result.stdout.contains("events.csv:"))
        let unknown = await TruceInProcess.run(["check", agreement, "--store", store, "--explain", "nope"])
        #expect(unknown.status != 0 && unknown.status != 3)
        #expect(unknown.stderr.contains("riv"))
    }

    @Test func readingOptionAndMarkdown() async throws {
        let (_, store) = try await exampleStore()
        let usa = await TruceInProcess.run(["check", agreement, "--store", store, "--as-of", "2020-03-11", "--reading", "usa", "--format", "json"])
        #expect(usa.stdout.contains("\"reading\" : \"usa\""))
        #expect(!usa.stdout.contains("\"status\" : \"disputed\""))
        let markdown = await TruceInProcess.run(["check", agreement, "--store", store, "--as-of", "2021-05-01", "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("# "))
        #expect(markdown.stdout.contains("| `troops-8600` | target | **complied** |"))
        let unknown = await TruceInProcess.run(["check", agreement, "--store", store, "--reading", "talibn"])
        #expect(unknown.status == 64 || unknown.status == 1)
        #expect(unknown.stderr.contains("usa"))
    }

    @Test func eventsListsFiltersAndCounts() async throws {
        let (_, store) = try await exampleStore()
        let json = await TruceInProcess.run(["events", "--store", store, "--actor", "united states", "--limit", "2", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let total = try #require(object["total"] as? Int)
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(total > 2 && events.count == 2)
        let first = try #require(events.first)
        for key in ["date", "country", "admin1", "actor1", "actor2", "event_type"] { #expect(first.keys.contains(key), "\(key)") }
        let fatalities = try #require(first["fatalities"] as? [String: Any])
        #expect(Set(fatalities.keys) == ["low", "best", "high"])

        let csv = await TruceInProcess.run(["events", "--store", store, "--from", "2020-03-03", "--to", "2020-03-03", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("event_id_cnty,event_date,"))
        #expect(csv.stdout.split(separator: "\n").count >= 5)
        let table = await TruceInProcess.run(["events", "--store", store, "--country", "Qatar"])
        #expect(table.stdout.contains("1 of 1 event"))
        let bad = await TruceInProcess.run(["events", "--store", store, "--from", "2020-02-30"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("from"))
    }

    @Test func demoPrintsBothAssessments() async throws {
        let folder = try TestPaths.temporaryDirectory("truce-demo")
        let result = await TruceInProcess.run(["demo", "--store", folder.appendingPathComponent("demo.sqlite").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("as of 2020-03-11"))
        #expect(result.stdout.contains("as of 2021-05-01"))
        #expect(result.stdout.contains("complied_late"))
    }

    @Test func brokenAgreementNamesFileLineAndColumn() async throws {
        let folder = try TestPaths.temporaryDirectory("truce-cli")
        let file = folder.appendingPathComponent("bad.yaml")
        let yaml = """
            truce: 1
            id: bad
            title: Bad
            signed: 2020-02-29
            parties: [A]
            actors:
              A: {name: A}
            provisions:
              - id: p
                text: p
                kind: prohibition
                start: signed
                scope: {actor1: [B], acter2: [A]}

            """
        try Data(yaml.utf8).write(to: file)
        let result = await TruceInProcess.run(["check", file.path, "--store", folder.appendingPathComponent("s.sqlite").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.yaml:13:"))
        #expect(result.stderr.contains("acter2"))
    }

    @Test func missingFilesAndBadHeadersAreClearErrors() async throws {
        let folder = try TestPaths.temporaryDirectory("truce-cli")
        let store = folder.appendingPathComponent("s.sqlite").path
        let missing = await TruceInProcess.run(["import", "acled", folder.appendingPathComponent("nope.csv").path, "--store", store])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nope.csv"))
        let header = folder.appendingPathComponent("header.csv")
        try Data("a,b,c\n1,2,3\n".utf8).write(to: header)
        let bad = await TruceInProcess.run(["import", "acled", header.path, "--store", store])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("event_id_cnty"))
        let encoding = await TruceInProcess.run(["import", "acled", header.path, "--store", store, "--encoding", "latin-9"])
        #expect(encoding.status != 0 && encoding.stderr.contains("encoding"))
    }
}
