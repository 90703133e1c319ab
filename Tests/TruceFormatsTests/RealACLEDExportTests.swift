import Testing
import TruceFormats
import TruceModel
import TruceTestSupport

/// The four real ACLED exports in `../shared/data/acled` (see PROVENANCE.md there),
/// one per schema generation: each must read completely, without rejections.
@Suite("Real ACLED exports")
struct RealACLEDExportTests {
    private func readAll(_ name: String, rejecting expected: Int = 0) throws -> (events: [Event], rejections: [RowRejection], reader: ACLEDReader) {
        var reader = try ACLEDReader(path: TestPaths.shared("acled/\(name)"))
        let (events, rejections) = try reader.readAll()
        #expect(rejections.count == expected, "\(rejections.prefix(3))")
        #expect(reader.fileHash?.count == 64)
        #expect(reader.bytesRead == reader.totalBytes)
        return (events, rejections, reader)
    }

    /// 5,071 data rows, all kept. Two are odd and kept with a notice: line 243 has no
    /// event_id_cnty (nor event_id_no_cnty), so it is keyed by its data_id; the last line
    /// is cut off mid-record ("Civilians (" followed by empty cells), so it has no country.
    @Test func global2020() throws {
        let (events, _, reader) = try readAll("acled_global_2020-04-27_to_2020-05-09.csv")
        #expect(events.count == 5071)
        #expect(events.contains { $0.key == "data_id:7080698" && $0.provenance?.line == 243 })
        let cut = try #require(events.first { $0.key == "PHL10453" })
        #expect(cut.location.country == "" && cut.provenance?.line == 5072)
        #expect(reader.notices.count == 2)
        #expect(reader.notices.first?.contains("line 243") == true)
        #expect(reader.notices.last?.contains("line 5072") == true)
        #expect(events.filter { $0.location.country == "Afghanistan" }.count == 176)
        let event = try #require(events.first { $0.key == "AFG45509" })
        #expect(event.date.day == Day(year: 2020, month: 5, day: 9))
        #expect(event.type == EventType(event: "Riots", subEvent: "Violent demonstration"))
        #expect(
            event.actor1
                == EventActor(name: "Rioters (Afghanistan)", associates: ["Civilians (Afghanistan)", "Journalists (Afghanistan)"], typeCode: 5))
        #expect(event.actor2 == EventActor(name: "Police Forces of Afghanistan (2014-)", typeCode: 1))
        #expect(event.interaction == 15)
        #expect(event.fatalities == Fatalities(exactly: 6))
        #expect(
            event.location
                == Location(
                    country: "Afghanistan", iso3: "AFG", region: "Caucasus and Central Asia", admin1: "Ghor", admin2: "Chaghcharan",
                    place: "Chaghcharan", latitude: 34.5195, longitude: 65.2509, precision: 1))
        #expect(event.sources.count == 9)
        #expect(event.sources.first == "1TV (Afghanistan)")
        #expect(event.sourceScale == "Local partner-New media")
        #expect(event.revision == 1_589_217_690)
        #expect(event.notes?.hasSuffix("[size= approximately 400]") == true)
        #expect(event.attributes == ["data_id": "7078508", "iso": "4", "event_id_no_cnty": "45509", "year": "2020"])
        #expect(event.provenance == Provenance(file: "acled_global_2020-04-27_to_2020-05-09.csv", line: 75))
    }

    @Test func benin2022RExport() throws {
        let (events, _, _) = try readAll("acled_benin_2022_r_export.csv")
        #expect(events.count == 811)
        #expect(events.map(\.date.day).min() == Day(year: 2009, month: 7, day: 21))
        #expect(events.map(\.date.day).max() == Day(year: 2022, month: 12, day: 28))
        let event = try #require(events.first { $0.key == "BEN770" })
        #expect(event.date.day == Day(year: 2022, month: 11, day: 17))
        #expect(event.type == EventType(disorder: "Political violence", event: "Riots", subEvent: "Mob violence"))
        #expect(event.actor1 == EventActor(name: "Rioters (Benin)", associates: ["Vigilante Group (Benin)", "Farmers (Benin)"], typeCode: 5))
        #expect(event.actor2 == EventActor(typeCode: 0))
        #expect(event.interaction == 50)
        #expect(event.fatalities == Fatalities(exactly: 1))
        #expect(
            event.location
                == Location(
                    country: "Benin", region: "Western Africa", admin1: "Atlantique", admin2: "Ouidah", place: "Savi",
                    latitude: 6.4274, longitude: 2.1023, precision: 1))
        #expect(event.sources == ["L'investigateur", "Benin Web TV"])
        #expect(event.attributes == ["year": "2022", "iso": "204", "tags": "crowd size=no report"])
        #expect(event.provenance?.line == 32)
    }

    @Test func allAfrica2016Windows1252() throws {
        let (events, _, reader) = try readAll("acled_all_africa_2016-01-01_to_2016-05-28.csv")
        #expect(events.count == 6831)
        #expect(reader.notices.count == 1)
        #expect(reader.notices.first?.contains("read as Windows-1252") == true)
        // The file has byte 0x92 (Windows-1252's right single quote) in this associate's name.
        let sudan = try #require(events.first { $0.key == "2362RTA" })
        #expect(sudan.actor1.associates == ["Darfur Students\u{2019} Association"])
        #expect(sudan.provenance?.line == 5767)

        let event = try #require(events.first { $0.key == "401RTA" })
        #expect(event.date.day == Day(year: 2016, month: 1, day: 10))
        #expect(event.type == EventType(event: "Violence against civilians"))
        #expect(
            event.actor1
                == EventActor(name: "Protesters (Ethiopia)", associates: ["Students (Ethiopia)", "Oromo Ethnic Group (Ethiopia)"], typeCode: 6))
        #expect(event.actor2 == EventActor(name: "Military Forces of Ethiopia (1991-)", typeCode: 1))
        #expect(event.fatalities == Fatalities(exactly: 3))
        #expect(
            event.location
                == Location(
                    country: "Ethiopia", admin1: "Oromia", admin2: "Misraq Harerge", admin3: "Haro Maya", place: "Haramaya University",
                    latitude: 9.42397, longitude: 42.03638, precision: 1))
        #expect(event.sources == ["Ethiomedia website", "Jawar Mohammed"])
        #expect(event.attributes == ["gwno": "530", "year": "2016"])
        #expect(event.provenance?.line == 1472)
        // " 27.56061" on line 2098 starts with a no-break space (byte 0xA0), which is trimmed like a space.
        #expect(events.first { $0.provenance?.line == 2098 }?.location.longitude == 27.56061)
    }

    @Test func asia2015WithMultiLineNotes() throws {
        let (events, _, _) = try readAll("acled_asia_2015_v6.csv")
        #expect(events.count == 10194)
        #expect(events.filter { $0.location.country == "India" }.count == 5146)
        #expect(!events.contains { $0.location.country == "Afghanistan" })
        #expect(events.filter { $0.notes?.contains("\n") == true }.count == 332)
        let first = try #require(events.first)
        #expect(first.key == "1BNG")
        #expect(first.date.day == Day(year: 2015, month: 1, day: 1))
        #expect(first.actor1 == EventActor(name: "Rioters (Bangladesh)", associates: ["AL: Awami League"], typeCode: 5))
        #expect(first.actor2 == EventActor(name: "Rioters (Bangladesh)", associates: ["AL: Awami League"], typeCode: 5))
        #expect(first.interaction == 55)
        #expect(first.fatalities == Fatalities(exactly: 0))
        #expect(
            first.location
                == Location(
                    country: "Bangladesh", admin1: "Khulna", admin3: "Sharsha", place: "Bagachra", latitude: 22.95, longitude: 88.96, precision: 1))
        #expect(first.sources == ["United News of\u{A0}Bangladesh"])
        #expect(first.notes?.split(separator: "\n").count == 6)
        #expect(first.attributes == ["gwno": "771", "event_id_no_cnty": "1", "year": "2015"])
        // The first record spans lines 2–7, so the second starts on line 8.
        #expect(events.map { $0.provenance?.line }.prefix(2) == [2, 8])
        #expect(events.last?.provenance?.line == 10675)
    }
}
