import Foundation
import Testing
import TruceEngine
import TruceFormats
import TruceModel
import TruceStorage
import TruceStore
import TruceTestSupport

/// `truce export` on the bundled example, through the library API: every format, the
/// filters, and the PAM scores the documented rule gives (docs/exports.md).
@Suite struct DohaExportTests {
    static let stamp = "2026-01-01T00:00:00Z"

    /// A store in a fresh folder with the example imported; `extra` rows (ACLED layout) are imported too.
    static func exampleStore(extra: String? = nil) throws -> (store: Store, folder: URL) {
        let folder = try TestPaths.temporaryDirectory("truce-export")
        let store = try Store.open(path: folder.appendingPathComponent("t.sqlite").path)
        #expect(try store.importACLED(path: TestPaths.example("events.csv"), importedAt: stamp).counts.rejected == 0)
        #expect(try store.importObservations(path: TestPaths.example("observations.csv"), importedAt: stamp).counts.rejected == 0)
        #expect(try store.importClaims(path: TestPaths.example("claims.csv"), importedAt: stamp).counts.rejected == 0)
        if let extra {
            let path = folder.appendingPathComponent("extra.csv").path
            try (ACLEDCSVWriter.columns.joined(separator: ",") + "\n" + extra).write(toFile: path, atomically: true, encoding: .utf8)
            #expect(try store.importACLED(path: path, importedAt: stamp).counts.stored == 1)
        }
        return (store, folder)
    }

    /// An event of the Doha week with no coordinates (ACLED does have such rows).
    static let unlocatedRow =
        "AFG99999,2020-03-05,2020,1,Political violence,Battles,Armed clash,Taliban,,2,Police Forces of Afghanistan (2004-2021),,1,12,,4,,"
        + "South Asia,Afghanistan,Kunduz,,,,,,3,Local source,Local,\"No coordinates, on purpose.\",1,,1600000000\n"

    /// Everything `writer` writes for the events matching `filter`.
    static func export(_ writer: some EventStreamWriter, from store: Store, matching filter: EventFilter = EventFilter()) throws -> String {
        var writer = writer
        var sink = MemorySink()
        try writer.begin(&sink)
        try store.forEachEvent(matching: filter) { try writer.write($0, to: &sink) }
        try writer.end(&sink)
        return sink.text
    }

    static func allEvents(_ store: Store, _ filter: EventFilter = EventFilter()) throws -> [Event] {
        try store.events(matching: filter, limit: nil).events
    }

    // MARK: CSV

    @Test func csvReimportsAsTheSameEvents() throws {
        let (store, folder) = try Self.exampleStore()
        let csv = try Self.export(ACLEDCSVWriter(), from: store)
        let path = folder.appendingPathComponent("export.csv").path
        try csv.write(toFile: path, atomically: true, encoding: .utf8)

        let fresh = try Store.open(path: folder.appendingPathComponent("fresh.sqlite").path)
        let report = try fresh.importACLED(path: path, importedAt: Self.stamp)
        #expect(report.counts.rejected == 0)
        let original = try Self.allEvents(store)
        let back = try Self.allEvents(fresh)
        #expect(back.count == original.count && original.count > 100)
        for (a, b) in zip(original, back) {
            #expect(a.key == b.key)
            #expect(a.date == b.date)
            #expect(a.actor1 == b.actor1 && a.actor2 == b.actor2)
            #expect(a.fatalities == b.fatalities)
            #expect(a.location == b.location && a.type == b.type && a.sources == b.sources && a.notes == b.notes)
            #expect(a.attributes == b.attributes && a.revision == b.revision && a.interaction == b.interaction)
        }
        // Exporting the re-imported store gives the same file.
        #expect(try Self.export(ACLEDCSVWriter(), from: fresh) == csv)
    }

    // MARK: GeoJSON

    @Test func geoJSONHasOneFeaturePerEventWithLongitudeFirst() throws {
        let (store, _) = try Self.exampleStore(extra: Self.unlocatedRow)
        let events = try Self.allEvents(store)
        let text = try Self.export(GeoJSONWriter(), from: store)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["type"] as? String == "FeatureCollection")
        #expect(root["crs"] == nil)
        let features = try #require(root["features"] as? [[String: Any]])
        #expect(features.count == events.count)
        var unlocated: [String] = []
        for (feature, event) in zip(features, events) {
            #expect(feature["type"] as? String == "Feature")
            let properties = try #require(feature["properties"] as? [String: Any])
            #expect(properties["id"] as? String == event.key)
            #expect(Set(properties.keys) == Set(EventJSON.keys))
            if let geometry = feature["geometry"] as? [String: Any] {
                #expect(geometry["type"] as? String == "Point")
                let position = try #require(geometry["coordinates"] as? [Double])
                try #require(position.count == 2)
                #expect((-180...180).contains(position[0]) && (-90...90).contains(position[1]))
                #expect(position[0] == event.location.longitude && position[1] == event.location.latitude)
            } else {
                #expect(feature["geometry"] is NSNull)
                unlocated.append(event.key)
            }
        }
        #expect(unlocated == ["AFG99999"])
    }

    // MARK: JSON Lines

    @Test func jsonLinesHaveOneEventObjectPerLine() throws {
        let (store, _) = try Self.exampleStore()
        let events = try Self.allEvents(store)
        let text = try Self.export(JSONLinesWriter(), from: store)
        #expect(text.hasSuffix("\n"))
        let lines = text.split(separator: "\n")
        #expect(lines.count == events.count)
        for (line, event) in zip(lines, events) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == Set(EventJSON.keys))
            #expect(object["id"] as? String == event.key && object["date"] as? String == event.date.day.iso)
            #expect((object["fatalities"] as? [String: Any])?["best"] as? Int == event.fatalities.best)
        }
    }

    // MARK: filters

    @Test func filtersRestrictEveryFormat() throws {
        let (store, _) = try Self.exampleStore()
        let filter = EventFilter(country: "Afghanistan", actor: "taliban", from: Day(iso: "2020-03-03"), to: Day(iso: "2020-03-04"), dataset: "acled")
        let expected = try Self.allEvents(store, filter).map(\.key)
        #expect(expected.count >= 4 && expected.count < 20)

        let csvLines = try Self.export(ACLEDCSVWriter(), from: store, matching: filter).split(separator: "\n").dropFirst()
        #expect(csvLines.map { String($0.prefix { $0 != "," }) } == expected)
        let jsonl = try Self.export(JSONLinesWriter(), from: store, matching: filter).split(separator: "\n")
        let jsonlKeys = try jsonl.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])["id"] as? String }
        #expect(jsonlKeys == expected)
        let geo = try #require(
            try JSONSerialization.jsonObject(with: Data(try Self.export(GeoJSONWriter(), from: store, matching: filter).utf8)) as? [String: Any])
        let features = try #require(geo["features"] as? [[String: Any]])
        #expect(features.map { ($0["properties"] as? [String: Any])?["id"] as? String } == expected)

        let none = EventFilter(dataset: "ucdp")
        #expect(try Self.export(JSONLinesWriter(), from: store, matching: none).isEmpty)
        #expect(try Self.export(ACLEDCSVWriter(), from: store, matching: none) == ACLEDCSVWriter.columns.joined(separator: ",") + "\n")
    }

    // MARK: PAM scores

    static func pamScores(years: ClosedRange<Int> = 2020...2021, through lastDay: String) throws -> [String: ImplementationScore] {
        let (store, _) = try exampleStore()
        let agreement = try AgreementLoader.load(path: TestPaths.example("agreement.yaml"))
        let rows = try ImplementationScorer(agreement: agreement).scores(store, years: years, through: Fixtures.day(lastDay))
        #expect(rows.count == agreement.provisions.count * years.count)
        return Dictionary(uniqueKeysWithValues: rows.map { ("\($0.provision) \($0.year)", $0) })
    }

    @Test func pamScoresOfTheDohaExampleFollowTheDocumentedRule() throws {
        let s = try Self.pamScores(through: "2021-12-31")
        // 8,600 reached on 2020-07-13, the deadline, and never exceeded again.
        #expect(s["troops-8600 2020"]?.score == 3 && s["troops-8600 2020"]?.status == .complied)
        #expect(s["troops-8600 2021"]?.score == 3)
        // Full withdrawal not reached: 4,500 of 12,000–13,000 by the end of 2020, 2,500 after the deadline.
        let withdrawal2020 = try #require(s["withdrawal 2020"])
        #expect(withdrawal2020.status == .pending && withdrawal2020.score == 2 && withdrawal2020.progress == 0.625)
        let withdrawal2021 = try #require(s["withdrawal 2021"])
        #expect(withdrawal2021.status == .overdue && withdrawal2021.score == 2 && !withdrawal2021.violated)
        #expect(abs(try #require(withdrawal2021.progress) - 9500.0 / 12000) < 1e-9)
        // The talks opened on 2020-09-12, 186 days late; the prisoner releases ended late too.
        let talks = try #require(s["talks-start 2020"])
        #expect(talks.score == 3 && talks.late && talks.note.contains("186 days after the due date"))
        #expect(s["prisoners-5000 2020"]?.score == 3 && s["prisoners-5000 2020"]?.late == true)
        #expect(s["prisoners-1000 2021"]?.score == 3)
        // Disputed: complied under the text, violated under the US reading.
        let attacks = try #require(s["no-attacks-on-coalition 2020"])
        #expect(attacks.score == 3 && attacks.disputed && !attacks.violated && attacks.note.contains("usa violated"))
        #expect(s["riv 2020"]?.score == 3)
    }

    @Test func pamScoresMidway() throws {
        let s = try Self.pamScores(years: 2020...2020, through: "2020-06-30")
        #expect(s["troops-8600 2020"]?.score == 0 && s["troops-8600 2020"]?.status == .pending)
        #expect(s["prisoners-5000 2020"]?.score == 1 && s["prisoners-5000 2020"]?.progress == 0.4)  // 2,000 of 5,000
        #expect(s["prisoners-1000 2020"]?.score == 1 && s["prisoners-1000 2020"]?.progress == 0.3)  // 300 of 1,000
        #expect(s["talks-start 2020"]?.score == 0 && s["talks-start 2020"]?.status == .overdue)
    }
}
