import Foundation
import Testing
import TruceFormats
import TruceModel
import TruceStorage
import TruceStore
import TruceTestSupport

@Suite("Store.importUCDP")
struct StoreImportUCDPTests {
    let stamp = "2026-01-01T00:00:00Z"
    let ged191 = TestPaths.shared("ucdp/ged191_subset_myanmar_bangladesh.csv")
    let hdx = TestPaths.shared("ucdp/hdx_conflict_data_BGD.csv")
    let actors = TestPaths.shared("ucdp/ucdp-actor-221.csv")

    func freshStore() throws -> (Store, URL) {
        let folder = try TestPaths.temporaryDirectory("truce-ucdp")
        return (try Store.open(path: folder.appendingPathComponent("truce.sqlite").path), folder)
    }

    @Test func importingTwiceStoresNothingNew() throws {
        let (store, _) = try freshStore()
        let first = try store.importUCDP(path: ged191, importedAt: stamp)
        #expect(first.counts == ImportCounts(read: 3_194, stored: 3_194, updated: 0, unchanged: 0, rejected: 0))
        #expect(first.source == "ucdp" && first.rejectsFile == nil && first.fileHash.count == 64)
        let second = try store.importUCDP(path: ged191, importedAt: stamp)
        #expect(second.counts == ImportCounts(read: 3_194, stored: 0, updated: 0, unchanged: 3_194, rejected: 0))
        #expect(second.fileHash == first.fileHash)
        #expect(try store.counts()["events"] == 3_194)
        #expect(try store.counts()["event_history"] == 0)
        #expect(try store.snapshots().map(\.source) == ["ucdp", "ucdp"])
    }

    @Test func theHDXFileCountsNoHashtagRow() throws {
        let (store, _) = try freshStore()
        let report = try store.importUCDP(path: hdx, importedAt: stamp)
        #expect(report.counts == ImportCounts(read: 601, stored: 601, updated: 0, unchanged: 0, rejected: 0))
        #expect(report.notices.first?.contains("HXL hashtag row") == true)
        let again = try store.importUCDP(path: hdx, importedAt: stamp)
        #expect(again.counts.unchanged == 601 && again.counts.stored == 0)
    }

    @Test func eventsComeBackAsTheyWentIn() throws {
        let (store, _) = try freshStore()
        let report = try store.importUCDP(path: ged191, actors: actors, importedAt: stamp)
        #expect(report.counts.stored == 3_194 && report.counts.rejected == 0)
        #expect(report.notices.last == "ucdp-actor-221.csv: 37 side names matched an actor, 0 matched nothing")
        var reader = try UCDPReader(path: ged191, actors: try UCDPActorList(path: actors))
        var expected = try #require(try reader.readAll().values.first { $0.key == "209406" })
        expected.provenance?.snapshot = report.snapshot
        let day = try #require(Day(iso: "2015-05-14"))
        let stored = try store.events(from: day, to: day, countries: ["Myanmar (Burma)"])
        #expect(stored.first { $0.key == "209406" } == expected)
        let ucdp = try store.events(matching: EventFilter(actor: "MNDAA"), limit: nil)
        #expect(ucdp.total > 0 && ucdp.events.allSatisfy { $0.dataset == "ucdp" })
    }

    @Test func malformedRowsGoToTheRejectsFileAndTheRestIsStored() throws {
        let (store, folder) = try freshStore()
        let file = folder.appendingPathComponent("ged-mixed.csv")
        let text = """
            id,date_start,date_end,type_of_violence,side_a,side_b,country,best,low,high
            1,2020-03-03,2020-03-03,1,Government of Afghanistan,Taleban,Afghanistan,2,2,2
            2,2020-03-05,2020-03-04,1,Government of Afghanistan,Taleban,Afghanistan,2,2,2
            3,2020-03-05,2020-03-05,1,Government of Afghanistan,Taleban,Afghanistan,two,2,2
            4,2020-03-06,2020-03-06,3,Taleban,Civilians,Afghanistan,5,4,9

            """
        try Data(text.utf8).write(to: file)
        let report = try store.importUCDP(path: file.path, importedAt: stamp)
        #expect(report.counts == ImportCounts(read: 4, stored: 2, updated: 0, unchanged: 0, rejected: 2))
        let rejects = try String(contentsOfFile: try #require(report.rejectsFile), encoding: .utf8).split(separator: "\n")
        #expect(rejects.count == 3)
        #expect(rejects[1].hasPrefix("3,date_end,"))
        #expect(rejects[2].hasPrefix("4,best,") && rejects[2].contains("two"))
    }

    @Test func anUnknownActorListIsRefusedBeforeAnythingIsStored() throws {
        let (store, folder) = try freshStore()
        let missing = folder.appendingPathComponent("no-such-actors.csv").path
        #expect {
            _ = try store.importUCDP(path: ged191, actors: missing, importedAt: stamp)
        } throws: { error in
            (error as? TruceError)?.description.contains("no-such-actors.csv") == true
        }
        #expect(try store.counts()["snapshots"] == 0)
    }
}
