import Testing
import TruceModel

@testable import TruceCoder

/// People and groups the dictionaries do not know (issue 12 item 6): a title before a name is a person of that title's
/// sector, a name before a noun of armed people is the group, and a line in title case is read for its words, not its
/// capitals. The sentences are written for these tests.
@Suite struct PeopleAndGroupsTests {
    let coder = ArticleCoder()

    func coded(_ body: String) -> CodingResult {
        let text = "BAMAKO, Mali (May 9, 2025) — " + body
        return coder.code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: nil))
    }

    func actors(_ sentence: String) -> [ActorMention] {
        SentenceCoder(dictionaries: .builtIn).actors(in: sentence)
    }

    func words(_ mention: ActorMention, in sentence: String) -> String {
        let bytes = Array(sentence.utf8)
        return String(decoding: bytes[mention.range], as: UTF8.self)
    }

    @Test(arguments: [
        ("Secretary Okafor met the envoy on Friday.", "Secretary Okafor", "GOV"),
        ("Gen. Idris Musa al-Tayeb met the envoy on Friday.", "Gen. Idris Musa al-Tayeb", "MIL"),
        ("Lt. Gen. Amara Diallo met the envoy on Friday.", "Lt. Gen. Amara Diallo", "MIL"),
        ("The envoy met Prime Minister Tavita on Friday.", "Prime Minister Tavita", "GOV"),
        ("The envoy met Colonel Assimi Keita on Friday.", "Colonel Assimi Keita", "MIL"),
    ])
    func aTitleBeforeANameIsAPersonOfItsSector(sentence: String, text: String, code: String) throws {
        let person = try #require(
            actors(sentence).first { words($0, in: sentence).hasSuffix(text.split(separator: " ").last!) }, "\(actors(sentence))")
        #expect(words(person, in: sentence) == text)
        #expect(person.code == code)
    }

    @Test func aTitleNamingACountryTakesItsCode() {
        let sentence = "Malian President Goita met U.S. Secretary of State Ruiz on Friday."
        let found = actors(sentence)
        #expect(found.map(\.code) == ["MLIGOV", "USAGOV"], "\(found)")
        #expect(found.map { words($0, in: sentence) } == ["Malian President Goita", "U.S. Secretary of State Ruiz"])
    }

    @Test func aCallBetweenTwoTitledPeopleHasBothSides() throws {
        let events = coded("Secretary Okafor telephoned President Mensah on Wednesday.").events
        let call = try #require(events.first { $0.code.hasPrefix("04") }, "\(events)")
        #expect(call.actor1?.text == "Secretary Okafor" && call.actor1?.code == "GOV")
        #expect(call.actor2?.text == "President Mensah" && call.actor2?.code == "GOV")
    }

    @Test func aTitleWithoutANameIsTheTitleAlone() {
        let sentence = "The secretary said the talks would resume."
        #expect(actors(sentence).map { words($0, in: sentence) } == ["secretary"])
    }

    @Test(arguments: [
        ("The army said M44 rebels attacked a convoy on Monday.", "M44 rebels", "REB"),
        ("M44 rebels attacked a convoy on Monday.", "M44 rebels", "REB"),
        ("FDLK militants attacked a convoy on Monday.", "FDLK militants", "INS"),
        ("Residents said Kalinga fighters attacked a convoy on Monday.", "Kalinga fighters", ActorFinder.unidentifiedArmedGroup),
        ("Residents said Kalinga mercenaries attacked a convoy on Monday.", "Kalinga mercenaries", ActorFinder.unidentifiedArmedGroup),
    ])
    func aNameBeforeANounOfArmedPeopleIsTheGroup(sentence: String, text: String, code: String) throws {
        let group = try #require(actors(sentence).first { words($0, in: sentence) == text }, "\(actors(sentence))")
        #expect(group.code == code)
        #expect(group.name.lowercased().hasPrefix(text.split(separator: " ")[0].lowercased()), "\(group.name)")
    }

    @Test(arguments: [
        "Armed rebels attacked a convoy on Monday.",  // a sentence's first word is capitalised whatever it is
        "On Monday rebels attacked a convoy.",  // a day is no name
        "In May rebels attacked a convoy.",  // nor a month
    ])
    func aCapitalisedWordThatIsNoNameLeavesTheNounAlone(sentence: String) {
        #expect(actors(sentence).contains { words($0, in: sentence) == "rebels" }, "\(actors(sentence))")
    }

    @Test func aKnownGroupKeepsItsCode() {
        let sentence = "RSF fighters attacked a convoy on Monday."
        #expect(actors(sentence).first?.code == "SDNREB")
    }

    @Test func aTitleCaseLineIsReadForItsWords() throws {
        let line = "Four Villagers Were Shot Dead In A Raid On Kamanyola"
        let lowered = TitleCaseLine.lowered(line, dictionaries: .builtIn)
        #expect(lowered.utf8.count == line.utf8.count)
        #expect(lowered.contains(" were ") && lowered.contains(" in a ") && lowered.hasSuffix("Kamanyola"), "\(lowered)")
        // A name the actor dictionary holds stays as written.
        #expect(TitleCaseLine.lowered("Islamic State Fighters Were Killed In A Strike", dictionaries: .builtIn).hasPrefix("Islamic State"))
        // A sentence in ordinary case is left as it is.
        let prose = "Four villagers were shot dead In Kamanyola."
        #expect(TitleCaseLine.lowered(prose, dictionaries: .builtIn) == prose)
    }

    @Test func aTitleCaseLineCountsOnlyItsNumbers() throws {
        let events = coded("Talks resumed on Thursday.\n\nFour Villagers Were Shot Dead In A Raid On Kamanyola\n\nThe army blamed the militia.")
            .events
        let killing = try #require(events.first { $0.fatalities.best != nil }, "\(events)")
        #expect(killing.fatalities.best == 4)
        #expect(!(killing.actor1?.text ?? "").contains("Were") && !(killing.actor2?.text ?? "").contains("Were"))
    }
}

/// Roles across a relative clause (issue 12 item 6): the subject of a verb after ", who …," is the noun before the
/// clause, and so is the subject of the clause's own verb.
@Suite struct RelativeClauseSubjectTests {
    func events(_ sentence: String) -> [SentenceEvent] {
        SentenceCoder(dictionaries: .builtIn, options: .init(requireDyad: false, unattachedAgents: true)).code(sentence)
    }

    @Test func theSubjectBeforeARelativeClauseIsTheMainVerbsToo() throws {
        let found = events("The insurgents, who signed a truce in March, ambushed a police convoy near Kidal on Friday.")
        let ambush = try #require(found.first { $0.code.hasPrefix("19") }, "\(found)")
        #expect(ambush.source?.code == "INS" && ambush.target?.code == "COP")
    }

    @Test func theRelativeClausesVerbHasTheNounBeforeItForItsSubject() throws {
        let found = events("The army, which shelled the rebels last week, denied the reports on Friday.")
        let shelling = try #require(found.first { $0.code.hasPrefix("19") }, "\(found)")
        #expect(shelling.source?.code == "MIL" && shelling.target?.code == "REB")
    }

    @Test func aCommaThatOpensNoRelativeClauseStopsTheSubject() {
        // A clause between commas that opens with no "who" or "which" is no relative clause: the police did not ambush.
        let found = events("Police said on Friday, after weeks of calm, insurgents ambushed a convoy near Kidal.")
        let ambushes = found.filter { $0.code.hasPrefix("19") }
        #expect(!ambushes.isEmpty && ambushes.allSatisfy { $0.source?.code == "INS" }, "\(found)")
    }
}
