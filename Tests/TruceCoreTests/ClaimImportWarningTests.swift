import Foundation
import Testing
import TruceCore
import TruceFormats
import TruceModel
import TruceStorage
import TruceStore
import TruceTestSupport

/// Claims naming what the agreement lacks are kept, and said at import and at check.
@Suite struct ClaimImportWarningTests {
    @Test func aClaimNamingAMissingProvisionIsStoredAndReportedAtImportAndAtCheck() async throws {
        let folder = try TestPaths.temporaryDirectory()
        let file = folder.appendingPathComponent("claims.csv")
        var rows = ["id,date,speaker,quote,about_provision,source,channel"]
        rows.append("c1,2020-03-04,US spokesman,Violence is down,riv,Wire,TV")
        rows.append("c2,2020-03-05,Someone,Troops are leaving,troops-8000,Wire,")
        // More than the notices list one by one: the rest are counted.
        rows += (1...25).map { "m\($0),2020-03-06,Someone,q,nowhere-\($0),Wire," }
        try (rows.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let agreement = try AgreementLoader.load(path: TestPaths.example("agreement.yaml"))
        let app = TruceApp(storage: try Store.inMemory())
        var request = ImportRequest(kind: .claims, path: file.path, rejects: RejectsInMemory())
        request.agreement = agreement
        let report = try await app.importDataset(request)
        #expect(report.counts.stored == 27)
        #expect(
            report.notices.contains(
                "claims.csv:3: claim 'c2' is about provision 'troops-8000', which doha-2020 lacks; it is kept, but no provision cites it"))
        #expect(report.notices.last == "and 6 more claims naming what the agreement lacks")
        let assessment = try await app.assess(AssessmentRequest(agreement: agreement, asOf: Fixtures.day("2020-03-11")))
        #expect(assessment.warnings?.count == 26)
        #expect(assessment.provision("riv")?.readings[0].evidence.contains { $0.id == "c1" } == true)
        // Without the agreement, the import says nothing about them.
        let plain = try await app.importDataset(ImportRequest(kind: .claims, path: file.path, rejects: RejectsInMemory()))
        #expect(plain.notices.isEmpty)
    }
}
