import Foundation
import Testing
import TruceCoder
import TruceModel
import TruceTestSupport

/// The real PETRARCH dictionaries in ../shared/data/petrarch, read from that path.
@Suite struct DictionarySharedFileTests {
    static let folder = "petrarch/petrarch2/dictionaries/"

    static func load(_ files: [String]) throws -> CoderDictionaries {
        var dictionaries = CoderDictionaries()
        for file in files {
            let path = TestPaths.shared(file)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try dictionaries.add(petrarchText: text, file: path)
        }
        return dictionaries
    }

    @Test func phoenixCountriesLoadWithTheirCodes() throws {
        let dictionaries = try Self.load([Self.folder + "Phoenix.Countries.actors.txt"])
        #expect(dictionaries.actors.count > 10_000)
        #expect(dictionaries.actors.lookup("Afghanistan")?.code(on: nil) == "AFG")
        #expect(dictionaries.actors.lookup("Islamic Republic of Afghanistan")?.code(on: nil) == "AFG")
        #expect(dictionaries.actors.lookup("Pakistan")?.code(on: nil) == "PAK")
        // A person whose code depends on the date: Hamid Karzai led the government in 2010.
        let karzai = try #require(dictionaries.actors.lookup("Hamid Karzai"))
        #expect(karzai.code(on: Day(year: 2010, month: 6, day: 1)) == "AFGGOV")
    }

    @Test func phoenixAgentsAndNonStateActorsLoad() throws {
        let dictionaries = try Self.load([
            Self.folder + "Phoenix.agents.txt", Self.folder + "Phoenix.MilNonState.actors.txt", Self.folder + "Phoenix.International.actors.txt",
        ])
        #expect(dictionaries.agents.count > 1_000)
        #expect(dictionaries.agents.lookup("ambassador")?.code == "GOV")
        #expect(dictionaries.actors.lookup("Taliban")?.code(on: nil) == "AFGREB")
        #expect(dictionaries.actors.lookup("Boko Haram")?.code(on: nil) == "NGAREB")
        #expect(dictionaries.actors.lookup("NATO") != nil)
    }

    @Test func cameo2VerbsLoadWithPatternsAndTransformations() throws {
        let dictionaries = try Self.load([Self.folder + "CAMEO.2.0.txt"])
        #expect(dictionaries.verbs.count > 350)
        #expect(dictionaries.verbs.patternCount > 4_000)
        #expect(dictionaries.verbs.transformations.count >= 8)
        #expect(dictionaries.verbs.lookup("killed")?.entry.name == "KILL")
        #expect(dictionaries.verbs.lookup("hanged")?.entry.name == "KILL")
    }

    @Test func validationDictionariesOfBothSuitesLoad() throws {
        let current = try Self.load(
            ["actors", "agents", "verbs", "discards"].map { "petrarch/universalpetrarch/validate/PETR_Validate_\($0)_2_02.txt" })
        #expect(current.actors.lookup("Calenardhon")?.code(on: nil) == "CAL")
        #expect(current.verbs.lookup("cordoned off") != nil)
        let older = try Self.load(["actors", "agents", "verbs", "discards"].map { Self.folder + "PETR.Validate.\($0).txt" })
        #expect(older.verbs.count > 100)
        #expect(older.agents.lookup("foreign minister")?.code == "GOVFRM")
    }
}
