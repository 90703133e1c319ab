import Foundation
import Testing
import TruceFormats
import TruceModel
import TruceStorage
import TruceTestSupport

@testable import TruceStore

@Suite struct StoreImportGDELTTests {
    let stamp = "2026-01-01T00:00:00Z"

    func freshStore() throws -> (Store, URL) {
        let folder = try TestPaths.temporaryDirectory("truce-store")
        return (try Store.open(path: folder.appendingPathComponent("truce.sqlite").path), folder)
    }

    @Test func importingTwiceStoresNothingNew() throws {
        let (store, _) = try freshStore()
        let path = TestPaths.shared("gdelt/20180101000000.export.CSV")
        let first = try store.importGDELT(path: path, importedAt: stamp)
        #expect(first.counts == ImportCounts(read: 2414, stored: 2414, updated: 0, unchanged: 0, rejected: 0))
        #expect(first.source == "gdelt" && first.fileHash.count == 64 && first.rejectsFile == nil)
        let second = try store.importGDELT(path: path, importedAt: stamp)
        #expect(second.counts == ImportCounts(read: 2414, stored: 0, updated: 0, unchanged: 2414, rejected: 0))
        #expect(second.fileHash == first.fileHash)
        #expect(try store.counts()["events"] == 2414)
        #expect(try store.snapshots().map(\.id) == [first.snapshot, second.snapshot])
    }

    /// An event comes back from the store as the reader built it, snapshot aside.
    @Test func anEventRoundTripsThroughTheStore() throws {
        let (store, _) = try freshStore()
        let path = TestPaths.shared("gdelt/20191024143000.export.CSV")
        let report = try store.importGDELT(path: path, importedAt: stamp)
        var reader = try GDELTReader(path: path)
        let read = try #require(try reader.readAll().values.first { $0.key == "881991063" })
        let (_, events) = try store.events(matching: EventFilter(country: "Afghanistan"), limit: nil)
        var stored = try #require(events.first { $0.key == "881991063" })
        #expect(stored.provenance?.snapshot == report.snapshot)
        stored.provenance?.snapshot = nil
        #expect(stored == read)
        #expect(stored.actor1.code == "gdelt:AFGGOV" && stored.type.cameo == "0256" && stored.location.uncertaintyKm == 25)
    }

    /// Each article's URL stays with its event; the source registry keeps the sites.
    @Test func theSourceRegistryKeepsSitesNotArticles() throws {
        let (store, _) = try freshStore()
        let path = TestPaths.shared("gdelt/20180101000000.export.CSV")
        _ = try store.importGDELT(path: path, importedAt: stamp)
        var reader = try GDELTReader(path: path)
        let urls = Set(try reader.readAll().values.flatMap(\.sources))
        let sites = Set(urls.map { sourceRegistryName($0) })
        #expect(urls.count > sites.count && sites.contains("www.ipswichadvertiser.com.au"))
        #expect(try store.counts()["sources"] == sites.count)
    }

    /// Both GDELT 1.0 widths from one file, and GDELT beside ACLED: keys are per dataset.
    @Test func mixedWidthsAndOtherDatasetsShareTheStore() throws {
        let (store, _) = try freshStore()
        let acled = try store.importACLED(path: TestPaths.example("events.csv"), importedAt: stamp)
        let report = try store.importGDELT(path: TestPaths.shared("gdelt/gdelt1_daily_sample_events.tsv"), importedAt: stamp)
        #expect(report.counts.stored == 710 && report.counts.rejected == 0)
        #expect(report.notices.count == 1)
        #expect(try store.counts()["events"] == acled.counts.stored + 710)
    }

    @Test func rejectedRowsGoToTheRejectsFileWithLineAndField() throws {
        let (store, folder) = try freshStore()
        let text = try String(contentsOfFile: TestPaths.shared("gdelt/20180101000000.export.CSV"), encoding: .utf8)
        var lines = text.split(separator: "\n").prefix(3).map(String.init)
        lines[1] = lines[1].replacingOccurrences(of: "\t20171202\t", with: "\t2017120\t")
        let file = folder.appendingPathComponent("three.export.CSV")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let report = try store.importGDELT(path: file.path, importedAt: stamp)
        #expect(report.counts == ImportCounts(read: 3, stored: 2, updated: 0, unchanged: 0, rejected: 1))
        let rejects = try String(contentsOfFile: try #require(report.rejectsFile), encoding: .utf8)
        #expect(rejects.split(separator: "\n").dropFirst().first?.hasPrefix("2,SQLDATE,") == true)
    }
}
