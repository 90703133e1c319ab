import Testing
import TruceCoder
import TruceModel
import TruceTestSupport

/// Who an act or a commitment belongs to when the sentence leans on its story (issue 12 item 6): a pronoun subject
/// stands for an actor named before, a go-between is not a side, and a place name found in two countries is the
/// story's country's. The sentences are written for these tests.
@Suite struct ActorsInContextTests {
    private let published = Fixtures.day("2025-03-12")

    private func code(_ text: String) -> CodingResult {
        ArticleCoder().code(ArticleCleaner.article(raw: text, markup: .plain, origin: "t", source: nil, date: published))
    }

    // MARK: - A pronoun subject of a commitment

    @Test(arguments: [
        ("Ethiopia promised to free the detained journalists. It also pledged to withdraw from the border towns by May 1.", "withdraw", "Ethiopia"),
        ("The rebels agreed to a truce on Monday. They will release all prisoners within a week.", "release", "rebels"),
        ("Kenya said on Monday that it will withdraw its troops by June.", "withdraw", "Kenya"),
    ])
    func aPronounSubjectOwesTheCommitmentOfTheActorItStandsFor(text: String, act: String, obligor: String) throws {
        let found = code(text).commitments
        let commitment = try #require(found.first { $0.act.rawValue == act }, "\(found)")
        #expect(commitment.obligor?.text.hasSuffix(obligor) == true, "\(commitment)")
    }

    @Test(arguments: [
        "Ethiopia promised to free the detained journalists. Fuel convoys will be allowed into the region by May 1.",
        "The rebels agreed to a truce on Monday. The displaced will return to their villages within a week.",
        "Kenya promised to reopen the border. We will withdraw our fighters by June, a commander said.",
    ])
    func aSubjectNamingNoActorTakesNoneFromTheSentenceBefore(text: String) {
        let found = code(text).commitments.filter { $0.span.start > 40 }
        #expect(found.allSatisfy { $0.obligor == nil }, "\(found)")
    }

    // MARK: - Mediators

    @Test(arguments: [
        "The army and the Eastern Liberation Front signed a ceasefire on Monday in a deal mediated by Kenya.",
        "The army and the Eastern Liberation Front signed a ceasefire brokered by Kenya and Qatar on Monday.",
        "The army and the Eastern Liberation Front signed a ceasefire on Monday under the auspices of the African Union.",
    ])
    func aGoBetweenIsNotASideOfTheAgreement(text: String) throws {
        let events = code(text).events
        let agreement = try #require(events.first { $0.code.hasPrefix("057") || $0.code.hasPrefix("0871") || $0.code.hasPrefix("03") }, "\(events)")
        #expect(agreement.actor1?.text.contains("army") == true, "\(agreement)")
        #expect(agreement.actor2?.text == "Eastern Liberation Front", "\(agreement)")
    }

    @Test func aMeetingWithOneSideNamedIsWithItsGoBetween() throws {
        let events = code("The Sudanese delegation met in Nairobi on Monday under the auspices of the African Union.").events
        let meeting = try #require(events.first { $0.code.hasPrefix("04") }, "\(events)")
        #expect(meeting.actor1?.code == "SDNGOV", "\(meeting)")
        #expect(meeting.actor2?.text.contains("African Union") == true, "\(meeting)")
    }

    @Test func theMediatingVerbIsAMediationByTheGoBetween() throws {
        let events = code("The army and the Eastern Liberation Front signed a ceasefire on Monday in a deal mediated by Kenya.").events
        let mediation = try #require(events.first { $0.code == "045" }, "\(events)")
        #expect(mediation.actor1?.text == "Kenya", "\(mediation)")
        #expect(mediation.actor2?.text.contains("army") == true, "\(mediation)")
    }

    @Test func aPossessiveOnASideIsNotTheOtherSide() throws {
        let text = "Kenya's Coastal Unity Movement and the army signed a truce on Monday in a deal brokered by Qatar."
        let events = code(text).events
        let agreement = try #require(events.first { $0.code.hasPrefix("057") || $0.code.hasPrefix("0871") || $0.code.hasPrefix("03") }, "\(events)")
        #expect(agreement.actor1?.text != "Kenya" && agreement.actor2?.text != "Kenya", "\(agreement)")
        #expect(agreement.actor1?.text != "Qatar" && agreement.actor2?.text != "Qatar", "\(agreement)")
    }

    @Test func aGoBetweenNamedWithoutAMarkerIsStillASide() throws {
        let events = code("The army signed a ceasefire with Kenya on Monday.").events
        let agreement = try #require(events.first { $0.code.hasPrefix("057") }, "\(events)")
        #expect(agreement.actor2?.text == "Kenya")
    }

    // MARK: - A place name in two countries

    @Test func anAmbiguousPlaceIsInTheStorysCountry() throws {
        let lebanon = code("BEIRUT (Reuters) - Gunmen clashed in Tripoli on Sunday, Lebanese security sources said.").events
        let clash = try #require(lebanon.first { $0.location.place == "Tripoli" }, "\(lebanon)")
        #expect(clash.location.country == "Lebanon" && clash.location.admin1 == "North")
        let libya = code("Gunmen clashed in Tripoli on Sunday, Libyan security sources said. Misrata's brigades deployed.").events
        let other = try #require(libya.first, "\(libya)")
        #expect(other.location.country == "Libya" && other.location.admin1 == "Tripoli")
    }

    @Test func aRelativeClauseClosedByACommaLeavesTheMainClauseItsPlace() throws {
        let text = "The Upland Liberation Front, which the government calls a criminal gang, attacked a convoy near Kidal on Monday."
        let events = code(text).events
        let attack = try #require(events.first { $0.code.hasPrefix("19") }, "\(events)")
        #expect(attack.location.admin1 == "Kidal", "\(attack.location)")
        let open = code("Gunmen killed a commander, who led operations in Kidal, Gao and Menaka, on Monday in Mopti.").events
        #expect(open.allSatisfy { $0.location.admin1 != "Kidal" }, "\(open.map(\.location))")
    }

    @Test func anAmbiguousPlaceAloneKeepsTheGazetteersFirstReading() {
        let places = Gazetteer.places(in: "Gunmen clashed in Tripoli on Sunday.")
        #expect(places.first?.country == "Libya")
        #expect(places.first?.otherReadings.map(\.country) == ["Lebanon"])
    }
}
