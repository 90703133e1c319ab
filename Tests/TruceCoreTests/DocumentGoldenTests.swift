import Foundation
import Testing
import TruceCore
import TruceFormats
import TruceModel
import TruceStorage
import TruceStore
import TruceTestSupport

/// The JSON documents users see, as the core writes them for every front end, pinned by golden
/// files in Golden/. To re-record after a deliberate change, run with TRUCE_RECORD_GOLDEN=1: each
/// recorded file fails its test once; review the diff, then run again without it.
@Suite struct DocumentGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The document, compared with its golden file.
    static func check(_ document: some Encodable, against name: String) throws {
        let text = try JSONDocument.string(document) + "\n"
        let expected = try GoldenFile(folder.appendingPathComponent(name)).expected(comparing: text)
        #expect(text == expected, "the document differs from Golden/\(name)")
    }

    static func example() async throws -> (TruceApp, Agreement, [ImportReport]) {
        let (app, _) = try await AssessTests.exampleApp()
        let agreement = try app.agreement(path: TestPaths.example("agreement.yaml"))
        return (app, agreement, [])
    }

    @Test func assessment() async throws {
        let (app, agreement, _) = try await Self.example()
        let assessment = try await app.assess(AssessmentRequest(agreement: agreement, asOf: Fixtures.day("2020-03-11")))
        try Self.check(assessment, against: "assessment-2020-03-11.json")
    }

    @Test func importSummary() async throws {
        let app = TruceApp(storage: try Store.inMemory(), clock: .fixed(Date(timeIntervalSince1970: 1_600_000_000)))
        let report = try await app.importDataset(ImportRequest(kind: .acled, path: TestPaths.example("events.csv"), rejects: RejectsInMemory()))
        try Self.check(ImportSummary(report), against: "import-summary.json")
    }

    @Test func eventPage() async throws {
        let (app, _, _) = try await Self.example()
        let page = try await app.events(matching: EventFilter(actor: "United States"), limit: 2, offset: 1)
        try Self.check(EventList(page), against: "events-page.json")
    }

    @Test func unmappedActors() async throws {
        let (app, agreement, _) = try await Self.example()
        try Self.check(try await app.unmappedActors(of: agreement), against: "unmapped-actors.json")
    }

    @Test func implementationScores() async throws {
        let (app, agreement, _) = try await Self.example()
        let scores = try await app.implementationScores(ScoresRequest(agreement: agreement, asOf: Fixtures.day("2021-05-01")))
        try Self.check(scores, against: "scores.json")
    }

    @Test func incidentSummary() async throws {
        let (app, _, _) = try await Self.example()
        var linked = 0
        let counts = try await app.linkIncidents(IncidentsRequest()) { incident, _ in linked += incident.isLinked ? 1 : 0 }
        #expect(counts.linkedIncidents == linked)
        try Self.check(counts, against: "incident-summary.json")
    }
}
