import Testing

@testable import TruceCoder

@Suite struct GazetteerTests {
    @Test(arguments: [
        ("in Nad-e Ali district, Helmand province", "Helmand"), ("in Paktiya province", "Paktia"), ("in Paktya", "Paktia"),
        ("in Sari Pul province", "Sar-e-Pul"), ("in Sar-e Pul", "Sar-e-Pul"), ("in Wardag province", "Wardak"),
        ("in Day Kundi province", "Daykundi"), ("in Oruzgan", "Uruzgan"), ("in Nimroz", "Nimruz"), ("in Khowst province", "Khost"),
        ("near Lashkar Gah", "Helmand"), ("in Idlib", "Idleb"), ("in Hodeidah", "Al Hudaydah"), ("in Donetsk oblast", "Donetsk"),
        ("in North Darfur", "North Darfur"), ("in Borno State", "Borno"), ("in Rakhine State", "Rakhine"), ("in the Gaza Strip", "Gaza Strip"),
        ("in Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa"), ("in Mosul", "Ninewa"), ("in Antioquia", "Antioquia"), ("in Mopti", "Mopti"),
    ])
    func regions(text: String, admin1: String) {
        let found = Gazetteer.places(in: text).first { $0.admin1 != nil }
        #expect(found?.admin1 == admin1, "\(text)")
    }

    @Test func allAfghanProvinces() {
        let provinces = Set(Regions.table.split(separator: "\n").filter { $0.contains("R Afghanistan|") }.map { $0.split(separator: "|")[1] })
        #expect(provinces.count == 34)
    }

    @Test func countriesAdjectivesAndPlaces() {
        let places = Gazetteer.places(in: "Afghan forces and U.S. troops searched the village of Maku in Zharay district of Afghanistan.")
        #expect(places.contains { $0.kind == .countryAdjective && $0.country == "Afghanistan" })
        #expect(places.contains { $0.kind == .country && $0.country == "United States" })
        #expect(places.contains { $0.kind == .place && $0.place == "Maku" })
        #expect(places.contains { $0.kind == .place && $0.admin1 == "Kandahar" && $0.qualified })
        #expect(places.contains { $0.kind == .country && $0.country == "Afghanistan" })
    }

    @Test func everydayWordsNeedAQualifier() {
        #expect(Gazetteer.places(in: "Bay leaves and the Red Sea.").allSatisfy { $0.admin1 == nil })
        #expect(Gazetteer.places(in: "Fighting in Bay region").first?.admin1 == "Bay")
        #expect(Gazetteer.places(in: "we met us there").isEmpty)
        #expect(Gazetteer.places(in: "Niger and Chad").map(\.country) == ["Niger", "Chad"])
    }

    @Test func aCountryBeforeAHyphenatedParticipleIsAnAdjective() {
        let places = Gazetteer.places(in: "A U.S.-brokered truce between Iran-backed militias and Syria took hold.")
        #expect(places.first { $0.country == "United States" }?.kind == .countryAdjective)
        #expect(places.first { $0.country == "Iran" }?.kind == .countryAdjective)
        #expect(places.first { $0.country == "Syria" }?.kind == .country)
        // A hyphen to a capitalised name is a pair of places, not an adjective.
        #expect(Gazetteer.places(in: "the Syria-Lebanon border").first?.kind == .country)
    }

    @Test func theStorysCountryIsTheOneItNamesMost() {
        let places = ["Egypt brokered the talks between Israel and Lebanon.", "Strikes hit southern Lebanon.", "Lebanon's army deployed."]
            .flatMap { Gazetteer.places(in: $0) }
        #expect(ArticleCoding.mainLocation(places, headline: nil).country == "Lebanon")
        // On a tie the first named wins.
        #expect(ArticleCoding.mainLocation(Gazetteer.places(in: "Sudan and Chad"), headline: nil).country == "Sudan")
    }
}
