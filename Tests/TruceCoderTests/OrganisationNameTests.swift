import Testing
import TruceModel

@testable import TruceCoder

/// An organisation's name the dictionaries do not hold is one actor (issue 12 item 6): title-cased words ending in a
/// noun of organisation ("… Liberation Front", "… Movement", "… Forces"), or such a noun with its "of"/"for" part. The
/// names are made up for these tests, so no dictionary knows them.
@Suite struct OrganisationNameTests {
    let finder = SentenceCoder(dictionaries: .builtIn)

    func named(_ sentence: String) -> [(text: String, code: String)] {
        let bytes = Array(sentence.utf8)
        return finder.actors(in: sentence).map { (String(decoding: bytes[$0.range], as: UTF8.self), $0.code) }
    }

    @Test(arguments: [
        ("The Upland People's Liberation Front agreed to disarm its fighters.", "Upland People's Liberation Front", "REB"),
        ("Fighters loyal to the Coastal Unity and Justice Movement burned a market.", "Coastal Unity and Justice Movement", "REB"),
        // Armed people "of" the group are the group ("Taliban fighters" are the Taliban).
        (
            "Gunmen of the Patriotic Forces for the Defence of the Lakes raided a camp.",
            "Gunmen of the Patriotic Forces for the Defence of the Lakes",
            "REB"
        ),
        ("The Ghana People's Liberation Army shelled a town.", "Ghana People's Liberation Army", "GHAREB"),
        ("The National Union for the Total Renewal of Ghana rejected the deal.", "National Union for the Total Renewal of Ghana", "GHAREB"),
        ("The Kiwanja Workers' Party called for calm.", "Kiwanja Workers' Party", "PTY"),
        ("Popular Resistance Brigades fired rockets at the base.", "Popular Resistance Brigades", "REB"),
        // A body of states is an intergovernmental one.
        ("The Alliance of Coastal States condemned the coup.", "Alliance of Coastal States", "IGO"),
    ])
    func aTitleCasedNameEndingInANounOfOrganisationIsOneActor(sentence: String, text: String, code: String) throws {
        let found = named(sentence)
        let actor = try #require(found.first { $0.text.hasSuffix(text) }, "\(found)")
        #expect(actor.text == text)
        #expect(actor.code == code)
        // No word inside the name ("People", "Forces") is an actor of its own.
        #expect(!found.contains { $0.text != text && text.contains($0.text) }, "\(found)")
    }

    @Test func aCountrysOwnForcesKeepTheirRole() {
        #expect(named("The Ghana Defence Forces attacked a village.").map(\.code) == ["GHAMIL"])
        #expect(named("The Ghana Liberation Forces attacked a village.").map(\.code) == ["GHAREB"])
    }

    @Test(arguments: [
        // Two actors joined by "and": a known actor and a name do not make one name.
        ("Ghana and the Upland Liberation Front signed a truce.", ["Ghana", "Upland Liberation Front"]),
        ("Sudan's army and the Coastal Salvation Forces signed a truce.", ["Sudan's army", "Coastal Salvation Forces"]),
        // A second name right after the head is another actor, not part of the name.
        ("The Upland Liberation Front Chairman Okello spoke.", ["Upland Liberation Front"]),
        // A sentence's first word is capitalised whatever it is: it does not start a name with "of".
        ("Supporters gathered as the Upland Liberation Front marched.", ["Upland Liberation Front"]),
    ])
    func aNameStopsWhereAnotherActorOrClauseBegins(sentence: String, texts: [String]) {
        let found = named(sentence).map(\.text)
        for text in texts { #expect(found.contains(text), "\(found)") }
        #expect(!found.contains { $0.count > texts.map(\.count).max()! && !texts.contains($0) }, "\(found)")
    }

    @Test(arguments: [
        ("The Kenyan-led coalition raided a camp.", "Kenyan-led coalition", "KENMIL"),
        ("Ghana-led forces raided a camp.", "Ghana-led forces", "GHAMIL"),
    ])
    func aForceLedByACountryIsThatCountrysMilitary(sentence: String, text: String, code: String) throws {
        let found = named(sentence)
        let force = try #require(found.first, "\(found)")
        #expect(force.text == text && force.code == code, "\(found)")
    }

    @Test func aForceBackedByACountryIsNotItsMilitary() {
        #expect(!named("Kenyan-backed militias raided a camp.").contains { $0.code.hasSuffix("MIL") && $0.code.hasPrefix("KEN") })
    }

    @Test(arguments: ["The rebels said they would judge the army by its deeds.", "The council said it will police the border."])
    func aWordAfterAModalIsAVerbNotANounOfPeople(sentence: String) {
        let found = named(sentence).map(\.text)
        #expect(!found.contains("judge") && !found.contains("police"), "\(found)")
    }

    @Test func anArticleCodesTheWholeNameAsTheDoer() throws {
        let text = "JUBA, South Sudan (May 9, 2025) — The Upland People's Liberation Front attacked a police post on Sunday."
        let result = ArticleCoder().code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: nil))
        let attack = try #require(result.events.first { $0.code.hasPrefix("19") }, "\(result.events)")
        #expect(attack.actor1?.text == "Upland People's Liberation Front")
    }
}
