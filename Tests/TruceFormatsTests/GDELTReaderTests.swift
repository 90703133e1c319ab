import Foundation
import Testing
import TruceFormats
import TruceModel
import TruceTestSupport

/// The three real GDELT exports in `../shared/data/gdelt` (see PROVENANCE.md there):
/// each must read completely, without rejections, every row in its own layout.
@Suite("GDELT reader")
struct GDELTReaderTests {
    private func readAll(_ name: String) throws -> (events: [Event], reader: GDELTReader) {
        var reader = try GDELTReader(path: TestPaths.shared("gdelt/\(name)"))
        let (events, rejections) = try reader.readAll()
        #expect(rejections.isEmpty, "\(rejections.prefix(3))")
        #expect(reader.fileHash?.count == 64)
        #expect(reader.bytesRead == reader.totalBytes)
        #expect(Set(events.map(\.key)).count == events.count)
        #expect(events.allSatisfy { $0.dataset == "gdelt" && $0.date.precision == .day && $0.fatalities == Fatalities() })
        return (events, reader)
    }

    @Test func gdelt2From2018() throws {
        let (events, reader) = try readAll("20180101000000.export.CSV")
        #expect(events.count == 2414)
        #expect(reader.rows(in: .v2) == 2414 && reader.rows(in: .v1) == 0 && reader.rows(in: .v1WithoutURL) == 0)
        #expect(reader.notices.isEmpty)
        #expect(events.map(\.date.day).min() == Day(year: 2017, month: 12, day: 2))
        #expect(events.map(\.date.day).max() == Day(year: 2018, month: 1, day: 1))
        #expect(events.allSatisfy { $0.sources.count == 1 && $0.attributes["DATEADDED"] == "20180101000000" })

        let event = try #require(events.first { $0.key == "719024890" })
        #expect(event.date == DateSpan(day: try #require(Day(iso: "2017-12-31"))))
        #expect(event.type == EventType(disorder: "Strategic developments", event: "Strategic developments", subEvent: "Appeal", cameo: "020"))
        #expect(event.actor1 == EventActor(name: "NIGERIA", code: "gdelt:NGA"))
        #expect(event.actor2 == EventActor(name: "PRESIDENT", code: "gdelt:GOV"))
        #expect(
            event.location
                == Location(
                    country: "Nigeria", admin1: "Oyo", place: "Ibadan", latitude: 7.38778, longitude: 3.89639, precision: 4, uncertaintyKm: 25))
        #expect(event.sources == ["https://blueprint.ng/2018-enough-of-blame-game-asuu-tells-buhari/"])
        #expect(
            event.attributes == [
                "GoldsteinScale": "3.0", "NumMentions": "2", "NumSources": "1", "NumArticles": "2", "AvgTone": "-2.40963855421687",
                "QuadClass": "1", "IsRootEvent": "1", "DATEADDED": "20180101000000", "Actor1CountryCode": "NGA", "Actor2Type1Code": "GOV",
                "ActionGeo_CountryCode": "NI", "ActionGeo_ADM1Code": "NI32", "ActionGeo_ADM2Code": "191242",
            ])
        #expect(event.provenance == Provenance(file: "20180101000000.export.CSV", line: 16))

        // A fight with no Actor1 at all: still an event, filed as a battle.
        let fight = try #require(events.first { $0.key == "719024914" })
        #expect(fight.type == EventType(disorder: "Political violence", event: "Battles", subEvent: "Fight", cameo: "190"))
        #expect(fight.actor1 == EventActor())
        #expect(fight.actor2 == EventActor(name: "SYDNEY", code: "gdelt:AUS"))
        #expect(fight.location.country == "United Kingdom" && fight.location.admin1 == "South Gloucestershire")
        #expect(fight.attributes["GoldsteinScale"] == "-10.0")
    }

    @Test func gdelt2From2019() throws {
        let (events, reader) = try readAll("20191024143000.export.CSV")
        #expect(events.count == 2111)
        #expect(reader.rows(in: .v2) == 2111)
        #expect(events.map(\.date.day).min() == Day(year: 2018, month: 10, day: 24))
        #expect(events.map(\.date.day).max() == Day(year: 2019, month: 10, day: 24))

        let event = try #require(events.first { $0.key == "881991063" })
        #expect(event.date.day == Day(year: 2019, month: 10, day: 24))
        #expect(event.type.cameo == "0256")
        #expect(event.type.subEvent == "Appeal" && event.type.event == "Strategic developments")
        #expect(event.actor1 == EventActor(name: "AFGHANISTAN", code: "gdelt:AFGGOV"))
        #expect(event.actor2 == EventActor(name: "AFGHANISTAN", code: "gdelt:AFG"))
        #expect(
            event.location
                == Location(
                    country: "Afghanistan", admin1: "Kabol", place: "Kabul", latitude: 34.5167, longitude: 69.1833, precision: 4,
                    uncertaintyKm: 25))
        #expect(event.attributes["GoldsteinScale"] == "-0.3")
        #expect(event.attributes["ActionGeo_ADM1Code"] == "AF13" && event.attributes["ActionGeo_ADM2Code"] == "3580")
        #expect(event.attributes["Actor1Type1Code"] == "GOV" && event.attributes["Actor2CountryCode"] == "AFG")
        #expect(event.sources == ["http://www.afghanistantimes.af/editorial-it-must-make-peace/"])

        // A country-level place: the name is the country, the precision 1 (500 km).
        let country = try #require(events.first { $0.key == "881991121" })
        #expect(country.location == Location(country: "Afghanistan", latitude: 33, longitude: 66, precision: 1, uncertaintyKm: 500))
        #expect(country.type.event == "Strategic developments" && country.type.subEvent == "Provide aid")
    }

    /// GDELT 1.0 rows from before April 2013 (57 columns) and after (58) in one file.
    @Test func gdelt1WithBothWidthsInOneFile() throws {
        let (events, reader) = try readAll("gdelt1_daily_sample_events.tsv")
        #expect(events.count == 710)
        #expect(reader.rows(in: .v1WithoutURL) == 201)
        #expect(reader.rows(in: .v1) == 509)
        #expect(reader.rows(in: .v2) == 0)
        #expect(reader.notices.count == 1)
        #expect(reader.notices.first?.contains("201 in GDELT 1.0 before April 2013 (57 columns)") == true)
        #expect(events.filter(\.sources.isEmpty).count == 201)
        #expect(events.map(\.date.day).min() == Day(year: 1982, month: 1, day: 2))
        #expect(events.map(\.date.day).max() == Day(year: 2016, month: 7, day: 28))

        let old = try #require(events.first { $0.key == "1552909" })
        #expect(old.date.day == Day(year: 1982, month: 1, day: 2))
        #expect(old.type.cameo == "012" && old.type.subEvent == "Make public statement")
        #expect(old.actor1 == EventActor(name: "CITIZEN", code: "gdelt:CVL"))
        #expect(old.actor2 == EventActor(name: "WARSAW", code: "gdelt:POLGOV"))
        #expect(
            old.location
                == Location(country: "Poland", admin1: "(PL67)", place: "Warsaw", latitude: 52.25, longitude: 21, precision: 4, uncertaintyKm: 25))
        #expect(old.sources.isEmpty)
        #expect(old.attributes["GoldsteinScale"] == "-0.4" && old.attributes["DATEADDED"] == "20130203")
        #expect(old.attributes["ActionGeo_ADM2Code"] == nil && old.attributes["ActionGeo_ADM1Code"] == "PL67")
        #expect(old.provenance?.line == 518)

        let new = try #require(events.first { $0.key == "564114844" })
        #expect(new.type.cameo == "042" && new.type.subEvent == "Consult")
        #expect(new.actor1 == EventActor(name: "NEW ZEALAND", code: "gdelt:NZL"))
        #expect(new.actor2 == EventActor(name: "CHAMBER", code: "gdelt:LEG"))
        #expect(new.location.country == "New Zealand" && new.location.place == "Wellington")
        #expect(new.location.latitude == -41.3 && new.location.longitude == 174.783)
        #expect(new.attributes["GoldsteinScale"] == "1.9")
        #expect(new.sources == ["http://business.scoop.co.nz/2016/07/28/chamber-welcomes-david-jones-a-great-addition-to-the-city/"])

        // No place at all: GDELT fills the coordinates with 0, which are not a place.
        let nowhere = try #require(events.first { $0.key == "1553179" })
        #expect(nowhere.location == Location(country: ""))
    }

    /// Real rows written to a scratch file, two of them broken: each broken row is
    /// rejected with its line and field, and its neighbours are kept.
    @Test func aRowOfAnotherWidthAndABadDateAreRejectedAndNeighboursKept() throws {
        let text = try String(contentsOfFile: TestPaths.shared("gdelt/20191024143000.export.CSV"), encoding: .utf8)
        let rows = text.split(separator: "\n").prefix(5).map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        var cut = rows[1]
        cut.removeLast(2)
        var badDate = rows[3]
        badDate[1] = "20191324"
        let lines = [rows[0], cut, rows[2], badDate, rows[4]].map { $0.joined(separator: "\t") }
        let folder = try TestPaths.temporaryDirectory("truce-gdelt")
        let file = folder.appendingPathComponent("broken.export.CSV")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)

        var reader = try GDELTReader(path: file.path)
        let (events, rejections) = try reader.readAll()
        #expect(events.map(\.key) == [rows[0][0], rows[2][0], rows[4][0]])
        #expect(events.map { $0.provenance?.line } == [1, 3, 5])
        #expect(rejections.map(\.line) == [2, 4])
        #expect(rejections[0].field == nil)
        #expect(rejections[0].message.contains("59 tab-separated cells"))
        #expect(rejections[0].file == "broken.export.CSV")
        #expect(rejections[1].field == "SQLDATE")
        #expect(rejections[1].message.contains("'20191324'"))
        #expect(rejections[1].rawRecord == lines[3])
    }

    @Test func aFileThatIsNotGDELTIsRefusedNamingIt() throws {
        let acled = TestPaths.shared("acled/acled_benin_2022_r_export.csv")
        #expect {
            _ = try GDELTReader(path: acled)
        } throws: { error in
            let error = try #require(error as? TruceError)
            return error.description.contains("acled_benin_2022_r_export.csv") && error.message.contains("imported as ACLED data") && error.parameter == "kind"
        }
        let folder = try TestPaths.temporaryDirectory("truce-gdelt")
        let empty = folder.appendingPathComponent("empty.CSV")
        try Data().write(to: empty)
        #expect(throws: TruceError.self) { _ = try GDELTReader(path: empty.path) }
    }
}
