import Testing
import TruceFormats
import TruceModel

@Suite("ACLEDHeader")
struct ACLEDHeaderTests {
    @Test func upperCaseV6LayoutWithAllyActorsAndBlankTrailingNames() throws {
        let names = [
            "GWNO", "EVENT_ID_CNTY", "EVENT_ID_NO_CNTY", "EVENT_DATE", "YEAR", "TIME_PRECISION", "EVENT_TYPE", "ACTOR1", "ALLY_ACTOR_1",
            "INTER1", "ACTOR2", "ALLY_ACTOR_2", "INTER2", "INTERACTION", "COUNTRY", "LOCATION", "LATITUDE", "LONGITUDE", "FATALITIES",
            "", "", "",
        ]
        let header = try ACLEDHeader(names: names, file: "old.csv")
        #expect(header.index(of: "assoc_actor_1") == 8)
        #expect(header.index(of: "assoc_actor_2") == 11)
        #expect(header.index(of: "event_date") == 3)
        #expect(header.attributeKeys == ["gwno", "event_id_no_cnty", "year"])
        #expect(header.columns.count == 22)
    }

    @Test func shuffledLowerCaseLayout() throws {
        let names = ["country", "tags", "actor1", "event_type", "civilian_targeting", "event_date", "event_id_cnty", "disorder_type", "iso"]
        let header = try ACLEDHeader(names: names, file: "new.csv")
        #expect(header.index(of: "EVENT_ID_CNTY") == 6)
        #expect(header.index(of: "disorder_type") == 7)
        #expect(header.attributeKeys == ["tags", "civilian_targeting", "iso"])
    }

    @Test func missingRequiredColumnsAreAllListed() throws {
        let error = try #require(throws: TruceError.self) {
            try ACLEDHeader(names: ["EVENT_ID_CNTY", "ACTOR2", "notes"], file: "broken.csv")
        }
        #expect(error.code == .invalidInput)
        #expect(error.location?.file == "broken.csv")
        #expect(error.message.contains("event_date, event_type, actor1, country"))
    }
}
