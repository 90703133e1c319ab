import Foundation
import Testing
import TruceCore
import TruceEngine
import TruceFormats
import TruceModel
import TruceStorage
import TruceStore
import TruceTestSupport

/// Import, events, export, actors and scores, through the core over a real SQLite store.
@Suite struct UseCaseTests {
    @Test func rejectedRowsGoWhereTheFrontEndSays() async throws {
        let folder = try TestPaths.temporaryDirectory()
        let file = folder.appendingPathComponent("bad.csv")
        let header = try String(contentsOfFile: TestPaths.example("events.csv"), encoding: .utf8).split(separator: "\n")[0...1]
        let broken = header[1].replacingOccurrences(of: "2020-", with: "20x0-")
        try (header.joined(separator: "\n") + "\n" + broken + "\n").write(to: file, atomically: true, encoding: .utf8)
        let rejects = RejectsInMemory()
        let app = TruceApp(storage: try Store.inMemory())
        let report = try await app.importDataset(ImportRequest(kind: .acled, path: file.path, rejects: rejects))
        #expect(report.counts.stored == 1 && report.counts.rejected == 1)
        let rows = try #require(rejects.landed[report.snapshot])
        #expect(rows.map(\.line) == [3])
        #expect(report.rejectsFile == "memory:\(report.snapshot)")
    }

    @Test func eventPagesAndExportsAgree() async throws {
        let (app, _) = try await AssessTests.exampleApp()
        let all = try await app.events(matching: EventFilter(), limit: nil)
        let page = try await app.events(matching: EventFilter(), limit: 3, offset: 2)
        #expect(page.total == all.total && page.events.map(\.key) == Array(all.events.map(\.key)[2..<5]))
        var sink = MemorySink()
        let count = try await app.exportEvents(matching: EventFilter(), with: JSONLinesWriter(), to: &sink)
        #expect(count == all.total)
        #expect(sink.text.split(separator: "\n").count == all.total)
        let document = try JSONDocument.string(EventList(page))
        #expect(document.contains("\"total\" : \(all.total)"))
        await #expect(throws: TruceError.self) { try await app.events(matching: EventFilter(), limit: -1) }
    }

    @Test func unmappedActorsNeedAnAgreementOrOneAssessedBefore() async throws {
        let (app, _) = try await AssessTests.exampleApp()
        let error = try await #require(throws: TruceError.self) { try await app.unmappedActors(of: nil) }
        #expect(error.parameter == "agreement")
        let agreement = try app.agreement(path: TestPaths.example("agreement.yaml"))
        _ = try await app.assess(AssessmentRequest(agreement: agreement, asOf: Fixtures.day("2020-03-11")))
        let registered = try await app.unmappedActors(of: nil)
        let named = try await app.unmappedActors(of: agreement)
        #expect(registered.unmapped == named.unmapped)
        #expect(named.mappedNames > 0)
        #expect(!named.unmapped.contains { $0.name == "Taliban" })
    }

    @Test func scoresCoverTheYearsAskedAndRefuseYearsAfterTheLastDay() async throws {
        let (app, _) = try await AssessTests.exampleApp()
        let agreement = try app.agreement(path: TestPaths.example("agreement.yaml"))
        let document = try await app.implementationScores(ScoresRequest(agreement: agreement, asOf: Fixtures.day("2021-05-01")))
        #expect(document.fromYear == 2020 && document.toYear == 2021)
        #expect(document.scores.count == 2 * agreement.provisions.count)
        let error = try await #require(throws: TruceError.self) {
            try await app.implementationScores(ScoresRequest(agreement: agreement, toYear: 2022, asOf: Fixtures.day("2021-05-01")))
        }
        #expect(error.parameter == "to_year")
    }

    @Test func incidentsStreamFromTheStoreAsTheLinkerLinksThem() async throws {
        let store = try Store.inMemory()
        let app = TruceApp(storage: store)
        _ = try await app.importDataset(ImportRequest(kind: .acled, path: MyanmarOverlap.acledPath, rejects: RejectsInMemory()))
        _ = try await app.importDataset(ImportRequest(kind: .ucdp, path: MyanmarOverlap.ucdpPath, rejects: RejectsInMemory()))
        var streamed: [Incident] = []
        let counts = try await app.linkIncidents(IncidentsRequest(country: "Myanmar")) { incident, members in
            #expect(members.map(EventRef.init) == incident.members)
            streamed.append(incident)
        }
        let linked = IncidentLinker.link(try store.eventsForLinking(country: "Myanmar", from: nil, to: nil))
        #expect(streamed == linked)
        #expect(counts.incidents == linked.count && counts.linkedIncidents == linked.filter(\.isLinked).count)
        #expect(counts.linkedIncidents > 0)
    }

    @Test func incidentsRefuseAPeriodThatEndsBeforeItStarts() async throws {
        let app = TruceApp(storage: try Store.inMemory())
        let error = try await #require(throws: TruceError.self) {
            try await app.linkIncidents(IncidentsRequest(from: Fixtures.day("2020-03-02"), to: Fixtures.day("2020-03-01"))) { _, _ in }
        }
        #expect(error.parameter == "to")
        let rules = try await #require(throws: TruceError.self) {
            try app.linkingRules(json: Array("{\"max_distance_km\": \"far\"}".utf8), name: "r.json")
        }
        #expect(rules.message.contains("r.json"))
    }

    @Test func linkingRulesRefuseAMisspeltRuleAndKeepTheOthers() throws {
        let app = TruceApp(storage: try Store.inMemory())
        let error = try #require(throws: TruceError.self) {
            try app.linkingRules(json: Array("{\"max_distance\": 5, \"date_slack_days\": 2}".utf8), name: "r.json")
        }
        #expect(error.message.contains("max_distance:"))
        #expect(error.message.contains("max_distance_km"))
        let rules = try app.linkingRules(json: Array("{\"max_distance_km\": 5, \"date_slack_days\": 2}".utf8), name: "r.json")
        #expect(rules.maxDistanceKm == 5 && rules.dateSlackDays == 2)
    }
}
