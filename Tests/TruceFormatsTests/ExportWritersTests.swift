import Foundation
import Testing
import TruceFormats
import TruceModel
import TruceTestSupport

@Suite struct ExportWritersTests {
    /// An event that exercises quoting, lists, a week-long date, negative coordinates and attributes.
    static let awkward = Event(
        key: "XYZ1", dataset: "acled", date: DateSpan.acled(day: Self.day("2021-06-15"), timePrecision: 2),
        type: EventType(disorder: "Political violence", event: "Battles", subEvent: "Armed clash"),
        actor1: EventActor(name: "Rebels, \"North\" wing", associates: ["Militia A", "Militia B"], typeCode: 2),
        actor2: EventActor(name: "Military Forces of Chile (2018-)", typeCode: 1), interaction: 12,
        location: Location(
            country: "Chile", iso3: "CHL", region: "South America", admin1: "Santiago", admin2: "Santiago",
            place: "Santiago", latitude: -33.4489, longitude: -70.6693, precision: 1),
        fatalities: Fatalities(exactly: 3), sources: ["El Mercurio", "La Tercera"], sourceScale: "National",
        notes: "Line one, with a comma;\nline \"two\".", revision: 1_700_000_000,
        attributes: [
            "year": "2021", "civilian_targeting": "Civilian targeting", "iso": "152", "tags": "crowd size=no report",
            "population_best": "5000",
        ]
    )

    static let unlocated = Event(
        key: "XYZ2", dataset: "acled", date: DateSpan.acled(day: Self.day("2021-06-16"), timePrecision: 1),
        type: EventType(event: "Protests"), actor1: EventActor(name: "Protesters (Chile)"), location: Location(country: "Chile")
    )

    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    // MARK: CSV

    @Test func csvReadsBackAsTheSameEvents() throws {
        let text = ACLEDCSVWriter().render([Self.awkward, Self.unlocated])
        #expect(text.hasPrefix(ACLEDCSVWriter.columns.joined(separator: ",") + "\n"))
        var reader = try ACLEDReader(path: try Fixtures.write(text, name: "export.csv"))
        let (events, rejections) = try reader.readAll()
        #expect(rejections.isEmpty)
        try #require(events.count == 2)
        var expected = Self.awkward
        expected.attributes["population_best"] = nil  // not a column of the layout: left out
        var back = events[0]
        back.provenance = nil
        #expect(back == expected)
        #expect(events[1].key == "XYZ2" && events[1].location.latitude == nil && events[1].attributes == ["year": "2021"])
    }

    @Test func csvColumnsDoNotDependOnTheEvents() throws {
        var other = Self.unlocated
        other.attributes = ["something_else": "x"]
        let lines = ACLEDCSVWriter().render([Self.awkward, other]).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == ACLEDCSVWriter.columns.joined(separator: ","))
        #expect(!lines.contains { $0.contains("something_else") || $0.contains("5000") })
        #expect(ACLEDCSVWriter().render([Event]()) == ACLEDCSVWriter.columns.joined(separator: ",") + "\n")
    }

    // MARK: JSON text

    @Test(arguments: [
        (64.2932, "64.2932"), (-0.5, "-0.5"), (12.0, "12"), (1.23456789, "1.234568"), (-0.0000001, "0"),
        (0.000001, "0.000001"), (179.9999999, "180"), (-33.8688197, "-33.86882"), (0.1 + 0.2, "0.3"),
    ])
    func coordinatesHaveAtMostSixDecimals(value: Double, text: String) {
        #expect(JSONNumber.fixed(value, places: 6) == text)
    }

    @Test func numbersAreValidJSONOrAbsent() {
        #expect(JSONNumber.text(8600) == "8600")
        #expect(JSONNumber.text(35.6875) == "35.6875")
        #expect(JSONNumber.text(.nan) == nil && JSONNumber.text(.infinity) == nil)
        #expect(JSONNumber.fixed(.nan, places: 6) == nil)
        #expect(JSONValue.array([.double(.nan), .double(-.infinity), .double(2.5)]).text == "[null,null,2.5]")
    }

    @Test func stringsAreEscapedAsJSONRequires() throws {
        let nasty = "quote \" backslash \\ newline \n tab \t bell \u{07} unicode é 🕊 slash /"
        let text = JSONValue.object([.init("k", .string(nasty))]).text
        #expect(text.contains(#"\u0007"#) && text.contains(#"\n"#) && !text.contains("\n"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String])
        #expect(parsed["k"] == nasty)
    }

    // MARK: JSON Lines

    @Test func jsonLinesHaveOneCompleteObjectPerLine() throws {
        let text = JSONLinesWriter().render([Self.awkward, Self.unlocated])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines[2].isEmpty)  // each line ends with a line feed
        for line in lines.dropLast() {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == Set(EventJSON.keys))
        }
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["notes"] as? String == Self.awkward.notes)
        #expect(first["assoc_actor_1"] as? [String] == ["Militia A", "Militia B"])
        #expect(first["date_precision"] as? String == "week")
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(second["latitude"] is NSNull && second["admin1"] is NSNull && second["provenance"] is NSNull)
        #expect(JSONLinesWriter().render([Event]()).isEmpty)
    }

    // MARK: GeoJSON

    @Test func geoJSONIsAFeatureCollectionWithLongitudeFirst() throws {
        let text = GeoJSONWriter().render([Self.awkward, Self.unlocated])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["type"] as? String == "FeatureCollection")
        #expect(root["crs"] == nil)
        let features = try #require(root["features"] as? [[String: Any]])
        try #require(features.count == 2)
        #expect(features[0]["type"] as? String == "Feature")
        #expect(features[0]["id"] as? String == "acled:XYZ1")
        let geometry = try #require(features[0]["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "Point")
        #expect(geometry["coordinates"] as? [Double] == [-70.6693, -33.4489])
        let properties = try #require(features[0]["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(EventJSON.keys))
        #expect(properties["id"] as? String == "XYZ1")
        #expect(features[1]["geometry"] is NSNull)
        #expect(text.contains("\"geometry\":null"))
    }

    static let unusableCoordinates: [(Double?, Double?)] = [(nil, 10), (95, 10), (10, 181), (.nan, 10), (10, .infinity)]

    @Test(arguments: unusableCoordinates)
    func geometryIsNullWithoutUsableCoordinates(latitude: Double?, longitude: Double?) throws {
        var event = Self.unlocated
        event.location.latitude = latitude
        event.location.longitude = longitude
        let text = GeoJSONWriter().render([event])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let feature = try #require((root["features"] as? [[String: Any]])?.first)
        #expect(feature["geometry"] is NSNull)
        // The text parsed, so no NaN or infinity was written; the properties keep what is finite.
        let properties = try #require(feature["properties"] as? [String: Any])
        #expect((properties["latitude"] as? Double).map { $0.isFinite } ?? (properties["latitude"] is NSNull))
        #expect((properties["longitude"] as? Double).map { $0.isFinite } ?? (properties["longitude"] is NSNull))
    }

    @Test func anEmptyGeoJSONExportIsStillACollection() throws {
        let text = GeoJSONWriter().render([Event]())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["type"] as? String == "FeatureCollection")
        #expect((root["features"] as? [Any])?.isEmpty == true)
    }

    // MARK: Scores

    @Test func scoresCSVHasOneRowPerScoreAndBlankUnknowns() throws {
        let scores = [
            ImplementationScore(
                agreement: "a", provision: "p", year: 2020, asOf: Self.day("2020-12-31"), score: 2, status: .overdue, reading: "text",
                readingStatus: .overdue, progress: 0.625, note: "62% of the way; latest 4500, on 2020-11-17"),
            ImplementationScore(
                agreement: "a", provision: "q", year: 2020, asOf: Self.day("2020-12-31"), score: nil, status: .lapsed, reading: "text",
                readingStatus: .lapsed, note: "lapsed"),
        ]
        var sink = MemorySink()
        try ImplementationScoreCSVWriter().write(scores, to: &sink)
        let lines = sink.text.split(separator: "\n")
        #expect(lines[0] == "agreement,provision,year,as_of,score,status,reading,reading_status,progress,violated,disputed,late,note")
        #expect(lines[1] == "a,p,2020,2020-12-31,2,overdue,text,overdue,0.625,false,false,false,\"62% of the way; latest 4500, on 2020-11-17\"")
        #expect(lines[2] == "a,q,2020,2020-12-31,,lapsed,text,lapsed,,false,false,false,lapsed")
    }
}
