import Foundation
import Testing
import TruceFormats
import TruceModel
import TruceTestSupport

@Suite("AgreementSkeleton")
struct AgreementSkeletonTests {
    func skeleton(_ id: Int) throws -> AgreementSkeleton {
        try AgreementSkeleton(row: PAXAgreementsReader.agreement(id: String(id), path: PAXFixtures.file))
    }

    // MARK: - The US–Taliban agreement, PA-X 2271

    @Test("the skeleton of 2271 loads as written: title, date, the US and the Taliban as parties, one TODO provision")
    func doha2271AsWritten() throws {
        let skeleton = try skeleton(2271)
        let agreement = try AgreementLoader.parse(yaml: skeleton.yaml, file: "pax-2271.yaml")
        #expect(agreement.id == "agreement-bringing-peace-afghanistan-pax-2271")
        #expect(agreement.title.hasPrefix("Agreement for Bringing Peace to Afghanistan between the Islamic Emirate of Afghanistan"))
        #expect(agreement.signed == Day(iso: "2020-02-29"))
        #expect(agreement.parties == ["UNITED_STATES", "TALIBAN"])
        let usa = try #require(agreement.actors.first { $0.id == "UNITED_STATES" })
        #expect(usa.name == "United States")
        #expect(usa.aliases == ["United States"])
        let taliban = try #require(agreement.actors.first { $0.id == "TALIBAN" })
        #expect(taliban.name.hasPrefix("Islamic Emirate of Afghanistan"))
        #expect(taliban.aliases == [taliban.name, "Taliban"])
        #expect(agreement.provisions.map(\.id) == [AgreementSkeleton.placeholderID])
        #expect(agreement.provisions.first?.text.hasPrefix("TODO") == true)
    }

    @Test("2271 has stubs for ceasefire, foreign forces, prisoner release and terrorism, with PA-X columns and values")
    func doha2271Stubs() throws {
        let skeleton = try skeleton(2271)
        #expect(
            skeleton.categories.map(\.id) == [
                "ceasefire", "foreign-forces", "armed-group-forces", "terrorism", "prisoner-release", "refugees", "development",
                "implementation",
            ])
        let yaml = skeleton.yaml
        #expect(yaml.contains("# Ceasefire. PA-X: Ce=1 (0-3), CeProv=0 (0/1), CeGen=1 (0/1)."))
        #expect(yaml.contains("# Withdrawal of foreign forces. PA-X: SsrFf=1 (0/1)."))
        #expect(yaml.contains("# Prisoner release. PA-X: TjPrire=3 (0-3)."))
        #expect(yaml.contains("# Terrorism. PA-X: Terr=1 (0/1)."))
        #expect(yaml.contains("  #| - id: prisoner-release"))
        #expect(yaml.contains("  #|     indicator: prisoners_released"))
        #expect(yaml.contains("  #|   indicator: troop_level"))
        // The metadata block, the addresses and the warning to check the text.
        for line in [
            "#   Con: Afghanistan/United States of America", "#   Contp: Government/territory", "#   Reg: Cross-regional",
            "#   Stage: SubPar (Framework-substantive, partial)", "#   Status: Multiparty signed/agreed", "#   Lgt: 4 (length in pages)",
            "#   PA-X record: https://www.peaceagreements.org/view/2271", "# CHECK EVERYTHING BELOW AGAINST THE TEXT OF THE AGREEMENT",
        ] {
            #expect(yaml.contains(line), "\(line)")
        }
        #expect(yaml.contains("Topics PA-X does not code in this agreement: security-guarantees, ddr"))
    }

    @Test("the skeleton of 2271 loads once its stubs are filled, with the suggested kinds")
    func doha2271Filled() throws {
        let filled = StubFiller.fill(try skeleton(2271).yaml, actor: "TALIBAN", date: "2020-03-10", number: "1000")
        // Only the comments that explain the placeholders still name them.
        let code = filled.split(separator: "\n").filter { !$0.drop { $0 == " " }.hasPrefix("#") }
        #expect(!code.contains { $0.contains("FILL_") })
        let agreement = try AgreementLoader.parse(yaml: filled, file: "pax-2271.yaml")
        #expect(agreement.title.hasPrefix("Agreement for Bringing Peace to Afghanistan"))
        #expect(agreement.signed == Day(iso: "2020-02-29"))
        #expect(Set(agreement.actors.map(\.id)) == ["UNITED_STATES", "TALIBAN"])
        let kinds = Dictionary(uniqueKeysWithValues: agreement.provisions.map { ($0.id, $0.kind.name) })
        #expect(kinds["ceasefire"] == "prohibition")
        #expect(kinds["foreign-forces"] == "target")
        #expect(kinds["prisoner-release"] == "obligation")
        #expect(kinds["terrorism"] == "prohibition")
        #expect(agreement.provisions.count == 9)

        let ceasefire = try #require(agreement.provision("ceasefire"))
        #expect(ceasefire.scope?.between == [["TALIBAN"], ["TALIBAN"]])
        #expect(ceasefire.scope?.eventTypes == ["Battles", "Explosions/Remote violence"])
        guard case .obligation(let release) = try #require(agreement.provision("prisoner-release")).kind else {
            Issue.record("prisoner-release is not an obligation")
            return
        }
        #expect(try agreement.resolve(#require(release.due)) == Day(iso: "2020-03-10"))
        #expect(release.observation?.indicator == "prisoners_released")
    }

    @Test("stubs uncommented but not filled are reported by the loader, placeholder by placeholder")
    func unfilledPlaceholdersAreReported() throws {
        let yaml = StubFiller.uncomment(try skeleton(2271).yaml)
        let errors = try #require(throws: AgreementErrors.self) { try AgreementLoader.parse(yaml: yaml, file: "pax-2271.yaml") }
        let text = errors.description
        #expect(text.contains("unknown actor 'FILL_ACTOR'"))
        #expect(text.contains("FILL_DATE"))
        #expect(text.contains("FILL_NUMBER"))
    }

    // MARK: - Other agreements

    @Test(
        "agreements from other regions and years give skeletons that load as written",
        arguments: [
            // Americas, 1999: the Colombian government and the FARC.
            (155, "1999-05-06", ["NATIONAL_GOVERNMENT", "FARC"], [String](), ["elections", "ddr"]),
            // Europe, 1995: the surrender of the 21st Corps, witnessed by UNCRO.
            (
                1468, "1995-08-08", ["SERBIAN_SIDE_REPRESENTATIVES", "CROATIAN_ARMY_REPRESENTATIVES"], ["COMMANDER_OF_UNCRO_SECTOR_NORTH"],
                ["ceasefire", "ddr"]
            ),
            // Middle East, 2010: the Yemen government–Houthi ceasefire.
            (1434, "2010-02-12", ["GOVERNMENT_OF_YEMEN", "HUTHI_REPRESENTATIVES"], [], ["ceasefire", "ddr", "prisoner-release"]),
            // Africa, 2009: Madagascar, in French, with African Union and SADC witnesses.
            (
                833, "2009-11-06", ["RAJOELINA_ANDRY", "RATSIRAKA_DIDER", "RAVALOMANANA_MARC", "ZAFY_ALBERT"], ["UNION_AFRICAINE", "SADC"],
                ["political-power-sharing", "elections"]
            ),
            // Asia, 2013: the Philippines and the MILF, facilitated by Malaysia.
            (
                872, "2013-02-27", ["GOVERNMENT_OF_PHILIPPINES", "MORO_ISLAMIC_LIBERATION_FRONT"], ["MALAYSIA"],
                ["ddr", "political-power-sharing", "elections"]
            ),
        ])
    func diverseAgreements(id: Int, signed: String, parties: [String], thirdParties: [String], stubs: [String]) throws {
        let skeleton = try skeleton(id)
        let agreement = try AgreementLoader.parse(yaml: skeleton.yaml, file: "pax-\(id).yaml")
        #expect(agreement.signed == Day(iso: signed))
        #expect(agreement.id.hasSuffix("-pax-\(id)"))
        #expect(agreement.parties == parties)
        let actorIDs = Set(agreement.actors.map(\.id))
        #expect(actorIDs.isSuperset(of: thirdParties), "\(actorIDs)")
        #expect(Set(parties).isDisjoint(with: thirdParties))
        #expect(Set(skeleton.categories.map(\.id)).isSuperset(of: stubs), "\(skeleton.categories.map(\.id))")
        // The title keeps its accents and punctuation exactly.
        #expect(agreement.title == skeleton.title)
        let filled = StubFiller.fill(skeleton.yaml, actor: parties[0])
        let complete = try AgreementLoader.parse(yaml: filled, file: "pax-\(id).yaml")
        #expect(complete.provisions.count == skeleton.categories.count + 1)
    }

    @Test("every third agreement of the PA-X file (623 of 1,868) gives a skeleton that loads as written and once filled")
    func manyAgreementsLoad() throws {
        let rows = try PAXFixtures.all.get().rows
        // Every row passes (checked when this was written); a third of them, spread over the whole
        // file, keeps the debug-build test at a few seconds on a busy machine.
        let sample = rows.enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
        var stubCount = 0
        for row in sample {
            let skeleton = try AgreementSkeleton(row: row)
            // Filled, the file is the file as written with its stubs turned into provisions that
            // nothing else refers to: when it loads, the file as written loads too.
            let filled = StubFiller.fill(skeleton.yaml, actor: skeleton.parties[0].id)
            #expect(throws: Never.self, "AgtId \(row.agtId)") { try AgreementLoader.parse(yaml: filled, file: "pax-\(row.agtId).yaml") }
            stubCount += skeleton.categories.count
        }
        #expect(sample.count == 623)
        #expect(stubCount > sample.count)
    }

    // MARK: - Awkward rows

    @Test("quotes, backslashes, line breaks and control characters in PA-X text do not break the YAML")
    func awkwardText() throws {
        let name = "The \"Quoted\" Accord: C:\\path #1\r\n- second line\u{2028}with a separator\u{0007}"
        let row = PAXAgreementRow(
            agtId: 9001, file: "pax.csv", line: 2,
            cells: [
                "Agt": name, "Dat": "1 May 2003", "Part": "1. Side *A*\r\n2. \"Side\" B # not a comment\r\nSd/xxx",
                "ThrdPart": "Witnessed by:\r\n\r\nUnited Nations: Kofi Annan", "Con": "Line\nbreak", "CeGen": "1",
            ])
        let skeleton = try AgreementSkeleton(row: row)
        let agreement = try AgreementLoader.parse(yaml: skeleton.yaml, file: "awkward.yaml")
        #expect(agreement.title == "The \"Quoted\" Accord: C:\\path #1 - second line with a separator")
        #expect(agreement.signed == Day(iso: "2003-05-01"))
        #expect(agreement.id == "quoted-accord-c-path-pax-9001")
        #expect(agreement.actors.map(\.name) == ["Side A", "\"Side\" B # not a comment", "United Nations"])
        #expect(agreement.parties == ["SIDE_A", "SIDE_B_NOT_A_COMMENT"])
        #expect(skeleton.yaml.contains("#   Con: Line break"))
        _ = try AgreementLoader.parse(yaml: StubFiller.fill(skeleton.yaml, actor: "SIDE_A"), file: "awkward.yaml")
    }

    @Test("a row whose signatories cannot be identified still loads, with a TODO actor as the party")
    func noIdentifiableSignatories() throws {
        let row = PAXAgreementRow(
            agtId: 9002, file: "pax.csv", line: 2,
            cells: ["Agt": "Unsigned note", "Dat": "2001-01-01", "Part": "(secondary sources suggest that 62 participants were present)"])
        let skeleton = try AgreementSkeleton(row: row)
        let agreement = try AgreementLoader.parse(yaml: skeleton.yaml, file: "note.yaml")
        #expect(agreement.parties == ["SIGNATORY_TODO"])
        #expect(skeleton.categories.isEmpty)
        #expect(skeleton.yaml.contains("PA-X codes none of the topics Truce writes stubs for"))
    }

    @Test("a date Truce cannot read is an error naming the file, line and Dat")
    func unreadableDate() throws {
        let row = PAXAgreementRow(agtId: 9003, file: "pax.csv", line: 7, cells: ["Agt": "Undated", "Dat": "spring 1994", "Part": "A"])
        let error = try #require(throws: TruceError.self) { try AgreementSkeleton(row: row) }
        #expect(error.location == SourceLocation(file: "pax.csv", line: 7, field: "Dat"))
        #expect(error.message.contains("'spring 1994' is not a date Truce can read"))
    }
}
