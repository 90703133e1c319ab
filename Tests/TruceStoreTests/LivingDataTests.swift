import Foundation
import Testing
import TruceEngine
import TruceFormats
import TruceModel
import TruceStore
import TruceTestSupport

/// ACLED revises events under the same id and publishes deletions; every import is a snapshot.
@Suite struct LivingDataTests {
    let stamp = "2026-01-01T00:00:00Z"
    let header = "event_id_cnty,event_date,event_type,actor1,actor2,country,fatalities,timestamp\n"

    func write(_ folder: URL, _ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Snapshot 1: three events. Snapshot 2: X1 revised (newer timestamp), X2 an older copy, X4 new.
    /// Snapshot 3: X3 deleted.
    func livingStore() throws -> (Store, URL) {
        let folder = try TestPaths.temporaryDirectory("truce-living")
        let store = try Store.open(path: folder.appendingPathComponent("s.sqlite").path)
        let first = try write(
            folder, "v1.csv",
            header + "X1,2020-03-03,Battles,Taliban,Police Forces of Afghanistan,Afghanistan,3,100\n"
                + "X2,2020-03-04,Battles,Taliban,Police Forces of Afghanistan,Afghanistan,1,200\n"
                + "X3,2020-03-05,Battles,Taliban,Military Forces of Afghanistan,Afghanistan,2,100\n")
        let second = try write(
            folder, "v2.csv",
            header + "X1,2020-03-03,Battles,Taliban,Police Forces of Afghanistan,Afghanistan,9,300\n"
                + "X2,2020-03-04,Battles,Taliban,Police Forces of Afghanistan,Afghanistan,7,150\n"
                + "X4,2020-03-06,Battles,Taliban,Police Forces of Afghanistan,Afghanistan,1,300\n")
        let deletions = try write(folder, "deleted.csv", "event_id_cnty,deleted_timestamp\nX3,1600000000\nNOPE1,1600000000\n")
        #expect(try store.importACLED(path: first, importedAt: stamp).snapshot == 1)
        let revised = try store.importACLED(path: second, importedAt: stamp)
        #expect(revised.counts == ImportCounts(read: 3, stored: 1, updated: 1, unchanged: 1, rejected: 0))
        #expect(revised.notices.contains { $0.contains("older") })
        let deleted = try store.importACLEDDeletions(path: deletions, importedAt: stamp)
        #expect(deleted.counts == ImportCounts(read: 2, stored: 1, updated: 0, unchanged: 1, rejected: 0))
        return (store, folder)
    }

    func fatalitiesByKey(_ events: [Event]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: events.map { ($0.key, $0.fatalities.best ?? -1) })
    }

    @Test func newerTimestampsReviseOlderOnesDoNotAndDeletionsRemove() throws {
        let (store, _) = try livingStore()
        let now = try store.events(from: Fixtures.day("2020-01-01"), to: Fixtures.day("2020-12-31"), countries: [])
        #expect(fatalitiesByKey(now) == ["X1": 9, "X2": 1, "X4": 1])
        #expect(try store.counts()["event_history"] == 1)
    }

    @Test func eachSnapshotShowsTheEvidenceAsItStood() throws {
        let (store, _) = try livingStore()
        let range = (Fixtures.day("2020-01-01"), Fixtures.day("2020-12-31"))
        let first = try store.asOf(snapshot: 1).events(from: range.0, to: range.1, countries: [])
        #expect(fatalitiesByKey(first) == ["X1": 3, "X2": 1, "X3": 2])
        #expect(first.allSatisfy { $0.provenance?.snapshot == 1 && $0.provenance?.file == "v1.csv" })
        let second = try store.asOf(snapshot: 2).events(from: range.0, to: range.1, countries: ["afghanistan"])
        #expect(fatalitiesByKey(second) == ["X1": 9, "X2": 1, "X3": 2, "X4": 1])
        let third = try store.asOf(snapshot: 3).events(from: range.0, to: range.1, countries: [])
        #expect(fatalitiesByKey(third) == ["X1": 9, "X2": 1, "X4": 1])
        #expect(try store.asOf(snapshot: 2).snapshotIDs() == [1, 2])
        #expect(throws: TruceError.self) { try store.asOf(snapshot: 9) }
    }

    @Test func revisedObservationsKeepTheirEarlierVersion() throws {
        let folder = try TestPaths.temporaryDirectory("truce-living")
        let store = try Store.open(path: folder.appendingPathComponent("s.sqlite").path)
        let columns = "id,date,indicator,actor,value,source\n"
        _ = try store.importObservations(path: try write(folder, "o1.csv", columns + "t1,2020-07-13,troop_level,USA,8600,DoD\n"), importedAt: stamp)
        _ = try store.importObservations(path: try write(folder, "o2.csv", columns + "t1,2020-07-13,troop_level,USA,8500,DoD\n"), importedAt: stamp)
        #expect(try store.observations(indicator: "troop_level").map(\.value) == [8500])
        #expect(try store.asOf(snapshot: 1).observations(indicator: "troop_level").map(\.value) == [8600])
        #expect(try store.asOf(snapshot: 2).observations(indicator: "troop_level").map(\.value) == [8500])
    }
}
