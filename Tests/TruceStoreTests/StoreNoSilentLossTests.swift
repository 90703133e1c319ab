import Foundation
import Testing
import TruceFormats
import TruceModel
import TruceStorage
import TruceTestSupport

@testable import TruceStore

/// Imports that used to report "read 0, rejected 0" or overwrite good data: every row is
/// stored, or rejected with its line, and the counts add up.
@Suite struct StoreNoSilentLossTests {
    let stamp = "2026-01-01T00:00:00Z"

    enum Importer: String, CaseIterable, Sendable {
        case acled, observations, claims, deletions, ucdp, gdelt
    }

    func run(_ importer: Importer, path: String, in store: Store) throws -> ImportReport {
        switch importer {
        case .acled: try store.importACLED(path: path, importedAt: stamp)
        case .observations: try store.importObservations(path: path, importedAt: stamp)
        case .claims: try store.importClaims(path: path, importedAt: stamp)
        case .deletions: try store.importACLEDDeletions(path: path, importedAt: stamp)
        case .ucdp: try store.importUCDP(path: path, importedAt: stamp)
        case .gdelt: try store.importGDELT(path: path, importedAt: stamp)
        }
    }

    func sample(_ importer: Importer, folder: URL) throws -> String {
        switch importer {
        case .acled: return TestPaths.example("events.csv")
        case .observations: return TestPaths.example("observations.csv")
        case .claims: return TestPaths.example("claims.csv")
        case .ucdp: return TestPaths.shared("ucdp/ged191_subset_myanmar_bangladesh.csv")
        case .gdelt: return TestPaths.shared("gdelt/20191024143000.export.CSV")
        case .deletions:
            let url = folder.appendingPathComponent("deleted.csv")
            try Data("event_id_cnty,deleted_timestamp\nX1,1600000000\nX2,1600000000\nX3,2020-03-04\n".utf8).write(to: url)
            return url.path
        }
    }

    func fresh(_ folder: URL, _ name: String) throws -> Store {
        try Store.open(path: folder.appendingPathComponent(name).path)
    }

    @Test(arguments: Importer.allCases)
    func classicMacLineEndsImportLikeLineFeeds(importer: Importer) throws {
        let folder = try TestPaths.temporaryDirectory("truce-cr")
        let original = try sample(importer, folder: folder)
        let text = try String(contentsOfFile: original, encoding: .utf8)
        let mac = folder.appendingPathComponent("mac-" + URL(fileURLWithPath: original).lastPathComponent)
        try Data(text.replacingOccurrences(of: "\r\n", with: "\r").replacingOccurrences(of: "\n", with: "\r").utf8).write(to: mac)
        let expected = try run(importer, path: original, in: try fresh(folder, "lf.sqlite"))
        let report = try run(importer, path: mac.path, in: try fresh(folder, "cr.sqlite"))
        #expect(expected.counts.read > 0)
        #expect(report.counts.read == expected.counts.read)
        #expect(report.counts.stored == expected.counts.stored)
        #expect(report.counts.rejected == expected.counts.rejected)
    }

    @Test func aCutOffDownloadNeverOverwritesAStoredEvent() throws {
        let folder = try TestPaths.temporaryDirectory("truce-cut")
        let store = try fresh(folder, "s.sqlite")
        let header = "event_id_cnty,event_date,event_type,actor1,country,fatalities,notes,timestamp\n"
        let whole = folder.appendingPathComponent("whole.csv")
        try Data((header + "X1,2020-03-03,Battles,Taliban,Afghanistan,3,first,100\nX2,2020-03-04,Battles,Taliban,Afghanistan,5,second,100\n").utf8)
            .write(to: whole)
        _ = try store.importACLED(path: whole.path, importedAt: stamp)
        // The same download, interrupted in the middle of X2's row: no timestamp, no fatalities.
        let cut = folder.appendingPathComponent("cut.csv")
        try Data((header + "X1,2020-03-03,Battles,Taliban,Afghanistan,3,first,100\nX2,2020-03-04,Battles,Tal").utf8).write(to: cut)
        let report = try store.importACLED(path: cut.path, importedAt: stamp)
        #expect(report.counts == ImportCounts(read: 2, stored: 0, updated: 0, unchanged: 1, rejected: 1))
        #expect(report.notices.contains { $0.contains("cut off") })
        let (_, events) = try store.events(matching: EventFilter(), limit: nil)
        #expect(events.first { $0.key == "X2" }?.fatalities.best == 5)
        #expect(try store.counts()["event_history"] == 0)
    }

    @Test func aRowWithoutATimestampNeverReplacesADatedOne() throws {
        let folder = try TestPaths.temporaryDirectory("truce-undated")
        let store = try fresh(folder, "s.sqlite")
        let header = "event_id_cnty,event_date,event_type,actor1,country,fatalities,timestamp\n"
        let dated = folder.appendingPathComponent("dated.csv")
        try Data((header + "X1,2020-03-03,Battles,Taliban,Afghanistan,3,100\n").utf8).write(to: dated)
        _ = try store.importACLED(path: dated.path, importedAt: stamp)
        let undated = folder.appendingPathComponent("undated.csv")
        try Data((header + "X1,2020-03-03,Battles,Taliban,Afghanistan,,\n").utf8).write(to: undated)
        let report = try store.importACLED(path: undated.path, importedAt: stamp)
        #expect(report.counts.updated == 0)
        #expect(report.notices.contains { $0.contains("older than the versions already stored") })
        let (_, events) = try store.events(matching: EventFilter(), limit: nil)
        #expect(events.first?.fatalities.best == 3)
    }

    @Test func aStrayQuoteIsCountedAndTheRowsAfterItStored() throws {
        let folder = try TestPaths.temporaryDirectory("truce-stray")
        let store = try fresh(folder, "s.sqlite")
        var lines = try String(contentsOfFile: TestPaths.example("events.csv"), encoding: .utf8).components(separatedBy: "\n")
        var original = try ACLEDReader(path: TestPaths.example("events.csv"))
        let rows = try original.readAll().values.count
        // A quote opening the last cell of the third data row: it closes only at the next row's quoted notes.
        let lastComma = lines[3].lastIndex(of: ",")!
        lines[3].insert("\"", at: lines[3].index(after: lastComma))

        let file = folder.appendingPathComponent("stray.csv")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        let report = try store.importACLED(path: file.path, importedAt: stamp)
        #expect(report.counts.read == rows)
        #expect(report.counts.rejected == 1)
        #expect(report.counts.stored == rows - 1)
        #expect(report.notices.contains { $0.contains("stray quotes: 1 line") })
    }
}
