import Testing
import TruceFormats
import TruceModel
import TruceTestSupport

/// One GDELT row at a time: validation, the CAMEO mapping and place names.
@Suite("GDELT rows")
struct GDELTRowParserTests {
    let parser = GDELTRowParser(fileName: "test.CSV")

    /// A real GDELT 2.0 row, line 232 of 20191024143000.export.CSV, as cells (read from the shared data, not copied).
    static let kabul: [String] = {
        let text = (try? String(contentsOfFile: TestPaths.shared("gdelt/20191024143000.export.CSV"), encoding: .utf8)) ?? ""
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > 231 else { return [] }
        return lines[231].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }()

    func cells(_ changes: [String: String]) -> [String] {
        var cells = Self.kabul
        for (name, value) in changes {
            if let index = GDELTLayout.v2.index(of: name), index < cells.count { cells[index] = value }
        }
        return cells
    }

    func failure(_ changes: [String: String]) -> GDELTRowParser.Failure? {
        do {
            _ = try parser.event(from: cells(changes), line: 7)
            return nil
        } catch {
            return error
        }
    }

    @Test func theLayoutsHaveTheirWidths() {
        #expect(GDELTLayout.v2Columns.count == 61)
        #expect(GDELTLayout.v1.columns.count == 58 && GDELTLayout.v1.columns.last == "SOURCEURL")
        #expect(GDELTLayout.v1WithoutURL.columns.count == 57 && GDELTLayout.v1WithoutURL.columns.last == "DATEADDED")
        #expect(GDELTLayout.v1.index(of: "ActionGeo_Lat") == 53 && GDELTLayout.v2.index(of: "ActionGeo_Lat") == 56)
        #expect(GDELTLayout(cellCount: 59) == nil)
    }

    @Test func theRealRowReads() throws {
        #expect(Self.kabul.count == 61 && Self.kabul.first == "881991063")
        let event = try parser.event(from: Self.kabul, line: 7)
        #expect(event.key == "881991063" && event.type.cameo == "0256")
        #expect(event.provenance == Provenance(file: "test.CSV", line: 7))
        // The same row in the 1.0 layout: without the three ADM2 cells.
        let adm2 = ["Actor1Geo_ADM2Code", "Actor2Geo_ADM2Code", "ActionGeo_ADM2Code"].compactMap { GDELTLayout.v2.index(of: $0) }
        let v1 = Self.kabul.enumerated().filter { !adm2.contains($0.offset) }.map(\.element)
        let old = try parser.event(from: v1, line: 7)
        #expect(old.location == event.location && old.sources == event.sources)
        #expect(old.attributes["ActionGeo_ADM2Code"] == nil && event.attributes["ActionGeo_ADM2Code"] == "3580")
        let older = try parser.event(from: Array(v1.dropLast()), line: 7)
        #expect(older.sources.isEmpty && older.attributes["DATEADDED"] == "20191024143000")
    }

    @Test(arguments: [
        ("SQLDATE", "2019-10-24"), ("SQLDATE", "20190230"), ("SQLDATE", ""), ("GLOBALEVENTID", "88199x"),
        ("EventCode", "42"), ("EventCode", "2101"), ("EventCode", "abc"), ("GoldsteinScale", "high"), ("GoldsteinScale", "11"),
        ("NumMentions", "many"), ("NumMentions", "-1"), ("NumSources", "1.5"), ("NumArticles", "x"), ("AvgTone", "n/a"),
        ("QuadClass", "5"), ("ActionGeo_Type", "9"), ("ActionGeo_Lat", "91.5"), ("ActionGeo_Long", "-180.01"), ("ActionGeo_Lat", "north"),
    ])
    func aBadCellIsRejectedNamingItsColumnAndValue(column: String, value: String) throws {
        let failure = try #require(self.failure([column: value]))
        #expect(failure.field == column)
        #expect(failure.message.hasPrefix("\(column): "))
        #expect(failure.message.hasSuffix("got '\(value)'"))
    }

    @Test func emptyOptionalCellsAreMissingNotErrors() throws {
        let event = try parser.event(
            from: cells(["Actor1Code": "", "Actor1Name": "", "GoldsteinScale": "", "SOURCEURL": "", "ActionGeo_Lat": "", "ActionGeo_Long": ""]),
            line: 1)
        #expect(event.actor1 == EventActor())
        #expect(event.attributes["GoldsteinScale"] == nil)
        #expect(event.sources.isEmpty)
        #expect(event.location.latitude == nil && event.location.country == "Afghanistan")
    }

    @Test func aRowOfAnotherWidthIsRejectedWithItsCount() throws {
        #expect(throws: GDELTRowParser.Failure.self) { _ = try parser.event(from: Array(Self.kabul.prefix(40)), line: 1) }
        do {
            _ = try parser.event(from: Self.kabul + ["extra"], line: 1)
            Issue.record("a 62-cell row was read")
        } catch {
            #expect(error.field == nil && error.message.contains("62"))
        }
    }

    @Test(arguments: [
        ("010", 1, "Make public statement", "Strategic developments", "Strategic developments"),
        ("1411", 14, "Protest", "Protests", "Demonstrations"),
        ("145", 14, "Protest", "Protests", "Demonstrations"),
        ("150", 15, "Exhibit force posture", "Strategic developments", "Strategic developments"),
        ("173", 17, "Coerce", "Strategic developments", "Strategic developments"),
        ("180", 18, "Assault", "Battles", "Political violence"),
        ("1823", 18, "Assault", "Battles", "Political violence"),
        ("190", 19, "Fight", "Battles", "Political violence"),
        ("204", 20, "Use unconventional mass violence", "Battles", "Political violence"),
    ])
    func cameoRootsAreFiledUnderACLEDTypes(code: String, root: Int, name: String, event: String, disorder: String) throws {
        let found = try #require(CAMEORoot(eventCode: code))
        #expect(found.code == root && found.name == name)
        let parsed = try parser.event(from: cells(["EventCode": code]), line: 1)
        #expect(parsed.type == EventType(disorder: disorder, event: event, subEvent: name, cameo: code))
    }

    @Test func everyRootHasAType() {
        #expect(CAMEORoot.all.map(\.code) == Array(1...20))
        #expect(CAMEORoot.all.filter { $0.acledEventType == "Battles" }.map(\.code) == [18, 19, 20])
        #expect(CAMEORoot(eventCode: "21") == nil && CAMEORoot(eventCode: "00") == nil && CAMEORoot(eventCode: "1") == nil)
    }

    @Test(
        arguments: [
            ("Kabul, Kabol, Afghanistan", 4, "Afghanistan", "Kabol", "Kabul"),
            ("Afghanistan", 1, "Afghanistan", nil, nil),
            ("Vietnam, Republic Of", 1, "Vietnam, Republic Of", nil, nil),
            ("Bahamas, The", 1, "Bahamas, The", nil, nil),
            ("Missouri, United States", 2, "United States", "Missouri", "Missouri"),
            ("Helmand, Afghanistan", 5, "Afghanistan", "Helmand", "Helmand"),
            ("Tikrit, Iraq", 4, "Iraq", nil, "Tikrit"),
            ("Washington, District of Columbia, United States", 3, "United States", "District of Columbia", "Washington"),
            ("London, London, City of, United Kingdom", 4, "United Kingdom", "London, City of", "London"),
            ("Siem, Cao B?ng, Vietnam, Republic Of", 4, "Vietnam, Republic Of", "Cao B?ng", "Siem"),
            ("Nassau, New Providence, Bahamas, The", 4, "Bahamas, The", "New Providence", "Nassau"),
            ("Basra, al Basrah, Iraq", 4, "Iraq", "al Basrah", "Basra"),
            ("", 0, "", nil, nil),
        ] as [(String, Int, String, String?, String?)])
    func placeNamesAreTakenApart(fullName: String, type: Int, country: String, admin1: String?, place: String?) {
        #expect(GDELTGeography.placeName(fullName, geoType: type) == GDELTGeography.PlaceName(country: country, admin1: admin1, place: place))
    }

    @Test func uncertaintyFollowsTheGeographicType() {
        #expect((0...6).map { GDELTGeography.uncertaintyKm(geoType: $0) } == [nil, 500, 150, 25, 25, 150, nil])
    }
}
