import Testing
import TruceCoder
import TruceModel

/// The coder on sentences written for these tests, with Truce's built-in dictionaries.
@Suite struct SentenceCoderTests {
    let coder = SentenceCoder(dictionaries: .builtIn)

    func triples(_ sentence: String, coder: SentenceCoder? = nil) -> [String] {
        (coder ?? self.coder).code(sentence).map { "\($0.source?.code ?? "-") \($0.target?.code ?? "-") \($0.rootCode)" }
    }

    @Test func activeVoiceAttackOnACheckpoint() throws {
        let sentence = "Taliban fighters attacked an Afghan army checkpoint in Kunduz on Tuesday."
        let events = coder.code(sentence)
        let event = try #require(events.first)
        #expect(events.count == 1)
        #expect(event.source?.name == "Taliban")
        #expect(event.source?.code == "AFGINS")
        #expect(event.target?.code == "AFGMIL")
        #expect(event.rootCode == "19")
        let verb = Array(sentence.utf8)[event.verbRange]
        #expect(String(decoding: verb, as: UTF8.self) == "attacked")
    }

    @Test func passiveVoiceTakesTheSourceFromTheByPhrase() {
        #expect(triples("An Afghan police checkpoint was attacked by the Taliban in Helmand late on Sunday.") == ["AFGINS AFGCOP 19"])
        // Without a "by" phrase nobody is known to have acted.
        #expect(triples("An Afghan police checkpoint was attacked in Helmand late on Sunday.").isEmpty)
    }

    @Test func compoundSubjectsActOnEachOtherWhenThereIsNoObject() {
        let found = Set(triples("Russia and Ukraine signed a prisoner exchange agreement in Istanbul."))
        #expect(found == ["RUS UKR 05", "UKR RUS 05"])
    }

    @Test func compoundObjectsEachGetTheEvent() {
        let found = Set(triples("Pakistan condemned India and Afghanistan on Monday."))
        #expect(found == ["PAK IND 11", "PAK AFG 11"])
    }

    @Test func negatedVerbsAreDroppedUnlessAskedFor() throws {
        let sentence = "The Taliban did not attack Afghan forces in Kandahar, a spokesman said."
        #expect(coder.code(sentence).isEmpty)
        var options = SentenceCoder.Options()
        options.includeNegated = true
        let negated = SentenceCoder(dictionaries: .builtIn, options: options).code(sentence)
        let event = try #require(negated.first)
        #expect(event.isNegated)
        #expect(event.rootCode == "19")
    }

    @Test func reportedSpeechCodesTheReportedActAndTheStatement() {
        let found = Set(triples("Afghan officials said the Taliban ambushed Afghan police in Ghazni."))
        #expect(found.contains("AFGINS AFGCOP 19"))
        #expect(found.contains("AFGGOV AFGINS 01"))
    }

    @Test func patternsRefineTheVerbsCode() {
        #expect(triples("US forces launched a drone strike against al-Qaeda in Yemen.") == ["USAMIL IMGMOSALQ 19"])
        #expect(coder.code("US forces launched a drone strike against al-Qaeda in Yemen.").first?.code == "195")
        #expect(coder.code("The Houthis fired missiles at Saudi Arabia overnight.").first?.code == "194")
        #expect(coder.code("The Afghan government released 400 Taliban prisoners on Thursday.").first?.code == "0841")
    }

    @Test func agentsJoinTheCountryAfterThem() {
        #expect(triples("Pakistani police arrested two suspected members of Lashkar-e-Taiba in Lahore.") == ["PAKCOP PAKINS 17"])
    }

    @Test func actorsWithoutAVerbAreStillFound() {
        let sentence = "Ministers from Qatar met Taliban envoys."
        let mentions = coder.actors(in: sentence)
        #expect(mentions.map(\.code) == ["QATGOV", "AFGINSGOV"])
        let first = Array(sentence.utf8)[mentions[0].range]
        #expect(String(decoding: first, as: UTF8.self) == "Ministers from Qatar")
    }

    @Test func dateRestrictedActorsFollowTheDate() throws {
        var dictionaries = CoderDictionaries()
        try dictionaries.add(petrarchText: "GOLLUM\n\t[HOB <950601]\n\t[HOBGOV >950531]\nGONDOR [GON]\n", file: "t.actors.txt")
        try dictionaries.add(petrarchText: "--- ATTACK [190] ---\nATTACK\n", file: "t.verbs.txt")
        let dated = SentenceCoder(dictionaries: dictionaries)
        #expect(dated.code("Gollum attacked Gondor.", on: Day(year: 1990, month: 1, day: 1)).first?.source?.code == "HOB")
        #expect(dated.code("Gollum attacked Gondor.", on: Day(year: 1996, month: 1, day: 1)).first?.source?.code == "HOBGOV")
    }

    @Test func emptyAndPunctuationOnlySentencesGiveNothing() {
        #expect(coder.code("").isEmpty)
        #expect(coder.code(" ,.;!? \n").isEmpty)
        #expect(coder.actors(in: "").isEmpty)
    }

    @Test func tenMegabytesOfOneSentenceReturns() {
        let huge = String(repeating: "Taliban fighters attacked Afghan police and ", count: 240_000)
        #expect(huge.utf8.count > 10_000_000)
        let events = coder.code(huge)
        #expect(events.count < 1_000)
        let noSpaces = String(repeating: "x", count: 10_000_000)
        #expect(coder.code(noSpaces).isEmpty)
    }
}
