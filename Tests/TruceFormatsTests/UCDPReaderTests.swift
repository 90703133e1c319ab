import Testing
import TruceFormats
import TruceModel
import TruceTestSupport

@Suite("UCDPReader")
struct UCDPReaderTests {
    private func read(_ path: String, actors: UCDPActorList? = nil) throws -> (events: [Event], rejections: [RowRejection], reader: UCDPReader) {
        var reader = try UCDPReader(path: path, actors: actors)
        let (events, rejections) = try reader.readAll()
        return (events, rejections, reader)
    }

    private func day(_ iso: String) throws -> Day { try #require(Day(iso: iso)) }

    // MARK: - The real files

    /// GED 19.1, Myanmar and Bangladesh: 3,194 rows over 3,318 lines (73 records span several lines).
    @Test func ged191ReadsCompletely() throws {
        let (events, rejections, reader) = try read(TestPaths.shared("ucdp/ged191_subset_myanmar_bangladesh.csv"))
        #expect(rejections.isEmpty, "\(rejections.prefix(3))")
        #expect(events.count == 3_194)
        #expect(Set(events.map(\.key)).count == 3_194)
        #expect(events.filter { $0.location.country == "Myanmar (Burma)" }.count == 2_593)
        #expect(events.filter { $0.location.country == "Bangladesh" }.count == 601)
        #expect(events.filter { $0.type.subEvent == "One-sided violence" }.count == 1_520)
        #expect(events.filter { $0.type.event == "Battles" }.count == 1_390 + 284)
        #expect(events.map(\.date.earliest).min() == (try day("1989-01-01")))
        #expect(events.map(\.date.latest).max() == (try day("2018-12-30")))
        #expect(events.last?.provenance == Provenance(file: "ged191_subset_myanmar_bangladesh.csv", line: 3_318))
        #expect(reader.hashtagRowLine == nil)
        #expect(reader.fileHash?.count == 64)
        #expect(reader.bytesRead == reader.totalBytes)
        // Six rows UCDP published with low, best and high out of order are kept as published, with a notice each.
        #expect(reader.notices.count == 6)
        #expect(reader.notices.first { $0.hasPrefix("line 239:") }?.contains("low 0, best 3, high 0") == true)
        let odd = try #require(events.first { $0.key == "84006" })
        #expect(odd.fatalities == Fatalities(low: 0, best: 3, high: 0))
    }

    @Test func ged191EventFieldByField() throws {
        let events = try read(TestPaths.shared("ucdp/ged191_subset_myanmar_bangladesh.csv")).events
        let event = try #require(events.first { $0.key == "209406" })
        #expect(event.dataset == "ucdp")
        #expect(event.date == DateSpan(day: try day("2015-05-14"), earliest: try day("2015-05-14"), latest: try day("2015-05-15"), precision: .week))
        #expect(event.type == EventType(disorder: "Political violence", event: "Battles", subEvent: "State-based violence"))
        #expect(event.actor1 == EventActor(name: "Government of Myanmar (Burma)", code: "ucdp:144"))
        #expect(event.actor2 == EventActor(name: "MNDAA", code: "ucdp:880"))
        #expect(
            event.location
                == Location(
                    country: "Myanmar (Burma)", region: "Asia", admin1: "Shan State", admin2: "Laukkaing District", place: "Laukkaing Town",
                    latitude: 23.690225, longitude: 98.765042, precision: 2, uncertaintyKm: 25))
        #expect(event.fatalities == Fatalities(low: 0, best: 2, high: 24))
        #expect(event.sources == ["Associated Press Newswires", "MRTV English Channel", "Democratic Voice of Burma", "Myanmar Peace Monitor"])
        #expect(
            event.notes
                == "Myanmar says 24 rebels killed in clashes near China border;Laukkaing Attack - Military occupied point 2202 hill;"
                + "Both sides dig in heels over Laogai;Myanmar army captured point-2202 near Laukkai")
        #expect(event.interaction == nil && event.revision == nil && event.sourceScale == nil)
        #expect(event.provenance == Provenance(file: "ged191_subset_myanmar_bangladesh.csv", line: 3))
        let a = event.attributes
        #expect(a["type_of_violence"] == "1" && a["date_prec"] == "2" && a["where_prec"] == "2")
        #expect(a["deaths_a"] == "2" && a["deaths_b"] == "0" && a["deaths_civilians"] == "0" && a["deaths_unknown"] == "0")
        #expect(a["conflict_name"] == "Myanmar (Burma): Kokang" && a["dyad_name"] == "Government of Myanmar (Burma) - MNDAA")
        #expect(a["side_a_new_id"] == "144" && a["side_b_new_id"] == "880" && a["gwnoa"] == "775" && a["gwnob"] == nil)
        #expect(a["number_of_sources"] == "4" && a["event_clarity"] == "1" && a["active_year"] == "1" && a["year"] == "2015")
        #expect(a["source_date"] == "2015-05-15;2015-05-16;2015-05-18;2015-05-14")
        #expect(a["source_article"]?.hasPrefix("\"Associated Press Newswires,2015-05-15,") == true)
        // A quoted cell with line breaks, trimmed at its ends.
        #expect(a["source_original"] == "Myanmar's Defense Ministry - statement\n Myawaddy TV\nMNDAA spokesperson Tun Myat Lin")
        #expect(a["geom_wkt"] == "POINT (98.765042 23.690225)" && a["priogrid_gid"] == "163998" && a["country_id"] == "775")
        #expect(a["relid"] == nil && a["id"] == nil && a["best"] == nil && a["side_a"] == nil && a["latitude"] == nil)
        #expect(a.count == 24)
        // The next record starts after the two extra lines of this one's source_original.
        #expect(events.first { $0.key == "210026" }?.provenance?.line == 6)
    }

    /// HDX's layout: 601 rows after the header and the HXL hashtag row, 634 lines in all.
    @Test func hdxSkipsTheHashtagRowAndKeepsLineNumbers() throws {
        let (events, rejections, reader) = try read(TestPaths.shared("ucdp/hdx_conflict_data_BGD.csv"))
        #expect(rejections.isEmpty, "\(rejections.prefix(3))")
        #expect(events.count == 601)
        #expect(!events.contains { $0.key.isEmpty || $0.key.hasPrefix("#") })
        #expect(reader.hashtagRowLine == 2)
        #expect(reader.notices.first == "line 2: skipped HDX's HXL hashtag row (#date+year, …); it is not an event")
        #expect(reader.notices.count == 2)  // the hashtag row, and event 84006's fatalities out of order
        #expect(events.first?.provenance?.line == 3)
        #expect(events.last?.provenance == Provenance(file: "hdx_conflict_data_BGD.csv", line: 634))
        #expect(events.allSatisfy { $0.location.country == "Bangladesh" && $0.location.iso3 == "BGD" })
        #expect(events.map(\.date.earliest).min() == (try day("1989-05-20")))

        let event = try #require(events.first)
        #expect(event.key == "71663")
        #expect(event.date == DateSpan(day: try day("2013-12-13"), earliest: try day("2013-12-13"), latest: try day("2013-12-14"), precision: .week))
        #expect(event.type == EventType(disorder: "Political violence", event: "Battles", subEvent: "Non-state violence"))
        #expect(event.actor1 == EventActor(name: "Supporters of Awami League", code: "ucdp:372"))
        #expect(event.actor2 == EventActor(name: "Supporters of BNP", code: "ucdp:374"))
        #expect(
            event.location
                == Location(
                    country: "Bangladesh", iso3: "BGD", region: "Asia", admin1: "Barisāl Division", admin2: "Pirojpur District",
                    place: "Bhāndāria town", latitude: 22.488976, longitude: 90.062732, precision: 1, uncertaintyKm: 0))
        #expect(event.fatalities == Fatalities(low: 1, best: 1, high: 1))
        #expect(event.sources == ["BBC Monitoring Newsfile"])
        #expect(event.notes == "Seven killed in clashes following Bangladesh Islamist party leader's execution")
        #expect(event.attributes["start_year"] == "2013" && event.attributes["end_year"] == "2013")
        #expect(event.attributes["type_of_violence"] == "2" && event.attributes["deaths_b"] == "1" && event.attributes["iso3"] == nil)
        #expect(event.attributes["conflict_name"] == "Supporters of Awami League - Supporters of BNP")

        let oneSided = try #require(events.first { $0.key == "73855" })
        #expect(oneSided.type == EventType(disorder: "Political violence", event: "Violence against civilians", subEvent: "One-sided violence"))
        #expect(oneSided.actor2 == EventActor(name: "Civilians", code: "ucdp:1"))
        #expect(oneSided.date == DateSpan(day: try day("1989-09-30"), precision: .day))
        #expect(oneSided.sources.isEmpty && oneSided.notes == nil)
        #expect(oneSided.attributes["number_of_sources"] == "-1")
        #expect(oneSided.provenance?.line == 4)
    }

    @Test func everyPrecisionCodeOfTheRealFilesIsMapped() throws {
        let events = try read(TestPaths.shared("ucdp/ged191_subset_myanmar_bangladesh.csv")).events
        let byDatePrec = Dictionary(grouping: events) { $0.attributes["date_prec"] ?? "" }.mapValues { Set($0.map(\.date.precision)) }
        #expect(byDatePrec == ["1": [.day], "2": [.week], "3": [.week], "4": [.month], "5": [.year]])
        let byWherePrec = Dictionary(grouping: events) { $0.location.precision ?? 0 }.mapValues { Set($0.compactMap(\.location.uncertaintyKm)) }
        #expect(byWherePrec == [1: [0], 2: [25], 3: [50], 4: [150], 5: [50], 6: [500], 7: [500]])
        #expect(events.allSatisfy { $0.date.earliest <= $0.date.latest && $0.date.day == $0.date.earliest })
    }

    // MARK: - The current GED layout

    @Test func currentLayoutWithTimesAndRelid() throws {
        let path = try UCDPFixtures.current([
            UCDPFixtures.currentRow(),
            UCDPFixtures.currentRow(
                id: "900002", relid: "AFG-2020-3-981-2", type: "3", sideA: "Taleban", sideAID: "303", sideB: "Civilians", sideBID: "1",
                sources: "", wherePrec: "6", datePrec: "1", start: "2020-03-05", end: "2020-03-05T00:00:00", best: "3", high: "3", low: "3"),
        ])
        let (events, rejections, reader) = try read(path)
        #expect(rejections.isEmpty, "\(rejections)")
        #expect(events.count == 2)
        #expect(reader.notices.isEmpty)
        let event = try #require(events.first)
        #expect(event.key == "900001")
        #expect(event.attributes["relid"] == "AFG-2020-1-333-7")
        #expect(event.attributes["code_status"] == "Clear")
        #expect(event.attributes["where_description"] == "near checkpoints in Nahr-e Saraj")
        #expect(event.attributes["side_a_dset_id"] == "130" && event.attributes["active_year"] == nil)
        #expect(event.date == DateSpan(day: try day("2020-03-03"), earliest: try day("2020-03-03"), latest: try day("2020-03-04"), precision: .week))
        #expect(event.fatalities == Fatalities(low: 18, best: 20, high: 24))
        #expect(event.actor1 == EventActor(name: "Government of Afghanistan", code: "ucdp:130"))
        #expect(event.actor2 == EventActor(name: "Taleban", code: "ucdp:303"))
        #expect(event.location.iso3 == "AFG" && event.location.admin1 == "Helmand province" && event.location.place == "Nahr-e Saraj district")
        #expect(event.sources == ["Tolo News", "Pajhwok Afghan News"])
        #expect(event.provenance == Provenance(file: "ged-current.csv", line: 2))
        let second = try #require(events.last)
        #expect(second.type.event == "Violence against civilians")
        #expect(second.date == DateSpan(day: try day("2020-03-05"), precision: .day))
        #expect(second.location.uncertaintyKm == 500 && second.location.precision == 6)
        #expect(second.sources.isEmpty)
        #expect(second.provenance?.line == 3)
    }

    @Test func headerNamesMatchInAnyCaseAndOrder() throws {
        let header = "BEST,Side_B,SIDE_A,Country,TYPE_OF_VIOLENCE,Date_End,DATE_START,ID,DATE_PREC"
        let path = try Fixtures.write("\(header)\n7,Taleban,Government of Afghanistan,Afghanistan,1,2020-03-10,2020-03-01,42,4\n")
        let (events, rejections, _) = try read(path)
        #expect(rejections.isEmpty)
        let event = try #require(events.first)
        #expect(event.key == "42" && event.fatalities == Fatalities(best: 7))
        #expect(event.actor1 == EventActor(name: "Government of Afghanistan") && event.actor2 == EventActor(name: "Taleban"))
        #expect(event.date == DateSpan(day: try day("2020-03-01"), earliest: try day("2020-03-01"), latest: try day("2020-03-10"), precision: .month))
        #expect(event.attributes == ["type_of_violence": "1", "date_prec": "4"])
    }

    // MARK: - Refusals and rejections

    @Test func anUnknownLayoutIsRefusedWithEveryMissingColumn() throws {
        let path = try Fixtures.write("id,date,side_a,fatalities\n1,2020-03-03,Taleban,4\n", name: "other.csv")
        #expect {
            _ = try UCDPReader(path: path)
        } throws: { error in
            guard let error = error as? TruceError else { return false }
            return error.code == .invalidInput && error.location?.file == path && error.location?.line == 1
                && error.message.contains("not a UCDP GED file")
                && error.message.contains("the required columns date_start, date_end, type_of_violence, side_b, country, best")
                && error.message.contains("the header has: id, date, side_a, fatalities")
        }
        let acled = try Fixtures.acled([Fixtures.acledRow()])
        #expect {
            _ = try UCDPReader(path: acled)
        } throws: { error in
            (error as? TruceError).map { $0.message.contains("import it as ACLED data") && $0.parameter == "kind" } == true
        }
        let actorList = TestPaths.shared("ucdp/ucdp-actor-221.csv")
        #expect {
            _ = try UCDPReader(path: actorList)
        } throws: { error in
            (error as? TruceError).map { $0.message.contains("UCDP Actor Dataset") && $0.parameter == "actors" } == true
        }
    }

    @Test func malformedRowsAreRejectedWithLineAndFieldWhileGoodRowsAreKept() throws {
        let rows = [
            UCDPFixtures.currentRow(id: "1"),
            UCDPFixtures.currentRow(id: "2", deathsA: "many"),
            UCDPFixtures.currentRow(id: "3", start: "2020-02-30"),
            UCDPFixtures.currentRow(id: "4", start: "2020-03-05", end: "2020-03-04"),
            UCDPFixtures.currentRow(id: "5", best: "30"),
            UCDPFixtures.currentRow(id: "6", latitude: "95.2"),
            UCDPFixtures.currentRow(id: "7", longitude: "east"),
            UCDPFixtures.currentRow(id: "8", type: "4"),
            UCDPFixtures.currentRow(id: "9", wherePrec: "8"),
            UCDPFixtures.currentRow(id: "10", datePrec: "0"),
            UCDPFixtures.currentRow(id: "11", best: "-2"),
            UCDPFixtures.currentRow(id: "12", deathsA: "-1"),
            UCDPFixtures.currentRow(id: "13", start: "2020-03-03 25:00:00"),
            UCDPFixtures.currentRow(id: "14", sideAID: "13O"),
            UCDPFixtures.currentRow(id: ""),
            UCDPFixtures.currentRow(id: "16", best: ""),
            UCDPFixtures.currentRow(id: "17") + ",extra",
            UCDPFixtures.currentRow(id: "18"),
        ]
        let (events, rejections, reader) = try read(try UCDPFixtures.current(rows, name: "bad.csv"))
        #expect(events.map(\.key) == ["1", "5", "18"])
        // Row 5 has best 30 above high 24: kept as published, with a warning naming its line.
        #expect(reader.notices == ["line 6: fatality estimates out of order (low 18, best 30, high 24); kept as UCDP published them"])
        let expected: [(line: Int, field: String?, text: String)] = [
            (3, "deaths_a", "'many'"), (4, "date_start", "'2020-02-30'"), (5, "date_end", "2020-03-04 is before date_start 2020-03-05"),
            (7, "latitude", "95.2 is outside -90…90"), (8, "longitude", "'east'"), (9, "type_of_violence", "'4'"),
            (10, "where_prec", "'8'"), (11, "date_prec", "'0'"), (12, "best", "must not be negative"), (13, "deaths_a", "must not be negative"),
            (14, "date_start", "'2020-03-03 25:00:00'"), (15, "side_a_new_id", "'13O'"), (16, "id", "missing"), (17, "best", "missing"),
            (18, nil, "cells but the header has"),
        ]
        #expect(rejections.count == expected.count)
        for (rejection, want) in zip(rejections, expected) {
            #expect(rejection.file == "bad.csv")
            #expect(rejection.line == want.line, "\(rejection)")
            #expect(rejection.field == want.field, "\(rejection)")
            #expect(rejection.message.contains(want.text), "\(rejection)")
            #expect(!rejection.rawRecord.isEmpty)
        }
    }

    @Test func aHashtagRowIsOnlySkippedRightUnderTheHeader() throws {
        let header = "id,date_start,date_end,type_of_violence,side_a,side_b,country,best"
        let hashtags = "#id,#date+start,#date+end,,#group+name+first,#group+name+second,#country+name,#affected+killed"
        let row = "5,2020-03-03,2020-03-03,1,Government of Afghanistan,Taleban,Afghanistan,2"
        let skipped = try read(try Fixtures.write([header, hashtags, "", row].joined(separator: "\n") + "\n"))
        #expect(skipped.events.map { $0.provenance?.line } == [4])
        #expect(skipped.reader.hashtagRowLine == 2 && skipped.rejections.isEmpty)
        // Further down it is a malformed row like any other, not silently dropped.
        let later = try read(try Fixtures.write([header, row, hashtags].joined(separator: "\n") + "\n"))
        #expect(later.events.count == 1 && later.reader.hashtagRowLine == nil)
        #expect(later.rejections.map(\.line) == [3])
    }
}
