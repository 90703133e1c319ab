import Testing
import TruceModel

@testable import TruceCoder

/// Leaders' calls are consultations (issue 12: "a phone call between leaders" was missed): CAMEO 041 when by
/// telephone, 040 when the text says only with whom they spoke.
@Suite struct LeadersCallTests {
    let coder = ArticleCoder()

    func codes(_ sentence: String) -> [String] {
        let text = "KABUL, Afghanistan (June 4, 2021) — " + sentence
        return coder.code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: nil)).events.map(\.code)
    }

    @Test(arguments: [
        "The Pakistani prime minister phoned the Afghan president on Tuesday.",
        "The Afghan president telephoned the Pakistani prime minister on Tuesday.",
        "The Afghan president held a phone call with the Pakistani prime minister on Tuesday.",
        "The Afghan president held a telephone conversation with the Pakistani prime minister on Tuesday.",
        "The Afghan president spoke with the Pakistani prime minister by phone on Tuesday.",
        "The two presidents spoke by telephone on Tuesday.",
    ])
    func aCallIsAConsultationByTelephone(sentence: String) {
        #expect(codes(sentence).contains("041"), "\(sentence)")
    }

    @Test func speakingWithSomeoneIsAConsultation() {
        #expect(codes("The Afghan president spoke with the Pakistani prime minister on Tuesday.") == ["040"])
    }

    @Test(arguments: [
        "The Afghan president spoke to reporters on Tuesday.",  // a statement to the press, not a consultation
        "The talks with the Taliban resumed on Tuesday.",  // "talks" is a noun
        "The phone lines were down on Tuesday.",
    ])
    func speakingOrANounOfTalkAloneIsNoConsultation(sentence: String) {
        #expect(!codes(sentence).contains { $0.hasPrefix("04") }, "\(sentence)")
    }

    @Test func aPhoneCallIsNoAppeal() {
        #expect(!codes("The Afghan president held a phone call with the Pakistani prime minister on Tuesday.").contains { $0.hasPrefix("02") })
    }
}

/// The built-in agents' names read as words: "minister", not the dictionary's "!minist!" set marker.
@Suite struct AgentNameTests {
    @Test func anUnknownMinisterIsNamedAsWritten() throws {
        let text = "KYIV, Ukraine (July 10, 2024) — The foreign minister condemned the attack on a school on Monday."
        let coded = ArticleCoder().code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: nil))
        let names = coded.events.compactMap { $0.actor1?.name }
        #expect(!names.isEmpty)
        #expect(names.allSatisfy { !$0.contains("!") }, "\(names)")
    }
}
