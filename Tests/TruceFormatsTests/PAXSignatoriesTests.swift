import Testing
import TruceFormats

@Suite("PAXSignatories")
struct PAXSignatoriesTests {
    func ids(_ text: String) -> [String] { PAXSignatories.parse(text).map(\.id) }

    @Test(
        "real Part cells: one actor per party, in order",
        arguments: [
            (2271, ["UNITED_STATES", "TALIBAN"]),
            (1330, ["CPN_MAOISTS", "GOVERNMENT_OF_NEPAL"]),
            (155, ["NATIONAL_GOVERNMENT", "FARC"]),
            (2092, ["ISLAMIC_REPUBLIC_OF_IRAN", "RUSSIAN_FEDERATION", "REPUBLIC_OF_TURKEY"]),
            (98, ["GOVERNMENT_OF_REPUBLIC_OF_PHILIPPINES", "NATIONAL_DEMOCRATIC_FRONT_OF_PHILIPPINES"]),
            (1756, ["MADHESHI_VIRUS_KILLERS_PARTY", "GON_TALKS_TEAM"]),
            (607, ["NATIONAL_GOVERNMENT_OF_PAPUA_NEW", "BOUGAINVILLE_TRANSITIONAL_GOVERNMENT"]),
        ])
    func realCells(id: Int, expected: [String]) throws {
        let row = try PAXAgreementsReader.agreement(id: String(id), path: PAXFixtures.file)
        #expect(ids(row.parties) == expected)
    }

    @Test("a short name the text gives becomes the id and an alias")
    func knownAs() {
        let found = PAXSignatories.parse("Islamic Emirate of Afghanistan which is known as the Taliban\nUnited States")
        #expect(found.map(\.id) == ["TALIBAN", "UNITED_STATES"])
        #expect(found[0].aliases == ["Islamic Emirate of Afghanistan which is known as the Taliban", "Taliban"])
        #expect(found[1].aliases == ["United States"])
    }

    @Test("headings name the party; the people signing under them are not actors")
    func headings() {
        let text = "On behalf of the Government of Nepal:\nSd. Krishna Prasad Sitaula\nCoordinator\n\nFor FARC: RAÚL REYES; JOAQUÍN GÓMEZ"
        #expect(ids(text) == ["GOVERNMENT_OF_NEPAL", "FARC"])
        #expect(
            ids("Ont signé comme témoins:\nPour l'Union Africaine\nAblasse Ouedraogo\n\nPour la SADC\nJoaquim Chissano") == [
                "UNION_AFRICAINE", "SADC",
            ])
        #expect(ids("United Nations: Kofi Annan- witness and signatory") == ["UNITED_NATIONS"])
        #expect(
            ids("Unsigned, source lists parties as: Government of Yemen; Huthi representatives") == [
                "GOVERNMENT_OF_YEMEN", "HUTHI_REPRESENTATIVES",
            ])
    }

    @Test("list numbers, signature marks, honorifics, roles and notes are dropped")
    func cleaning() {
        #expect(
            ids("1. Les Forces Républicaines et Fédéralistes, Mr GASORE ZEBEDE\n2) Le Groupe Yakutumba") == [
                "FORCES_REPUBLICAINES_ET_FEDERALISTES", "GROUPE_YAKUTUMBA",
            ])
        #expect(ids("Miriam Coronel-Ferrer, Panel Chair for the Government of the Philippines") == ["GOVERNMENT_OF_PHILIPPINES"])
        #expect(ids("Sd/xxx Krishna Bahadur Mahara, Coordinator, CPN (Maoists), Negotiating Team").first == "CPN_MAOISTS")
        #expect(
            ids("President and parliament of Algeria (signed by Abdelaziz Bouteflika, President of Algeria)") == [
                "PRESIDENT_AND_PARLIAMENT_OF_ALGERIA"
            ])
        #expect(ids("Revolutionary United Front (RUF)") == ["RUF"])
        #expect(ids("(secondary sources suggest that 62 participants were present)").isEmpty)
        #expect(ids("Stated to be Participants to the Afghan Peace Conference.").isEmpty)
        #expect(ids("Witnessed by Commander of UNCRO Sector North, Colonel Mokrents") == ["COMMANDER_OF_UNCRO_SECTOR_NORTH"])
    }

    @Test("comma lists of names are split; 'Surname, Given' is one person")
    func commaLists() {
        #expect(
            ids("Hussein Mohamed Aideed, Mohamed Haji Adan, Hilowle Iman Omar") == [
                "HUSSEIN_MOHAMED_AIDEED", "MOHAMED_HAJI_ADAN", "HILOWLE_IMAN_OMAR",
            ])
        #expect(ids("Rajoelina, Andry;\nRatsiraka, Didier") == ["RAJOELINA_ANDRY", "RATSIRAKA_DIDIER"])
    }

    @Test("ids are upper snake case ASCII, at most five words, unique, and start with a letter")
    func identifiers() {
        #expect(ids("Délégation du Nord-Kivu") == ["DELEGATION_DU_NORD_KIVU"])
        #expect(ids("Dr. Abdullah Abdullah") == ["ABDULLAH_ABDULLAH"])
        #expect(ids("Government of the Democratic Republic of the Congo") == ["GOVERNMENT_OF_DEMOCRATIC_REPUBLIC_OF"])
        #expect(ids("Side A\nSide A's allies\nSide, A") == ["SIDE_A", "SIDE_A_S_ALLIES", "SIDE_A_2"])
        #expect(ids("21st Corps") == ["P_21ST_CORPS"])
        #expect(ids("حكومة") == ["ACTOR"])
        let unique = PAXSignatories.unique(PAXSignatories.parse("United Nations"), avoiding: ["UNITED_NATIONS"])
        #expect(unique.map(\.id) == ["UNITED_NATIONS_2"])
    }
}
