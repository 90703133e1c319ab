import Foundation
import Testing
import TruceFormats
import TruceModel
import TruceStorage
import TruceTestSupport

@testable import TruceStore

/// A count or value of 400 digits in a data set is past any number Truce keeps: the row is
/// rejected with its line and field, never stored as 0 or infinity, and the rows around it are kept.
@Suite struct HugeNumberCellTests {
    let huge = String(repeating: "9", count: 400)
    let stamp = "2026-01-01T00:00:00Z"

    func store(_ label: String) throws -> (URL, Store) {
        let folder = try TestPaths.temporaryDirectory(label)
        return (folder, try Store.open(path: folder.appendingPathComponent("truce.sqlite").path))
    }

    func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func aFourHundredDigitFatalityCountIsRejectedNotStoredAsZero() throws {
        let (folder, store) = try store("truce-huge-acled")
        let file = try write(
            "event_id_cnty,event_date,event_type,actor1,country,fatalities\n"
                + "X1,2020-03-03,Battles,Taliban,Afghanistan,\(huge)\nX2,2020-03-03,Battles,Taliban,Afghanistan,3\n",
            "huge.csv", in: folder)
        let report = try store.importACLED(path: file, importedAt: stamp)
        #expect(report.counts.read == 2 && report.counts.stored == 1 && report.counts.rejected == 1)
        let rejects = try String(contentsOfFile: try #require(report.rejectsFile), encoding: .utf8)
        #expect(rejects.contains("\n2,fatalities,"))
        let events = try store.events(matching: EventFilter(), limit: nil).events
        #expect(events.map(\.key) == ["X2"] && events[0].fatalities.best == 3)
    }

    @Test func aFourHundredDigitObservedValueIsRejected() throws {
        let (folder, store) = try store("truce-huge-observation")
        let file = try write(
            "id,date,indicator,actor,country,value,unit,source,url,notes\n"
                + "o1,2020-03-03,troop_level,USA,Afghanistan,\(huge),troops,Wire,,\n"
                + "o2,2020-03-04,troop_level,USA,Afghanistan,8600,troops,Wire,,\n",
            "observations.csv", in: folder)
        let report = try store.importObservations(path: file, importedAt: stamp)
        #expect(report.counts.read == 2 && report.counts.stored == 1 && report.counts.rejected == 1)
        let rejects = try String(contentsOfFile: try #require(report.rejectsFile), encoding: .utf8)
        #expect(rejects.contains("\n2,value,"))
        let observations = try store.observations(indicator: "troop_level")
        #expect(observations.map(\.value) == [8600])
    }
}
