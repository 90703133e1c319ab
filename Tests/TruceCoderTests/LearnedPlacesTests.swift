import Testing
import TruceModel

@testable import TruceCoder

/// Places a model learns from ACLED rows (`PlaceCollector`, `LearnedPlaces`) and the coder's use of them.
@Suite struct LearnedPlacesTests {
    /// Rows written for these tests, in ACLED's shape: country, admin1, then admin2, admin3 and location.
    static func collected() -> PlaceCollector {
        var collector = PlaceCollector()
        let rows: [(String, String, [String?], String)] = [
            ("Ruritania", "Upper Vale", ["Ostrava District", nil, "Kembali"], "Gunmen attacked a market in Kembali and looted shops."),
            ("Ruritania", "Upper Vale", ["Ostrava District", nil, "Kembali"], "Soldiers clashed with bandits near the market."),
            ("Ruritania", "Lower Vale", ["Dunmore", nil, "Tessaro"], "A mine exploded under a truck near Tessaro."),
            // "Halden" lies in two regions: ambiguous.
            ("Ruritania", "Upper Vale", ["Ostrava District", nil, "Halden"], "Police arrested two men in Halden."),
            ("Ruritania", "Lower Vale", ["Dunmore", nil, "Halden"], "Police arrested a trader in Halden."),
            // "Market" is a town here, and an everyday word the notes write in lower case.
            ("Ruritania", "Lower Vale", ["Dunmore", nil, "Market"], "Traders protested at the market in Market over a new market tax."),
            // A town whose name the notes write within a longer name: a group's, a person's.
            ("Ruritania", "Lower Vale", ["Dunmore", nil, "Boko"], "Boko Haram militants raided a farm; Boko Haram fighters then withdrew."),
            ("Ruritania", "Lower Vale", ["Dunmore", nil, "Tessaro"], "Bandits robbed traders near Tessaro (Dunmore, Lower Vale)."),
            // Too short to look for.
            ("Ruritania", "Lower Vale", ["Dunmore", nil, "Ek"], "Militia fighters burned houses in Ek."),
        ]
        for (country, admin1, names, notes) in rows {
            collector.add(country: country, admin1: admin1, names: names, notes: notes)
        }
        return collector
    }

    @Test func aNameInOneRegionIsLearnedWithItsCountryAndRegion() throws {
        let learned = Self.collected().learned()
        let town = try #require(learned.places.byName["Kembali"])
        #expect(town == LearnedPlaces.Place(country: "Ruritania", admin1: "Upper Vale", isRegion: false, needsQualifier: false))
        #expect(learned.places.byName["Ostrava District"]?.admin1 == "Upper Vale")
        let region = try #require(learned.places.byName["Lower Vale"])
        #expect(region.isRegion && region.country == "Ruritania")
    }

    @Test func aNameInTwoRegionsIsNotLearned() {
        let learned = Self.collected().learned()
        #expect(learned.places.byName["Halden"] == nil)
        #expect(learned.ambiguous == 1)
    }

    @Test func shortNamesAndNamesTheGazetteerKnowsAreNotLearned() {
        var collector = Self.collected()
        collector.add(country: "Afghanistan", admin1: "Helmand", names: ["Lashkar Gah", nil, "Kabul"], notes: nil)
        let learned = collector.learned()
        #expect(learned.places.byName["Ek"] == nil)
        #expect(learned.places.byName["Lashkar Gah"] == nil)
        #expect(learned.places.byName["Helmand"] == nil)
    }

    @Test func anEverydayWordIsTakenOnlyWithAWordLikeDistrictAfterIt() throws {
        let places = Self.collected().learned().places
        let market = try #require(places.byName["Market"])
        #expect(market.needsQualifier)
        #expect(places.places(in: "Market traders went on strike in the capital.", besides: []).isEmpty)
        #expect(places.places(in: "Fighting spread to Market town on Friday.", besides: []).first?.admin1 == "Lower Vale")
    }

    @Test func aNameTheNotesWriteWithinLongerNamesNeedsAQualifier() throws {
        let places = Self.collected().learned().places
        let boko = try #require(places.byName["Boko"])
        #expect(boko.needsQualifier)
        #expect(places.places(in: "Boko Haram fighters attacked a camp.", besides: []).isEmpty)
        let tessaro = try #require(places.byName["Tessaro"])
        #expect(!tessaro.needsQualifier)
    }

    @Test func namesAreMatchedAsProperNounsOnly() {
        let places = Self.collected().learned().places
        let found = places.places(in: "Bandits raided Kembali and then Tessaro before dawn.", besides: [])
        #expect(found.map(\.place) == ["Kembali", "Tessaro"])
        #expect(found.map(\.admin1) == ["Upper Vale", "Lower Vale"])
        #expect(found.allSatisfy { $0.learned })
        #expect(places.places(in: "the word kembali is not a name here", besides: []).isEmpty)
        #expect(places.places(in: "KEMBALI ATTACKED", besides: []).isEmpty)
    }

    @Test func aNameOfSeveralWordsIsMatchedWhole() {
        let places = LearnedPlaces([
            "Mocimboa da Praia": .init(country: "Mozambique", admin1: "Cabo Delgado", isRegion: false, needsQualifier: false),
            "Port au Prince": .init(country: "Haiti", admin1: "Ouest", isRegion: false, needsQualifier: false),
        ])
        let found = places.places(in: "Insurgents held Mocimboa da Praia for a year; gangs rule Port-au-Prince.", besides: [])
        #expect(found.map(\.place) == ["Mocimboa da Praia", "Port-au-Prince"])
        #expect(found.map(\.admin1) == ["Cabo Delgado", "Ouest"])
    }

    @Test func theGazetteerComesFirst() {
        // A learned entry that contradicts the built-in table is never consulted for words the table placed.
        let places = LearnedPlaces(["Helmand": .init(country: "Elsewhere", admin1: "Nowhere", isRegion: true, needsQualifier: false)])
        let sentence = "Clashes were reported in Helmand."
        let found = places.places(in: sentence, besides: Gazetteer.places(in: sentence))
        #expect(found.map(\.admin1) == ["Helmand"])
        #expect(found.allSatisfy { !$0.learned })
    }

    @Test func aPlaceTheGazetteerKnewOnlyByTheWordAfterItGivesWayToTheLearnedOne() {
        let places = Self.collected().learned().places
        let sentence = "Gunmen attacked Tessaro village overnight."
        let builtIn = Gazetteer.places(in: sentence)
        #expect(builtIn.contains { $0.place == "Tessaro" && $0.admin1 == nil })
        let found = places.places(in: sentence, besides: builtIn)
        #expect(found.count == 1)
        #expect(found.first?.admin1 == "Lower Vale")
        #expect(found.first?.qualified == true)
    }

    static func model(with places: LearnedPlaces) throws -> EventTypeModel {
        var model = try EventTypeModelTests.trained()
        model.places = places
        return model
    }

    @Test func theCoderPlacesAnEventByALearnedName() throws {
        let model = try Self.model(with: Self.collected().learned().places)
        let text = "Gunmen attacked a police post in Kembali on Monday, killing two officers."
        let article = ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: "2024-03-06"))
        let withModel = ArticleCoder(model: model).code(article).events.first { ($0.fatalities.best ?? $0.fatalities.low) != nil }
        #expect(withModel?.location.admin1 == "Upper Vale")
        #expect(withModel?.location.country == "Ruritania")
        let without = ArticleCoder().code(article).events.first { ($0.fatalities.best ?? $0.fatalities.low) != nil }
        #expect(without?.location.admin1 == nil)
    }

    @Test func aBuiltInRegionInTheSentenceWinsOverALearnedOne() throws {
        let model = try Self.model(with: Self.collected().learned().places)
        let text = "Gunmen from Kembali attacked a police post in Kunduz province on Monday, killing two officers."
        let article = ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: "2024-03-06"))
        let event = ArticleCoder(model: model).code(article).events.first { ($0.fatalities.best ?? $0.fatalities.low) != nil }
        #expect(event?.location.admin1 == "Kunduz")
    }

    @Test func theModelFileKeepsItsPlaces() throws {
        let model = try Self.model(with: Self.collected().learned().places)
        let bytes = model.fileBytes()
        let read = try EventTypeModel(fileBytes: bytes, file: "types.model")
        #expect(read.places == model.places)
        #expect(read.places.byName["Market"]?.needsQualifier == true)
        #expect(read.fileBytes() == bytes)
    }

    @Test func aModelFileWithoutPlacesStillLoads() throws {
        let model = try Self.model(with: Self.collected().learned().places)
        let old = EventTypeModelTests.olderBytes(of: model, version: 4)
        let read = try EventTypeModel(fileBytes: old, file: "old.model")
        #expect(read.places.isEmpty)
        let text = "Soldiers clashed with militants near Kidal."
        #expect(read.classify(text) == model.classify(text))
    }

    @Test func aPlaceLineWithoutItsFieldsIsRefusedWithItsLine() throws {
        let model = try Self.model(with: LearnedPlaces())
        let bytes = model.fileBytes()
        let headerLength = Int(EventTypeModel.read(bytes, at: 12) as UInt32)
        let header = String(decoding: bytes[16..<(16 + headerLength)], as: UTF8.self) + "place\tKembali\tRuritania\t\tplace\n"
        var broken = EventTypeModel.magic
        EventTypeModel.append(EventTypeModel.fileVersion, to: &broken)
        EventTypeModel.append(UInt32(header.utf8.count), to: &broken)
        broken += Array(header.utf8)
        broken += bytes[(16 + headerLength)..<(bytes.count - 8)]
        EventTypeModel.append(EventTypeModel.checksum(broken[...]), to: &broken)
        #expect {
            try EventTypeModel(fileBytes: broken, file: "bad.model")
        } throws: { error in
            "\(error)".contains("bad.model") && "\(error)".contains("a place needs a name, a country, an admin1")
        }
    }
}
