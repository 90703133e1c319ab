import Testing
import TruceModel

@testable import TruceCoder

/// The regions and towns of the conflict countries added to the gazetteer after the first seventeen
/// (DR Congo, Ethiopia, Burkina Faso, Niger, Cameroon, the Central African Republic, South Sudan, Libya,
/// Lebanon, Mozambique, Haiti), and the place of an event against its story's.
@Suite struct ConflictRegionsTests {
    @Test(arguments: [
        ("M23 rebels attacked army positions near Sake in North Kivu.", "Democratic Republic of Congo", "Nord-Kivu"),
        ("Shelling hit a displacement camp outside Goma.", "Democratic Republic of Congo", "Nord-Kivu"),
        ("CODECO fighters raided a village north of Bunia.", "Democratic Republic of Congo", "Ituri"),
        ("ADF militants killed farmers near Beni overnight.", "Democratic Republic of Congo", "Nord-Kivu"),
        ("Clashes broke out in Rutshuru territory.", "Democratic Republic of Congo", "Nord-Kivu"),
        ("Government troops recaptured Uvira in South Kivu.", "Democratic Republic of Congo", "Sud-Kivu"),
        ("Drone strikes hit a market in Mekelle.", "Ethiopia", "Tigray"),
        ("Fano militia fighters entered Gondar on Tuesday.", "Ethiopia", "Amhara"),
        ("Fighting spread across Amhara region.", "Ethiopia", "Amhara"),
        ("Militants besieged the town of Djibo for months.", "Burkina Faso", "Sahel"),
        ("An attack on a convoy near Kaya killed soldiers.", "Burkina Faso", "Centre-Nord"),
        ("Boko Haram fighters attacked Bosso in Diffa.", "Niger", "Diffa"),
        ("Soldiers were ambushed near Tillaberi.", "Niger", "Tillaberi"),
        ("Separatists set a school on fire in Bamenda.", "Cameroon", "Nord-Ouest"),
        ("Suicide bombers struck a market in Kolofata in the Far North region.", "Cameroon", "Extreme-Nord"),
        ("Gunmen abducted a priest near Buea in the South-West region.", "Cameroon", "Sud-Ouest"),
        ("Rebels attacked peacekeepers outside Bambari.", "Central African Republic", "Ouaka"),
        ("Gunfire was heard in Bangui overnight.", "Central African Republic", "Bangui"),
        ("Soldiers looted shops in Juba.", "South Sudan", "Central Equatoria"),
        ("Fighting flared around Malakal in Upper Nile.", "South Sudan", "Upper Nile"),
        ("Militias clashed near Mitiga airport in Tripoli.", "Libya", "Tripoli"),
        ("Rockets fell on a district of Benghazi.", "Libya", "Benghazi"),
        ("Forces loyal to the government advanced from Misrata.", "Libya", "Misrata"),
        ("An air strike hit a house in Nabatieh.", "Lebanon", "Nabatiye"),
        ("Shelling struck the outskirts of Tyre.", "Lebanon", "South"),
        ("Insurgents stormed Palma in March.", "Mozambique", "Cabo Delgado"),
        ("Troops retook Mocimboa da Praia in August.", "Mozambique", "Cabo Delgado"),
        ("Gangs burned homes in Port-au-Prince.", "Haiti", "Ouest"),
        ("Police fought a gang in Cite Soleil.", "Haiti", "Ouest"),
    ])
    func placesOfTheAddedCountries(sentence: String, country: String, admin1: String) {
        let region = Gazetteer.places(in: sentence).first { $0.admin1 != nil }
        #expect(region?.country == country, "\(sentence)")
        #expect(region?.admin1 == admin1, "\(sentence)")
    }

    @Test(arguments: [
        "The South has suffered most from the war.", "Talks between the North and the government stalled.",
        "The Sahel is a vast belt of semi-arid land.", "Cascades of water fell from the roof.", "Unity is what the country needs.",
        "Lakes and rivers froze over.", "The Shire is a fictional land.",
    ])
    func everydayWordsAreNoRegionWithoutAQualifier(sentence: String) {
        #expect(Gazetteer.places(in: sentence).allSatisfy { $0.admin1 == nil }, "\(sentence)")
    }

    /// Places whose names are also people's: "Tamim" (Kirkuk's old name), "Adama", "Nasir", "Saida".
    @Test(arguments: [
        "Emir Tamim bin Hamad thanked the mediators.", "Adama Barrow won the election.", "Nasir Ahmed spoke to reporters.",
        "Saida Mirziyoyeva attended the summit.",
    ])
    func placesNamedLikePeopleNeedAQualifier(sentence: String) {
        #expect(Gazetteer.places(in: sentence).allSatisfy { $0.admin1 == nil }, "\(sentence)")
    }

    @Test(arguments: [
        ("Troops moved into the Sahel region.", "Burkina Faso", "Sahel"), ("Flooding hit Unity State.", "South Sudan", "Unity"),
        ("Clashes spread in the Somali region.", "Ethiopia", "Somali"), ("Patrols resumed in the North-West region.", "Cameroon", "Nord-Ouest"),
    ])
    func everydayWordsAreTheRegionWithAQualifier(sentence: String, country: String, admin1: String) {
        let region = Gazetteer.places(in: sentence).first { $0.admin1 != nil }
        #expect(region?.country == country, "\(sentence)")
        #expect(region?.admin1 == admin1, "\(sentence)")
    }

    @Test(arguments: [
        ("Libyan coast guards intercepted a boat.", "Libya"), ("Lebanese troops deployed to the border.", "Lebanon"),
        ("Mozambican police reported an attack.", "Mozambique"), ("Nigerien soldiers repelled the assault.", "Niger"),
        ("Cameroonian forces shelled the town.", "Cameroon"), ("Haitian police surrounded the gang.", "Haiti"),
        ("South Sudanese soldiers crossed the river.", "South Sudan"), ("Congolese troops advanced.", "Democratic Republic of Congo"),
        ("Burkinabe troops withdrew.", "Burkina Faso"), ("Central African soldiers guarded the road.", "Central African Republic"),
        ("Tigrayan forces entered the town.", "Ethiopia"), ("Ethiopian jets struck the area.", "Ethiopia"),
    ])
    func demonymsNameTheirCountries(sentence: String, country: String) {
        let found = Gazetteer.places(in: sentence).first { $0.kind == .countryAdjective }
        #expect(found?.country == country, "\(sentence)")
    }

    @Test(arguments: [
        "Democratic Republic of Congo", "Ethiopia", "Burkina Faso", "Niger", "Cameroon", "Central African Republic", "South Sudan", "Libya",
        "Lebanon", "Mozambique", "Haiti",
    ])
    func everyAddedCountryHasRegionsAndTowns(country: String) {
        let lines = Regions.table.split(separator: "\n").map { $0.trimmingSpaces() }
        #expect(lines.filter { $0.hasPrefix("R \(country)|") }.count >= 3, "\(country)")
        #expect(lines.contains { $0.hasPrefix("P \(country)|") }, "\(country)")
        let line = Countries.table.split(separator: "\n").map { $0.trimmingSpaces() }.first { $0.hasPrefix("\(country)|") }
        #expect(line?.contains("|#") == true, "\(country) has no demonym")
    }

    func code(_ text: String, date: String) -> CodingResult {
        let article = ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: date))
        return ArticleCoder().code(article)
    }

    @Test func aSentencesOwnPlaceWinsOverTheDatelineAndTheStorysEarlierPlace() throws {
        let result = code(
            """
            KHARTOUM, Sudan (March 4, 2024) — Paramilitary fighters seized three villages in Gezira state last week, residents said.

            Army aircraft struck RSF positions in Omdurman on Sunday, killing four fighters.
            """, date: "2024-03-04")
        let strike = try #require(result.events.first { ($0.fatalities.best ?? $0.fatalities.low) != nil })
        #expect(strike.location.admin1 == "Khartoum")
        #expect(strike.location.place == "Omdurman")
    }

    @Test func aCountryNamedAsThePlaceOfTheActWinsOverTheStorysRegion() throws {
        let result = code(
            """
            Air strikes pounded Khan Younis in the Gaza Strip on Sunday.

            Later that day, jets struck a convoy in southern Lebanon, killing three men.
            """, date: "2024-06-03")
        let strike = try #require(result.events.first { ($0.fatalities.best ?? $0.fatalities.low) != nil })
        #expect(strike.location.country == "Lebanon")
        #expect(strike.location.admin1 == nil)
    }

    @Test(arguments: [
        "U.S. forces killed two insurgents on Monday.", "The insurgents, who had trained in Afghanistan, killed two policemen on Monday.",
        "Gunmen from Pakistan killed two policemen on Monday.",
    ])
    func aCountryNamedAsDoerOrOfTheStorysOwnCountryKeepsTheStorysRegion(sentence: String) throws {
        let result = code("Fighting was reported in Helmand province on Sunday.\n\n\(sentence)", date: "2024-06-03")
        let killed = try #require(result.events.first { ($0.fatalities.best ?? $0.fatalities.low) != nil })
        #expect(killed.location.admin1 == "Helmand", "\(sentence)")
    }

    @Test func aSentenceWithoutAPlaceKeepsTheStorysPlace() throws {
        let result = code(
            """
            GOMA, Congo (May 2, 2024) — Rebels shelled a camp for displaced people near Sake in North Kivu on Thursday.

            The shells killed nine people, local officials said.
            """, date: "2024-05-02")
        let killed = try #require(result.events.first { ($0.fatalities.best ?? $0.fatalities.low) != nil })
        #expect(killed.location.admin1 == "Nord-Kivu")
        #expect(killed.location.country == "Democratic Republic of Congo")
    }
}
