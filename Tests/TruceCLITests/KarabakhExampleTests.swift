import Foundation
import Testing
import TruceEngine
import TruceFormats
import TruceModel
import TruceStore
import TruceTestSupport

@testable import TruceCLI

/// The statuses the public facts give for the Karabakh statement of 9–10 November 2020, at the
/// dates that tell its story.
@Suite struct KarabakhExampleTests {
    static func assess(asOf: String) throws -> Assessment {
        let store = try Store.inMemory()
        let stamp = "2026-01-01T00:00:00Z"
        for report in [
            try store.importACLED(path: TestPaths.karabakh("events.csv"), importedAt: stamp),
            try store.importObservations(path: TestPaths.karabakh("observations.csv"), importedAt: stamp),
            try store.importClaims(path: TestPaths.karabakh("claims.csv"), importedAt: stamp),
        ] {
            #expect(report.counts.rejected == 0, "\(report.file)")
        }
        let agreement = try AgreementLoader.load(path: TestPaths.karabakh("agreement.yaml"))
        return try Evaluator(agreement: agreement).evaluate(store, asOf: Fixtures.day(asOf))
    }

    @Test func theFileUsesVersion2() throws {
        let agreement = try AgreementLoader.load(path: TestPaths.karabakh("agreement.yaml"))
        guard case .prohibition(let ceasefire) = try #require(agreement.provision("ceasefire")).kind else {
            Issue.record("the ceasefire is not a prohibition")
            return
        }
        // 00:00 in Moscow is 01:00 in Baku on the same day.
        #expect(ceasefire.start.anchor == .absolute(Fixtures.day("2020-11-10")))
        #expect(ceasefire.start.time?.minuteOfDay == 60)
        #expect(agreement.actors(in: .monitor) == ["RUS", "TUR"])
        #expect(agreement.ended?.day.iso == "2024-01-01")
    }

    @Test func twoDaysIn() throws {
        let a = try Self.assess(asOf: "2020-11-12")
        #expect(a.provision("ceasefire")?.status == .complied)  // the helicopter of 9 November came before it
        #expect(a.provision("agdam")?.status == .pending)
        #expect(a.provision("kalbajar")?.status == .pending)
        // No report of the peacekeepers' strength yet: no evidence, not compliance.
        #expect(a.provision("peacekeepers-cap")?.status == .inconclusive)
        #expect(a.provision("prisoners")?.status == .pending)
    }

    @Test func pashinyansStatementIsAboutTheCeasefireAndTheWholeAgreement() throws {
        let a = try Self.assess(asOf: "2020-11-12")
        #expect(a.statements?.map(\.id) == ["claim-pashinyan-2020-11-10"])
        #expect(a.provision("ceasefire")?.reading("text")?.evidence.contains { $0.id == "claim-pashinyan-2020-11-10" } == true)
        #expect(a.warnings == nil)
    }

    @Test func theMarkdownReportListsStatementsAndWarnings() throws {
        var a = try Self.assess(asOf: "2020-11-12")
        a.warnings = ["claims.csv:4: claim 'x' is about provision 'kalbajr', which karabakh-2020 lacks; it is kept, but no provision cites it"]
        let report = AssessmentRenderer.markdown(a, title: "Karabakh")
        #expect(report.contains("## Statements about the agreement as a whole\n\n- 2020-11-10 `claim-pashinyan-2020-11-10`: Nikol Pashinyan"))
        #expect(report.contains("## Warnings\n\n- claims.csv:4: claim 'x' is about provision 'kalbajr'"))
    }

    @Test func kalbajarsDeadlineWasExtendedBeforeItPassed() throws {
        let a = try Self.assess(asOf: "2020-11-17")
        let kalbajar = try #require(a.provision("kalbajar")?.reading("text"))
        #expect(kalbajar.status == .pending)
        #expect(!kalbajar.timeline.contains { $0.status == .overdue })
        #expect(kalbajar.reason.contains("extended on 2020-11-15 to 2020-11-25"))
        #expect(a.provision("peacekeepers-cap")?.status == .complied)
    }

    @Test func theThreeDistrictsWereReturnedInTime() throws {
        let a = try Self.assess(asOf: "2020-12-02")
        for id in ["agdam", "kalbajar", "lachin"] {
            #expect(a.provision(id)?.status == .complied, "\(id)")
        }
        #expect(a.provision("kalbajar")?.reading("text")?.timeline.last?.from.iso == "2020-11-25")
        #expect(a.provision("ceasefire")?.status == .complied)
    }

    @Test func theHadrutClashBrokeTheCeasefireAndPrisonersWereExchanged() throws {
        let a = try Self.assess(asOf: "2020-12-31")
        let ceasefire = try #require(a.provision("ceasefire")?.reading("text"))
        #expect(ceasefire.status == .violated)
        #expect(ceasefire.evidence.filter { $0.kind == .event }.map(\.id) == ["KAR90006"])
        let prisoners = try #require(a.provision("prisoners")?.reading("text"))
        #expect(prisoners.status == .complied)
        #expect(prisoners.members?.map(\.status) == [.complied, .complied])
        #expect(prisoners.reason == "complied by 2 of 2 (AZE, ARM)")
    }

    @Test func afterItsEndTheStatementIsJudgedAsOfItsLastDay() throws {
        let a = try Self.assess(asOf: "2025-01-01")
        #expect(a.ended?.day.iso == "2024-01-01")
        #expect(a.provision("ceasefire")?.reading("text")?.evidence.filter { $0.kind == .event }.map(\.id) == ["KAR90006", "KAR90007"])
        #expect(a.provision("peacekeepers-cap")?.status == .complied)
        #expect(a.provision("lachin")?.status == .complied)
        // The offensive of September 2023 is placed to Stepanakert only as "near" (25 km): not certainly
        // within the 5 km corridor that starts there.
        let corridor = try #require(a.provision("lachin-corridor")?.reading("text"))
        #expect(corridor.status == .complied)
        #expect(corridor.evidence.filter { $0.kind == .event }.isEmpty)
    }
}
