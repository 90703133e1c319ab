import Testing
import TruceFormats
import TruceModel

@Suite("ACLEDReader")
struct ACLEDReaderTests {
    private func read(_ path: String) throws -> (events: [Event], rejections: [RowRejection]) {
        var reader = try ACLEDReader(path: path)
        let (values, rejections) = try reader.readAll()
        return (values, rejections)
    }

    @Test func mapsEveryModelledColumn() throws {
        let path = try Fixtures.acled([Fixtures.acledRow()], name: "small.csv")
        let events = try read(path).events
        let event = try #require(events.first)
        #expect(event.key == "AFG1")
        #expect(event.dataset == "acled")
        #expect(event.date == DateSpan.acled(day: Day(year: 2020, month: 3, day: 4)!, timePrecision: 1))
        #expect(event.type == EventType(event: "Battles", subEvent: "Armed clash"))
        #expect(event.actor1 == EventActor(name: "Taliban", typeCode: 2))
        #expect(event.actor2 == EventActor(name: "Military Forces of Afghanistan (2014-2021)", typeCode: 1))
        #expect(event.interaction == 12)
        #expect(
            event.location
                == Location(
                    country: "Afghanistan", iso3: "AFG", region: "Caucasus and Central Asia", admin1: "Kabul", admin2: "Kabul",
                    place: "Kabul", latitude: 34.5, longitude: 69.2, precision: 1))
        #expect(event.fatalities == Fatalities(exactly: 2))
        #expect(event.sources == ["Tolo News", "Pajhwok"])
        #expect(event.sourceScale == "National")
        #expect(event.notes == "On 4 March 2020, fighting.")
        #expect(event.revision == 1_583_366_400)
        #expect(event.attributes == ["data_id": "1", "iso": "4", "event_id_no_cnty": "1", "year": "2020"])
        #expect(event.provenance == Provenance(file: "small.csv", line: 2))
    }

    @Test func timePrecisionWidensTheDateSpan() throws {
        let row = Fixtures.acledRow().replacingOccurrences(of: "2020-03-04,2020,1,", with: "2020-03-04,2020,3,")
        let event = try #require(try read(try Fixtures.acled([row])).events.first)
        #expect(event.date.precision == .month)
        #expect(event.date.earliest == Day(year: 2020, month: 3, day: 1))
        #expect(event.date.latest == Day(year: 2020, month: 3, day: 31))
    }

    @Test func badRowsAreRejectedWithLineFieldAndValueWhileGoodRowsAreKept() throws {
        let rows = [
            Fixtures.acledRow(key: "OK1"),
            Fixtures.acledRow(key: "BAD1", fatalities: "abc"),
            Fixtures.acledRow(key: "BAD2", date: "31/02/2020"),
            Fixtures.acledRow(key: "BAD3", latitude: "91.5"),
            Fixtures.acledRow(key: "BAD4", fatalities: "-1"),
            Fixtures.acledRow(key: "BAD5") + ",extra",
            Fixtures.acledRow(key: ""),
            Fixtures.acledRow(key: "BAD7", date: ""),
            Fixtures.acledRow(key: "BAD8", latitude: "north"),
            Fixtures.acledRow(key: "OK2"),
        ]
        let (events, rejections) = try read(try Fixtures.acled(rows, name: "bad.csv"))
        // The row without event_id_cnty is kept under its data_id (see keyFallsBackToDataID).
        #expect(events.map(\.key) == ["OK1", "data_id:1", "OK2"])
        #expect(events.map { $0.provenance?.line } == [2, 8, 11])
        try #require(rejections.count == 7)
        #expect(rejections.map(\.line) == [3, 4, 5, 6, 7, 9, 10])
        #expect(rejections.map(\.field) == ["fatalities", "event_date", "latitude", "fatalities", nil, "event_date", "latitude"])
        #expect(rejections[0].message == "fatalities: expected a whole number, got 'abc'")
        #expect(rejections[1].message.contains("'31/02/2020'"))
        #expect(rejections[2].message.contains("91.5"))
        #expect(rejections[3].message.contains("negative"))
        #expect(rejections[4].message.contains("32 cells but the header has 31 columns"))
        #expect(rejections[6].message == "latitude: expected a number, got 'north'")
        #expect(rejections[0].file == "bad.csv")
        #expect(rejections[0].rawRecord == rows[1])
        #expect(rejections[0].description.hasPrefix("bad.csv:3 (field 'fatalities'): "))
    }

    @Test func keyFallsBackToDataIDThenToCountryAndNumberElseTheRowIsRejected() throws {
        let header = "event_id_cnty,data_id,iso,event_id_no_cnty,event_date,event_type,actor1,country\n"
        let path = try Fixtures.write(
            header + ",77,4,12,2020-01-02,Battles,Taliban,Afghanistan\n" + ",,4,13,2020-01-02,Battles,Taliban,Afghanistan\n"
                + ",,,,2020-01-02,Battles,Taliban,Afghanistan\n")
        var reader = try ACLEDReader(path: path)
        let (events, rejections) = try reader.readAll()
        #expect(events.map(\.key) == ["data_id:77", "4-13"])
        #expect(rejections.map(\.line) == [4])
        #expect(rejections.first?.field == "event_id_cnty")
        #expect(reader.notices.count == 2)
        #expect(reader.notices[0].contains("line 2") && reader.notices[0].contains("data_id:77"))
    }

    @Test func aRowWithoutCountryIsKeptWithANotice() throws {
        let path = try Fixtures.write("event_id_cnty,event_date,event_type,actor1,country\nX1,2020-01-02,Battles,Civilians (,\n")
        var reader = try ACLEDReader(path: path)
        let (events, rejections) = try reader.readAll()
        #expect(rejections.isEmpty)
        #expect(events.first?.location.country == "")
        #expect(reader.notices.count == 1 && reader.notices[0].contains("no country"))
    }

    @Test func warningsAreCappedWithACount() throws {
        let rows = (0..<30).map { "X\($0),2020-01-02,Battles,Taliban,\n" }.joined()
        var reader = try ACLEDReader(path: try Fixtures.write("event_id_cnty,event_date,event_type,actor1,country\n" + rows))
        _ = try reader.readAll()
        #expect(reader.notices.count == 21)
        #expect(reader.notices.last == "10 more rows like these")
    }

    @Test func fewerCellsThanColumnsReadAsEmpty() throws {
        let path = try Fixtures.write("event_id_cnty,event_date,event_type,actor1,country,fatalities,notes\nX1,2020-01-02,Riots,Rioters,Chad\n")
        let event = try #require(try read(path).events.first)
        #expect(event.fatalities == Fatalities())
        #expect(event.notes == nil)
        #expect(event.location.country == "Chad")
    }

    @Test func emptyTrailingCellsBeyondTheHeaderAreAccepted() throws {
        let path = try Fixtures.write("event_id_cnty,event_date,event_type,actor1,country\nX1,2020-01-02,Riots,Rioters,Chad,,,\n")
        let (events, rejections) = try read(path)
        #expect(events.count == 1)
        #expect(rejections.isEmpty)
    }

    @Test func naAndEmptyCellsAreMissing() throws {
        let path = try Fixtures.write(
            "event_id_cnty,event_date,event_type,actor1,actor2,assoc_actor_1,country,admin3,fatalities,tags,inter2\n"
                + "BEN1,28 December 2022,Riots,Rioters (Benin),NA,NA,Benin,NA,NA,NA,\n")
        let event = try #require(try read(path).events.first)
        #expect(event.actor2 == EventActor())
        #expect(event.actor1.associates.isEmpty)
        #expect(event.location.admin3 == nil)
        #expect(event.fatalities == Fatalities())
        #expect(event.attributes.isEmpty)
    }

    @Test func actorTypeNamesOfThe2024LayoutBecomeCodes() throws {
        let path = try Fixtures.write(
            "event_id_cnty,event_date,event_type,actor1,inter1,inter2,interaction,country\n"
                + "A1,2020-01-02,Battles,Taliban,Rebel group,State forces,Rebel group-State forces,Afghanistan\n"
                + "A2,2020-01-02,Protests,Protesters,Protesters,,Protesters only,Afghanistan\n"
                + "A3,2020-01-02,Protests,Protesters,abc,,,Afghanistan\n")
        let (events, rejections) = try read(path)
        #expect(events.map(\.actor1.typeCode) == [2, 6])
        #expect(events.map(\.actor2.typeCode) == [1, nil])
        #expect(events.map(\.interaction) == [12, 60])
        #expect(rejections.map(\.field) == ["inter1"])
    }

    @Test func unterminatedQuoteAtTheEndRejectsOnlyThatRecord() throws {
        let path = try Fixtures.acled([Fixtures.acledRow(key: "OK1"), "1,4,BROKEN,1,2020-03-04,2020,1,Battles,\"never closed"])
        let (events, rejections) = try read(path)
        #expect(events.map(\.key) == ["OK1"])
        #expect(rejections.count == 1)
        #expect(rejections.first?.line == 3)
        #expect(rejections.first?.field == "sub_event_type")
        #expect(rejections.first?.message.contains("never closed") == true)
    }

    @Test func nulByteRejectsTheRowAndKeepsItsNeighbours() throws {
        let bytes =
            Array((Fixtures.acledHeader + "\n" + Fixtures.acledRow(key: "OK1") + "\n").utf8)
            + Array(Fixtures.acledRow(key: "NUL").replacingOccurrences(of: "Taliban", with: "Tali\u{0}ban").utf8) + [0x0A]
            + Array((Fixtures.acledRow(key: "OK2") + "\n").utf8)
        var reader = try ACLEDReader(path: try Fixtures.write(bytes: bytes))
        let (events, rejections) = try reader.readAll()
        #expect(events.map(\.key) == ["OK1", "OK2"])
        #expect(rejections.map(\.line) == [3])
        #expect(rejections.first?.field == "actor1")
    }

    @Test func tenMegabyteNotesFieldIsReadAndBoundedInRejections() throws {
        let notes = String(repeating: "x", count: 10_000_000)
        let big = Fixtures.acledRow(key: "BIG").replacingOccurrences(of: "\"On 4 March 2020, fighting.\"", with: notes)
        let bad = Fixtures.acledRow(key: "BIGBAD", fatalities: "many").replacingOccurrences(of: "\"On 4 March 2020, fighting.\"", with: notes)
        let (events, rejections) = try read(try Fixtures.acled([big, bad, Fixtures.acledRow(key: "OK")]))
        #expect(events.map(\.key) == ["BIG", "OK"])
        #expect(events.first?.notes?.utf8.count == 10_000_000)
        #expect(rejections.first?.line == 3)
        #expect(rejections.first?.field == "fatalities")
        #expect((rejections.first?.rawRecord.utf8.count ?? 0) < 5000)
    }

    @Test func repeatedLongValuesKeepTheirOwnText() throws {
        // Long repeated values are shared between events; distinct ones must stay distinct.
        let names = ["Military Forces of Afghanistan (2014-2021)", "Military Forces of the United States (2017-2021)", "Taliban"]
        let rows = (0..<300).map { index in
            Fixtures.acledRow(key: "K\(index)").replacingOccurrences(of: ",Taliban,", with: ",\(names[index % 3]),")
        }
        let events = try read(try Fixtures.acled(rows)).events
        #expect(events.count == 300)
        #expect(events.enumerated().allSatisfy { index, event in event.actor1.name == names[index % 3] })
    }

    @Test func malformedHeaderIsAnError() throws {
        let path = try Fixtures.write("event_id_cnty,\"event_date\n", name: "open-quote.csv")
        let error = try #require(throws: TruceError.self) { try ACLEDReader(path: path) }
        #expect(error.message.contains("header row is malformed"))
        #expect(error.location?.line == 1)
    }

    @Test func emptyFileIsAnErrorNamingIt() throws {
        let path = try Fixtures.write("", name: "empty.csv")
        let error = try #require(throws: TruceError.self) { try ACLEDReader(path: path) }
        #expect(error.description.contains("empty.csv"))
        #expect(error.message.contains("empty"))
    }

    @Test func headerOnlyFileHasNoRowsAndAHash() throws {
        var reader = try ACLEDReader(path: try Fixtures.acled([]))
        #expect(try reader.next() == nil)
        #expect(reader.fileHash?.count == 64)
        #expect(reader.bytesRead == reader.totalBytes)
    }

    @Test func headerWithoutRequiredColumnsIsRefusedListingAllOfThem() throws {
        let path = try Fixtures.write("id,date,actor\n1,2020-01-01,x\n", name: "observations.csv")
        let error = try #require(throws: TruceError.self) { try ACLEDReader(path: path) }
        #expect(error.message.contains("event_id_cnty, event_date, event_type, actor1, country"))
        #expect(error.message.hasPrefix("not an ACLED file: the header lacks the required columns"), "\(error.message)")
        #expect(error.description.contains("observations.csv"))
    }

    @Test func missingFileIsAnError() {
        #expect(throws: TruceError.self) { try ACLEDReader(path: "/nonexistent/acled.csv") }
    }

    @Test func rowParserWorksOnStrings() throws {
        let header = try ACLEDHeader(names: ["event_id_cnty", "event_date", "event_type", "actor1", "country", "fatalities"], file: "x.csv")
        let parser = ACLEDRowParser(header: header, fileName: "x.csv")
        let event = try parser.event(from: ["K1", "4-Mar-20", "Battles", "Taliban", "Afghanistan", "3"], line: 7)
        #expect(event.fatalities.best == 3)
        #expect(event.provenance?.line == 7)
        #expect(throws: ACLEDRowParser.Failure.self) {
            try parser.event(from: ["K1", "4-Mar-20", "Battles", "Taliban", "Afghanistan", "3.5"], line: 8)
        }
    }
}
