import Foundation
import Testing
import TruceFormats
import TruceModel
import TruceStorage
import TruceTestSupport

@testable import TruceStore

@Suite struct StoreImportTests {
    let stamp = "2026-01-01T00:00:00Z"

    func freshStore() throws -> (Store, URL) {
        let folder = try TestPaths.temporaryDirectory("truce-store")
        return (try Store.open(path: folder.appendingPathComponent("truce.sqlite").path), folder)
    }

    @Test func aStoreIsCreatedOnFirstUseAndMigrated() throws {
        let folder = try TestPaths.temporaryDirectory("truce-store")
        let path = folder.appendingPathComponent("nested/dir/truce.sqlite").path
        let store = try Store.open(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(
            try store.appliedMigrations() == [
                "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8-alerts", "v9-evidence-version", "v10-event-filter-indexes",
                "audit", "users-removal", "v11-fewer-event-indexes", "v12-event-date-spread",
            ])
        _ = try store.importObservations(path: TestPaths.example("observations.csv"), importedAt: stamp)
        let reopened = try Store.open(path: path)
        #expect(try reopened.counts()["observations"] == 17)
    }

    @Test func aFileThatIsNotAStoreIsRefusedWithAHint() throws {
        let folder = try TestPaths.temporaryDirectory("truce-store")
        let path = folder.appendingPathComponent("not-a-store.sqlite").path
        try Data("this is not sqlite".utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try Store.open(path: path)
        } throws: { error in
            (error as? TruceError)?.message.contains("is not a Truce store") == true
        }
    }

    @Test func reimportingTheSameFileStoresNothingNew() throws {
        let (store, _) = try freshStore()
        let first = try store.importACLED(path: TestPaths.example("events.csv"), importedAt: stamp)
        #expect(first.counts.rejected == 0)
        #expect(first.counts.stored == first.counts.read)
        #expect(first.counts.read >= 60)
        let second = try store.importACLED(path: TestPaths.example("events.csv"), importedAt: stamp)
        #expect(second.counts.stored == 0 && second.counts.updated == 0)
        #expect(second.counts.unchanged == first.counts.read)
        #expect(try store.counts()["events"] == first.counts.stored)
        #expect(second.fileHash == first.fileHash && first.fileHash.count == 64)
        let snapshots = try store.snapshots()
        #expect(snapshots.map(\.id) == [first.snapshot, second.snapshot])
        #expect(snapshots[1].counts.unchanged == first.counts.read)
    }

    @Test func aRevisedRowIsUpdatedAndItsOldVersionKept() throws {
        let (store, folder) = try freshStore()
        let header = "event_id_cnty,event_date,event_type,actor1,country,fatalities,notes\n"
        let v1 = folder.appendingPathComponent("v1.csv")
        try Data((header + "X1,2020-03-03,Battles,Taliban,Afghanistan,3,first report\nX2,2020-03-04,Battles,Taliban,Afghanistan,1,\n").utf8)
            .write(to: v1)
        let v2 = folder.appendingPathComponent("v2.csv")
        try Data(
            (header
                + "X1,2020-03-03,Battles,Taliban,Afghanistan,5,revised\nX2,2020-03-04,Battles,Taliban,Afghanistan,1,\nX3,2020-03-05,Riots,Rioters,Afghanistan,0,\n")
                .utf8
        )
        .write(to: v2)
        _ = try store.importACLED(path: v1.path, importedAt: stamp)
        let report = try store.importACLED(path: v2.path, importedAt: stamp)
        #expect(report.counts == ImportCounts(read: 3, stored: 1, updated: 1, unchanged: 1, rejected: 0))
        let (_, events) = try store.events(matching: EventFilter(), limit: nil)
        #expect(events.first { $0.key == "X1" }?.fatalities.best == 5)
        #expect(events.first { $0.key == "X1" }?.provenance?.snapshot == report.snapshot)
        #expect(try store.counts()["event_history"] == 1)
    }

    @Test func malformedRowsAreRejectedToAFileAndValidRowsKept() throws {
        let (store, folder) = try freshStore()
        let file = folder.appendingPathComponent("mixed.csv")
        let text = """
            event_id_cnty,event_date,event_type,actor1,country,fatalities
            A1,2020-03-03,Battles,Taliban,Afghanistan,3
            A2,2020-02-30,Battles,Taliban,Afghanistan,1
            A3,2020-03-04,Battles,Taliban,Afghanistan,abc
            A4,2020-03-05,Battles,Taliban,Afghanistan,0

            """
        try Data(text.utf8).write(to: file)
        let report = try store.importACLED(path: file.path, importedAt: stamp)
        #expect(report.counts.stored == 2)
        #expect(report.counts.rejected == 2)
        let rejectsPath = try #require(report.rejectsFile)
        #expect(rejectsPath.hasPrefix(folder.appendingPathComponent("truce.rejects").path))
        let rejects = try String(contentsOfFile: rejectsPath, encoding: .utf8)
        let lines = rejects.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("3,event_date,"))
        #expect(lines[2].hasPrefix("4,fatalities,"))
        #expect(lines[2].contains("abc"))
    }

    struct FailingSource: ImportSource {
        var remaining: Int
        var bytesRead: Int { 0 }
        var totalBytes: Int { 0 }
        var notices: [String] { [] }
        var fileHash: String? { nil }

        mutating func next() throws -> ParsedRow<Event>? {
            guard remaining > 0 else { throw TruceError(.unreadableFile, "the disk went away") }
            remaining -= 1
            return .value(Fixtures.event("F\(remaining)", "2020-03-0\(remaining % 9 + 1)", "Taliban"))
        }
    }

    @Test func anImportThatFailsHalfwayStoresNothing() throws {
        let (store, _) = try freshStore()
        var source = FailingSource(remaining: 5)
        #expect(throws: TruceError.self) {
            _ = try store.runImport(
                source: &source, kind: "acled", path: "broken.csv", importedAt: stamp, progress: { _ in },
                prepare: { db in
                    let writer = try EventWriter(db)
                    return { event, snapshot in try writer.write(event, snapshot: snapshot) }
                })
        }
        #expect(try store.counts()["events"] == 0)
        #expect(try store.counts()["snapshots"] == 0)
    }

    @Test func aBulkImportThatFailsKeepsTheIndexes() throws {
        let (store, _) = try freshStore()
        let before = try store.indexNames(on: "events")
        var source = FailingSource(remaining: 5)
        #expect(throws: TruceError.self) {
            _ = try store.runImport(
                source: &source, kind: "acled", path: "broken.csv", importedAt: stamp, bulkFrom: 0, progress: { _ in },
                prepare: { db in
                    let writer = try EventWriter(db)
                    return { event, snapshot in try writer.write(event, snapshot: snapshot) }
                })
        }
        #expect(try store.indexNames(on: "events") == before)
        #expect(before.contains("events_by_event_date"))
    }

    @Test func eventsComeBackAsTheyWentIn() throws {
        let (store, _) = try freshStore()
        _ = try store.importACLED(path: TestPaths.example("events.csv"), importedAt: stamp)
        let (total, events) = try store.events(matching: EventFilter(from: Fixtures.day("2020-03-03"), to: Fixtures.day("2020-03-03")), limit: nil)
        #expect(total == events.count && total >= 4)
        let kunduz = events.filter { $0.location.admin1 == "Kunduz" }
        #expect(kunduz.reduce(0) { $0 + ($1.fatalities.best ?? 0) } == 14)
        let first = try #require(events.first)
        #expect(first.dataset == "acled")
        #expect(first.provenance?.file == "events.csv")
        #expect((first.provenance?.line ?? 0) > 1)
        #expect(first.attributes["year"] == "2020")
    }

    @Test func filtersCountEveryMatchAndLimitTheList() throws {
        let (store, _) = try freshStore()
        _ = try store.importACLED(path: TestPaths.example("events.csv"), importedAt: stamp)
        let all = try store.events(matching: EventFilter(), limit: nil)
        let limited = try store.events(matching: EventFilter(), limit: 5)
        #expect(limited.total == all.total && limited.events.count == 5)
        let qatar = try store.events(matching: EventFilter(country: "qatar"), limit: nil)
        #expect(qatar.total == 1)
        let us = try store.events(matching: EventFilter(actor: "united states"), limit: nil)
        #expect(us.total > 0)
        #expect(us.events.allSatisfy { ($0.actor1.allNames + $0.actor2.allNames).contains { $0.lowercased().contains("united states") } })
        let hostile = try store.events(matching: EventFilter(actor: "%' OR 1=1 --"), limit: nil)
        #expect(hostile.total == 0)
    }

    @Test func evidenceQueriesFollowDateSpans() throws {
        let (store, _) = try freshStore()
        _ = try store.importACLED(path: TestPaths.example("events.csv"), importedAt: stamp)
        let march = try store.events(from: Fixtures.day("2020-03-01"), to: Fixtures.day("2020-03-31"), countries: ["Afghanistan"])
        #expect(march.allSatisfy { $0.date.possiblyWithin(Fixtures.day("2020-03-01"), Fixtures.day("2020-03-31")) })
        #expect(march.allSatisfy { $0.location.country == "Afghanistan" })
        #expect(march.contains { $0.date.day.iso == "2020-03-03" })
    }
}

@Suite struct RealACLEDExportTests {
    @Test(arguments: [
        ("acled/acled_global_2020-04-27_to_2020-05-09.csv", 5_071),
        ("acled/acled_benin_2022_r_export.csv", 811),
        ("acled/acled_all_africa_2016-01-01_to_2016-05-28.csv", 6_831),
        ("acled/acled_asia_2015_v6.csv", 10_194),
    ])
    func everyGenerationImportsCompletely(file: String, rows: Int) throws {
        let store = try Store.inMemory()
        let report = try store.importACLED(path: TestPaths.shared(file), importedAt: "2026-01-01T00:00:00Z")
        #expect(report.counts.read == rows)
        #expect(report.counts.rejected == 0)
        #expect(report.counts.stored + report.counts.updated + report.counts.unchanged == rows)
        let stored = try store.counts()["events"] ?? 0
        // Duplicate keys within a file are revisions of one event, never lost rows.
        #expect(stored == report.counts.stored)
        #expect(stored + (try store.counts()["event_history"] ?? 0) + report.counts.unchanged == rows)
    }
}

@Suite struct BulkImportTests {
    func indexes(_ store: Store) throws -> [String] {
        try store.indexNames(on: "events")
    }

    @Test func aBulkImportStoresTheSameAndRebuildsTheIndexes() throws {
        let bulk = try Store.inMemory()
        let rowByRow = try Store.inMemory()
        let stamp = "2026-01-01T00:00:00Z"
        let file = TestPaths.example("events.csv")
        let a = try bulk.importACLED(path: file, importedAt: stamp, bulkFrom: 0)
        let b = try rowByRow.importACLED(path: file, importedAt: stamp)
        #expect(a.counts == b.counts)
        #expect(try bulk.events(matching: EventFilter(), limit: nil).events == rowByRow.events(matching: EventFilter(), limit: nil).events)
        #expect(try indexes(bulk) == indexes(rowByRow))
        #expect(try indexes(bulk).contains("events_by_admin1"))
        let again = try bulk.importACLED(path: file, importedAt: stamp, bulkFrom: 0)
        #expect(again.counts.unchanged == a.counts.read)
    }
}

@Suite struct JSONStringTests {
    @Test func objectsAreSortedEscapedAndReadBack() throws {
        let map = ["b": "plain", "a": "quote \" backslash \\ newline \n tab \t bell \u{07} é ✓", "": ""]
        let text = JSONString.object(map)
        #expect(text.hasPrefix("{\"\":\"\",\"a\":"))
        #expect(text.contains("\\u0007"))
        let data = try #require(text.data(using: .utf8))
        let parsed = try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])
        #expect(parsed == map)
        #expect(JSONString.parseObject(text) == map)
    }
}
