import Foundation
import Testing
import TruceEngine
import TruceFormats
import TruceModel
import TruceStore
import TruceTestSupport

/// Evidence coverage on the real ACLED export of Afghanistan for February 2020: the Doha
/// agreement's baseline of 1 January – 21 February is covered from 1 February only.
@Suite struct CoverageTests {
    static let stamp = "2026-01-01T00:00:00Z"

    @Test func anImportRecordsThePeriodAndAreaItsRowsCover() throws {
        let store = try Store.inMemory()
        _ = try store.importACLED(path: TestPaths.shared("acled-afghanistan-2020/2020_02_afghan.csv"), importedAt: Self.stamp)
        _ = try store.importObservations(path: TestPaths.example("observations.csv"), importedAt: Self.stamp)
        let coverage = try store.coverage()
        #expect(coverage.count == 1)  // observations cover no period of events
        #expect(coverage.first?.from.iso == "2020-02-01" && coverage.first?.to.iso == "2020-02-29")
        #expect(coverage.first?.countries == ["Afghanistan"])
    }

    @Test func theReductionInViolenceIsJudgedOverCoveredDaysOnly() throws {
        let store = try Store.inMemory()
        let report = try store.importACLED(path: TestPaths.shared("acled-afghanistan-2020/2020_02_afghan.csv"), importedAt: Self.stamp)
        #expect(report.counts.rejected == 0)
        let agreement = try AgreementLoader.load(path: TestPaths.example("agreement.yaml"))
        let riv = try #require(
            try Evaluator(agreement: agreement).evaluate(store, asOf: Fixtures.day("2020-03-11")).provision("riv")?.reading("text"))
        let test = try #require(riv.test)
        // 1–21 February, not the 52 days from 1 January: the daily baseline rate is not understated.
        #expect(test.baselineDays == 21 && test.windowDays == 7)
        #expect(riv.reason.contains("the evidence covers 21 of the baseline's 52 days"))
        // The same events without coverage, as format version 1 read them, spread over 52 days.
        let events = try store.events(from: Fixtures.day("2020-01-01"), to: Fixtures.day("2020-02-29"), countries: [])
        let blind = try Evaluator(agreement: agreement).evaluate(EvidenceSet(events: events), asOf: Fixtures.day("2020-03-11"))
        #expect(blind.provision("riv")?.reading("text")?.test?.baselineDays == 52)
        #expect(test.baselineCount == blind.provision("riv")?.reading("text")?.test?.baselineCount)
    }

    @Test func aWindowNoImportCoversIsInconclusive() throws {
        let store = try Store.inMemory()
        _ = try store.importACLED(path: TestPaths.shared("acled-afghanistan-2020/2020_02_afghan.csv"), importedAt: Self.stamp)
        var agreement = try AgreementLoader.load(path: TestPaths.example("agreement.yaml"))
        // The counter-terrorism guarantee moved to a year with no data: no event is not compliance.
        let index = try #require(agreement.provisions.firstIndex { $0.id == "ct-guarantee" })
        guard case .prohibition(var guarantee) = agreement.provisions[index].kind else { return }
        guarantee.start = .absolute(Fixtures.day("2021-01-01"))
        agreement.provisions[index].kind = .prohibition(guarantee)
        let reading = try #require(
            try Evaluator(agreement: agreement).evaluate(store, asOf: Fixtures.day("2021-03-01")).provision("ct-guarantee")?.readings.first)
        #expect(reading.status == .inconclusive)
        #expect(reading.reason == "no evidence covers 2021-01-01 to 2021-03-01 in Afghanistan")
    }
}
