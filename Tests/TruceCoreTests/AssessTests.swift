import Foundation
import Testing
import TruceCore
import TruceEngine
import TruceFormats
import TruceModel
import TruceStorage
import TruceStore
import TruceTestSupport

/// The assess use case, through the core, over a real SQLite store.
@Suite struct AssessTests {
    /// A store holding the bundled example's evidence, imported through the core at a fixed time.
    static func exampleApp(clock: WallClock = .fixed(Date(timeIntervalSince1970: 1_600_000_000))) async throws -> (TruceApp, Store) {
        let store = try Store.inMemory()
        let app = TruceApp(storage: store, clock: clock)
        for (kind, file) in [(DatasetKind.acled, "events.csv"), (.observations, "observations.csv"), (.claims, "claims.csv")] {
            _ = try await app.importDataset(ImportRequest(kind: kind, path: TestPaths.example(file), rejects: RejectsInMemory()))
        }
        return (app, store)
    }

    @Test(arguments: ["2020-03-11", "2020-07-13", "2021-05-01"])
    func theCoreAssessesAsTheEvaluatorDoesOverTheStore(_ iso: String) async throws {
        let (app, store) = try await Self.exampleApp()
        let agreement = try app.agreement(path: TestPaths.example("agreement.yaml"))
        let viaCore = try await app.assess(AssessmentRequest(agreement: agreement, asOf: Fixtures.day(iso)))
        let direct = try Evaluator(agreement: agreement).evaluate(store, asOf: Fixtures.day(iso))
        #expect(viaCore == direct)
        #expect(viaCore.provisions.count == agreement.provisions.count)
    }

    @Test func theExampleChecksAsHistorySays() async throws {
        let (app, _) = try await Self.exampleApp()
        let agreement = try app.agreement(path: TestPaths.example("agreement.yaml"))
        let march = try await app.assess(AssessmentRequest(agreement: agreement, asOf: Fixtures.day("2020-03-11")))
        #expect(march.provision("riv")?.status == .complied)
        #expect(march.provision("no-attacks-on-coalition")?.status == .disputed)
        #expect(march.provision("troops-8600")?.status == .pending)
    }

    @Test func withoutADayTheClockSaysWhichDay() async throws {
        let clock = WallClock.fixed(ISO8601DateFormatter().date(from: "2020-03-11T12:00:00Z")!)
        let (app, _) = try await Self.exampleApp(clock: clock)
        let agreement = try app.agreement(path: TestPaths.example("agreement.yaml"))
        let assessment = try await app.assess(AssessmentRequest(agreement: agreement))
        #expect(assessment.asOf == Fixtures.day("2020-03-11"))
        let snapshots = try await app.snapshots()
        #expect(snapshots.map(\.importedAt) == Array(repeating: "2020-03-11T12:00:00Z", count: 3))
    }

    @Test func anEarlierSnapshotReproducesTheAssessmentMadeThen() async throws {
        let (app, _) = try await Self.exampleApp()
        let agreement = try app.agreement(path: TestPaths.example("agreement.yaml"))
        let request = AssessmentRequest(agreement: agreement, asOf: Fixtures.day("2021-05-01"))
        let before = try await app.assess(request)
        let extra = try TestPaths.temporaryDirectory().appendingPathComponent("later.csv")
        try """
        id,date,indicator,actor,country,value,unit,source,url,notes
        later-1,2021-04-30,troop_level,USA,Afghanistan,20000,troops,Test Wire,,
        """.write(to: extra, atomically: true, encoding: .utf8)
        _ = try await app.importDataset(ImportRequest(kind: .observations, path: extra.path, rejects: RejectsInMemory()))
        var reproduced = request
        reproduced.snapshot = before.snapshots.last
        #expect(try await app.assess(reproduced) == before)
        #expect(try await app.assess(request).snapshots.count == before.snapshots.count + 1)
    }

    @Test(arguments: [
        (AssessmentRequest.Field.reading, "reading"), (.explain, "explain"), (.snapshot, "snapshot"),
    ])
    func aRequestNamingWhatDoesNotExistSaysWhichInput(_ field: AssessmentRequest.Field, _ parameter: String) async throws {
        let (app, _) = try await Self.exampleApp()
        let agreement = try app.agreement(path: TestPaths.example("agreement.yaml"))
        var request = AssessmentRequest(agreement: agreement, asOf: Fixtures.day("2020-03-11"))
        switch field {
        case .reading: request.reading = "nobody"
        case .explain: request.explain = "no-such-provision"
        case .snapshot: request.snapshot = 999
        }
        let error = try await #require(throws: TruceError.self) { try await app.assess(request) }
        #expect(error.parameter == parameter)
        #expect(!error.message.contains("--"), "core messages name no flag: \(error.message)")
    }
}

extension AssessmentRequest {
    /// The inputs a test can get wrong.
    enum Field: Sendable { case reading, explain, snapshot }
}
