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

    /// The real export's rows from 10 February on, written to a temporary file: a data set whose first
    /// rows come days after the start of the period it was queried for.
    static func laterRows() throws -> String {
        let text = try String(contentsOfFile: TestPaths.shared("acled-afghanistan-2020/2020_02_afghan.csv"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let early = (1...9).map { String(format: "%02d-Feb-20", $0) }
        let kept = [lines[0]] + lines.dropFirst().filter { line in !line.isEmpty && !early.contains { line.contains($0) } }
        let folder = try TestPaths.temporaryDirectory("truce-covers")
        let path = folder.appendingPathComponent("from-10-feb.csv").path
        try kept.joined(separator: "\n").appending("\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aStatedCoverageReplacesTheSpanOfTheRows() async throws {
        let file = try Self.laterRows()
        let folder = try TestPaths.temporaryDirectory("truce-covers-store")
        let spanStore = folder.appendingPathComponent("span.sqlite").path
        let statedStore = folder.appendingPathComponent("stated.sqlite").path
        let plain = await TruceInProcess.run(["import", "acled", file, "--store", spanStore])
        #expect(plain.status == 0, "\(plain.stderr)")
        let stated = await TruceInProcess.run([
            "import", "acled", file, "--covers", "2020-02-01..2020-02-29", "--covers-country", "Afghanistan", "--store", statedStore,
        ])
        #expect(stated.status == 0, "\(stated.stderr)")
        #expect(stated.stderr.contains("covers 2020-02-01 to 2020-02-29 in Afghanistan, as the data set states"))
        let agreement = try AgreementLoader.load(path: TestPaths.example("agreement.yaml"))
        func baselineDays(_ path: String) throws -> Int? {
            let store = try Store.open(path: path)
            return try Evaluator(agreement: agreement).evaluate(store, asOf: Fixtures.day("2020-03-11")).provision("riv")?.reading("text")?.test?
                .baselineDays
        }
        // The rows begin on 10 February: 12 covered days of the baseline; as stated, 21.
        #expect(try baselineDays(spanStore) == 12)
        #expect(try baselineDays(statedStore) == 21)
        let refused = await TruceInProcess.run(["import", "acled", file, "--covers", "2020-02-29..2020-02-01", "--store", statedStore])
        #expect(refused.status != 0 && refused.stderr.contains("ends before it starts"))
    }
}
