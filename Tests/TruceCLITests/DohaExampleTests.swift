import Foundation
import Testing
import TruceEngine
import TruceFormats
import TruceModel
import TruceStore
import TruceTestSupport

/// The expected answers for the bundled example, which follow from the public facts.
@Suite struct DohaExampleTests {
    static func assess(asOf: String) throws -> Assessment {
        let store = try Store.inMemory()
        let stamp = "2026-01-01T00:00:00Z"
        for report in [
            try store.importACLED(path: TestPaths.example("events.csv"), importedAt: stamp),
            try store.importObservations(path: TestPaths.example("observations.csv"), importedAt: stamp),
            try store.importClaims(path: TestPaths.example("claims.csv"), importedAt: stamp),
        ] {
            #expect(report.counts.rejected == 0)
        }
        let agreement = try AgreementLoader.load(path: TestPaths.example("agreement.yaml"))
        let assessment = try Evaluator(agreement: agreement).evaluate(store, asOf: Fixtures.day(asOf))
        // The example as a version 1 file means the same and gives the same answers.
        let v2 = try String(contentsOfFile: TestPaths.example("agreement.yaml"), encoding: .utf8)
        let v1 = try AgreementLoader.parse(yaml: v2.replacingOccurrences(of: "\ntruce: 2\n", with: "\ntruce: 1\n"), file: "v1.yaml")
        #expect(v1 == agreement)
        #expect(try Evaluator(agreement: v1).evaluate(store, asOf: Fixtures.day(asOf)) == assessment)
        return assessment
    }

    @Test func asOfEleventhOfMarch2020() throws {
        let a = try Self.assess(asOf: "2020-03-11")
        #expect(a.provision("riv")?.status == .complied)
        let riv = try #require(a.provision("riv")?.reading("text")?.test)
        #expect(riv.windowCount == 1 && riv.baselineCount >= 55)

        let attacks = try #require(a.provision("no-attacks-on-coalition"))
        #expect(attacks.status == .disputed)
        #expect(attacks.reading("text")?.status == .complied)
        let usa = try #require(attacks.reading("usa"))
        #expect(usa.status == .violated)
        #expect(usa.timeline.last == TimelineEntry(from: Fixtures.day("2020-03-03"), status: .violated))
        let events = usa.evidence.filter { $0.kind == .event }
        #expect(events.first?.date.iso == "2020-03-03")
        #expect(events.filter { $0.date.iso == "2020-03-03" }.count >= 4)
        #expect(usa.evidence.contains { $0.kind == .claim && $0.id.contains("leggett") })

        for id in ["prisoners-5000", "prisoners-1000", "talks-start"] {
            #expect(a.provision(id)?.status == .overdue, "\(id)")
        }
        #expect(a.provision("troops-8600")?.status == .pending)
        #expect(a.isAlarming)
    }

    @Test func asOfFirstOfMay2021() throws {
        let a = try Self.assess(asOf: "2021-05-01")
        let troops = try #require(a.provision("troops-8600")?.reading("text"))
        #expect(troops.status == .complied)
        #expect(troops.timeline.first { $0.status == .complied }?.from.iso == "2020-07-13")
        for id in ["prisoners-5000", "prisoners-1000", "talks-start"] {
            #expect(a.provision(id)?.status == .compliedLate, "\(id)")
        }
        let talks = try #require(a.provision("talks-start")?.reading("text"))
        #expect(talks.timeline.last == TimelineEntry(from: Fixtures.day("2020-09-12"), status: .compliedLate))
        #expect(a.provision("withdrawal")?.status == .overdue)
        #expect(a.provision("ct-guarantee")?.status == .complied)
    }
}
