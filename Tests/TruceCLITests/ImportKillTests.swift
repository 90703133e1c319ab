import Foundation
import GRDB
import Testing
import TruceFormats
import TruceModel
import TruceStore
import TruceTestSupport

/// `kill -9` in the middle of a large import, as a crash or a power cut would do it:
/// the store must open, pass SQLite's integrity check and hold either all of the
/// import or none of it; importing the file again must then give exactly the store
/// an uninterrupted import gives.
@Suite struct ImportKillTests {
    static let realFile = TestPaths.shared("acled-afghanistan-2020/2020_02_afghan.csv")

    /// 10 copies (3 MB) load with the indexes kept up; 110 copies (34 MB) pass ``Store/bulkImportBytes`` and
    /// load with the indexes dropped and built again inside the transaction, the path a kill is most likely
    /// to find half done.
    @Test(arguments: [10, 110])
    func anImportKilledAtRandomPointsLandsWholeOrNotAtAll(copies: Int) throws {
        let folder = try TestPaths.temporaryDirectory("truce-kill")
        defer { try? FileManager.default.removeItem(at: folder) }
        let large = folder.appendingPathComponent("large.csv").path
        let rows = try LargeACLEDFile.write(copies: copies, of: Self.realFile, to: large)
        let bytes = try FileManager.default.attributesOfItem(atPath: large)[.size] as? Int ?? 0
        #expect((bytes >= Store.bulkImportBytes) == (copies > 100), "\(bytes) bytes against the bulk threshold \(Store.bulkImportBytes)")

        // What an uninterrupted import gives, and how long it takes: the kills fall within that time.
        let reference = folder.appendingPathComponent("reference.sqlite").path
        try importFile(Self.realFile, into: reference)
        let baseline = try StoreState(path: reference)
        let started = Date()
        try importFile(large, into: reference)
        let duration = Date().timeIntervalSince(started)
        let complete = try StoreState(path: reference)
        #expect(complete.events.count == baseline.events.count + rows)

        for attempt in 0..<3 {
            let store = folder.appendingPathComponent("killed-\(attempt).sqlite").path
            try importFile(Self.realFile, into: store)
            let delay = Double.random(in: 0.02...max(0.05, duration * 0.9))
            let killed = try TruceBinary.runAndKill(after: delay, ["import", "acled", large, "--store", store])
            let state = try StoreState(path: store)
            let context = "attempt \(attempt): killed after \(delay) s of a \(duration) s import (signalled: \(killed))"
            #expect(state.integrity == ["ok"], "\(context)")
            #expect(state.events == baseline.events || state.events == complete.events, "\(context): \(state.events.count) events")
            #expect(state.historyRows == 0, "\(context)")

            try importFile(large, into: store)
            let again = try StoreState(path: store)
            #expect(again.integrity == ["ok"], "\(context)")
            #expect(again.events == complete.events, "\(context): \(again.events.count) events after the re-import")
        }
    }

    /// A first import builds its new store aside (`Store.build`): killed, it leaves no store at all, and the
    /// next import removes the file it left and builds the whole store.
    @Test func aFirstImportKilledLeavesNoStoreAndTheNextOneBuildsIt() throws {
        let folder = try TestPaths.temporaryDirectory("truce-kill-new")
        defer { try? FileManager.default.removeItem(at: folder) }
        let large = folder.appendingPathComponent("large.csv").path
        _ = try LargeACLEDFile.write(copies: 110, of: Self.realFile, to: large)
        let reference = folder.appendingPathComponent("reference.sqlite").path
        let started = Date()
        try importFile(large, into: reference)
        let duration = Date().timeIntervalSince(started)
        let complete = try StoreState(path: reference)

        for attempt in 0..<3 {
            let store = folder.appendingPathComponent("new-\(attempt).sqlite").path
            let delay = Double.random(in: 0.05...max(0.1, duration * 0.9))
            let killed = try TruceBinary.runAndKill(after: delay, ["import", "acled", large, "--store", store])
            let context = "attempt \(attempt): killed after \(delay) s of a \(duration) s import (signalled: \(killed))"
            if FileManager.default.fileExists(atPath: store) {
                let state = try StoreState(path: store)
                #expect(state.integrity == ["ok"] && state.events == complete.events, "\(context): a store that is there is whole")
                continue
            }
            try importFile(large, into: store)
            let again = try StoreState(path: store)
            #expect(again.integrity == ["ok"], "\(context)")
            #expect(again.events == complete.events, "\(context): \(again.events.count) events after the re-import")
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("new-\(attempt).sqlite.") }
            #expect(left.isEmpty, "\(context): \(left) left beside the store")
        }
    }

    private func importFile(_ file: String, into store: String) throws {
        let result = try TruceBinary.run(["import", "acled", file, "--store", store])
        try #require(result.status == 0, "import of \(file) failed: \(result.stderr)")
    }
}

/// What a store holds, read with SQLite directly after Truce has opened it.
private struct StoreState {
    /// `PRAGMA integrity_check`: `["ok"]` for a sound file.
    var integrity: [String]
    /// Each event's data set and key with its content hash, in key order.
    var events: [String]
    var historyRows: Int

    init(path: String) throws {
        // Opening through Truce first: that is what a user's next command does, and it rolls back a torn transaction.
        _ = try Store.open(path: path)
        let queue = try DatabaseQueue(path: path)
        (integrity, events, historyRows) = try queue.read { db in
            (
                try String.fetchAll(db, sql: "PRAGMA integrity_check"),
                try String.fetchAll(db, sql: "SELECT dataset || ' ' || event_key || ' ' || content_hash FROM events ORDER BY dataset, event_key"),
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event_history") ?? 0
            )
        }
    }
}

/// A large ACLED file made from a real one: every row repeated with new event ids.
private enum LargeACLEDFile {
    /// Writes `copies` copies of each data row of `source` to `path`; returns the number of rows written.
    static func write(copies: Int, of source: String, to path: String) throws -> Int {
        let reader = try CSVReader(path: source)
        guard let header = try reader.next() else { throw TruceError(.invalidInput, "\(source) is empty") }
        let idColumn = try #require(header.fields.firstIndex(of: "event_id_cnty"))
        var records: [[String]] = []
        while let record = try reader.next() { records.append(record.fields) }
        var text = line(header.fields)
        for copy in 1...copies {
            for var fields in records {
                fields[idColumn] += "-\(copy)"
                text += line(fields)
            }
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return copies * records.count
    }

    private static func line(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",") + "\n"
    }
}
