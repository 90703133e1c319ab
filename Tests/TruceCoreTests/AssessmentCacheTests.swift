import Foundation
import Testing
import TruceCore
import TruceModel
import TruceStorage
import TruceStore
import TruceTestSupport

/// The assessment cache: what it returns is what assessing afresh returns, before and after the evidence changes.
@Suite struct AssessmentCacheTests {
    static func request(_ agreement: Agreement, _ iso: String, reading: String? = nil) -> AssessmentRequest {
        AssessmentRequest(agreement: agreement, asOf: Fixtures.day(iso), reading: reading, registerActors: false)
    }

    @Test(arguments: ["2020-03-11", "2020-07-13", "2021-05-01"])
    func aCachedAssessmentEqualsAFreshOne(_ iso: String) async throws {
        let (app, _) = try await AssessTests.exampleApp()
        let agreement = try app.agreement(path: TestPaths.example("agreement.yaml"))
        let cache = AssessmentCache(app: app)
        let first = try await cache.assessment(Self.request(agreement, iso))
        let second = try await cache.assessment(Self.request(agreement, iso))
        #expect(first == second)
        #expect(second == (try await app.assess(Self.request(agreement, iso))))
        #expect(await cache.computed == 1, "the second answer came from the cache")
    }

    @Test func eachDayReadingAndAgreementHasItsOwnEntry() async throws {
        let (app, _) = try await AssessTests.exampleApp()
        var agreement = try app.agreement(path: TestPaths.example("agreement.yaml"))
        let cache = AssessmentCache(app: app)
        let march = try await cache.assessment(Self.request(agreement, "2020-03-11"))
        let may = try await cache.assessment(Self.request(agreement, "2021-05-01"))
        #expect(march.asOf != may.asOf)
        agreement.title += " (edited)"
        let edited = try await cache.assessment(Self.request(agreement, "2020-03-11"))
        #expect(edited == (try await app.assess(Self.request(agreement, "2020-03-11"))))
        #expect(await cache.computed == 3)
        #expect(await cache.count == 3)
    }

    @Test func anImportMakesTheNextAnswerFresh() async throws {
        let (app, _) = try await AssessTests.exampleApp()
        let agreement = try app.agreement(path: TestPaths.example("agreement.yaml"))
        let cache = AssessmentCache(app: app)
        let before = try await cache.assessment(Self.request(agreement, "2021-05-01"))
        let extra = try TestPaths.temporaryDirectory().appendingPathComponent("later.csv")
        try """
        id,date,indicator,actor,country,value,unit,source,url,notes
        later-1,2021-04-30,troop_level,USA,Afghanistan,20000,troops,Test Wire,,
        """.write(to: extra, atomically: true, encoding: .utf8)
        _ = try await app.importDataset(ImportRequest(kind: .observations, path: extra.path, rejects: RejectsInMemory()))
        let after = try await cache.assessment(Self.request(agreement, "2021-05-01"))
        #expect(after.snapshots.count == before.snapshots.count + 1, "the import's snapshot is weighed")
        #expect(after == (try await app.assess(Self.request(agreement, "2021-05-01"))))
        #expect(await cache.computed == 2)
        #expect(await cache.count == 1, "the entry of the old evidence is dropped")
    }

    @Test func aDerivedValueIsMadeOncePerKeptAssessmentAndRenewedWithIt() async throws {
        let (app, _) = try await AssessTests.exampleApp()
        let agreement = try app.agreement(path: TestPaths.example("agreement.yaml"))
        let cache = AssessmentCache(app: app)
        let describe: @Sendable (Assessment) -> String = { "\($0.asOf.iso): \($0.provisions.map { "\($0.id)=\($0.status)" })" }
        let first = try await cache.derived(Self.request(agreement, "2021-05-01"), named: "summary", describe)
        let again = try await cache.derived(Self.request(agreement, "2021-05-01"), named: "summary", describe)
        let fresh = describe(try await app.assess(Self.request(agreement, "2021-05-01")))
        #expect(first == again)
        #expect(first == fresh)
        #expect(await cache.derivedMade == 1)
        #expect(await cache.computed == 1)
        let count = try await cache.derived(Self.request(agreement, "2021-05-01"), named: "count") { $0.provisions.count }
        #expect(count == agreement.provisions.count)
        #expect(await cache.derivedMade == 2, "each name is its own value")
        let extra = try TestPaths.temporaryDirectory().appendingPathComponent("later.csv")
        try """
        id,date,indicator,actor,country,value,unit,source,url,notes
        later-1,2021-04-30,troop_level,USA,Afghanistan,20000,troops,Test Wire,,
        """.write(to: extra, atomically: true, encoding: .utf8)
        _ = try await app.importDataset(ImportRequest(kind: .observations, path: extra.path, rejects: RejectsInMemory()))
        _ = try await cache.derived(Self.request(agreement, "2021-05-01"), named: "summary", describe)
        #expect(await cache.derivedMade == 3, "new evidence: made again")
        #expect(await cache.computed == 2, "new evidence: assessed again")
    }

    @Test func concurrentRequestsForOneKeyComputeOnce() async throws {
        let (app, _) = try await AssessTests.exampleApp()
        let agreement = try app.agreement(path: TestPaths.example("agreement.yaml"))
        let cache = AssessmentCache(app: app)
        let answers = try await withThrowingTaskGroup(of: Assessment.self) { group in
            for _ in 0..<8 { group.addTask { try await cache.assessment(Self.request(agreement, "2020-07-13")) } }
            return try await group.reduce(into: [Assessment]()) { $0.append($1) }
        }
        #expect(answers.count == 8 && Set(answers).count == 1)
        #expect(await cache.computed == 1)
    }

    @Test func theCacheKeepsAtMostItsCapacity() async throws {
        let (app, _) = try await AssessTests.exampleApp()
        let agreement = try app.agreement(path: TestPaths.example("agreement.yaml"))
        let cache = AssessmentCache(app: app, capacity: 2)
        for iso in ["2020-03-11", "2020-07-13", "2021-05-01"] { _ = try await cache.assessment(Self.request(agreement, iso)) }
        #expect(await cache.count == 2)
        _ = try await cache.assessment(Self.request(agreement, "2021-05-01"))
        #expect(await cache.computed == 3, "the most recent stayed")
        _ = try await cache.assessment(Self.request(agreement, "2020-03-11"))
        #expect(await cache.computed == 4, "the least recently used was dropped")
    }

    @Test func aFailureIsNotKept() async throws {
        let (app, _) = try await AssessTests.exampleApp()
        let agreement = try app.agreement(path: TestPaths.example("agreement.yaml"))
        let cache = AssessmentCache(app: app)
        for _ in 0..<2 {
            await #expect(throws: TruceError.self) { try await cache.assessment(Self.request(agreement, "2020-03-11", reading: "nobody")) }
        }
        #expect(await cache.count == 0)
    }
}
