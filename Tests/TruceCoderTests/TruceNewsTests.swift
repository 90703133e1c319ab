import Testing
import TruceModel

@testable import TruceCoder

/// A truce agreed to, announced or extended is an agreement event (CAMEO 0871, ACLED "Agreement"), once per
/// article.
@Suite struct TruceNewsTests {
    let coder = ArticleCoder()

    func truces(_ text: String) -> [CodedEvent] {
        coder.code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: "2021-05-20")))
            .events.filter { $0.code.hasPrefix("0871") }
    }

    @Test func agreeingToACeasefireIsATruce() throws {
        let truce = try #require(truces("The prime minister informed me that Israel has agreed to a mutual, unconditional ceasefire.").first)
        #expect(truce.actor1?.name == "Israel" && truce.modality == .done)
        #expect(truce.acledEventType == "Strategic developments" && truce.acledSubEventType == "Agreement")
    }

    @Test func anAnnouncedOrExtendedTruceIsATruce() throws {
        let truce = try #require(truces("I welcome the announcement tonight of a ceasefire between Israel and Hamas.").first)
        #expect(truce.actor1?.name == "Israel" && truce.actor2?.name == "Hamas")
        #expect(truces("We welcome today's announcement of an extension of the truce in Yemen.").count == 1)
    }

    @Test func acceptingAPlanToEndAWarIsATruce() throws {
        let truce = try #require(
            truces("Today the governments accepted the African Union's proposal to end the war between Ethiopia and Eritrea.").first)
        #expect(truce.modality == .done)
        #expect([truce.actor1?.name, truce.actor2?.name].contains("Ethiopia"))
        #expect(truces("The rebels rejected the proposal to end the war between Ethiopia and Eritrea.").isEmpty)
        #expect(truces("The envoys discussed a plan to end the war between Ethiopia and Eritrea.").isEmpty)
        #expect(truces("Eritrea accepted the plan to rebuild the roads damaged in the war.").isEmpty)
    }

    @Test func aTruceNamedAgainIsTheSameTruce() {
        let text =
            "I welcome the announcement of a ceasefire between Israel and Hamas. "
            + "Egypt played a central role in securing the conclusion of the ceasefire between Israel and Hamas."
        #expect(truces(text).count == 1)
    }
}

/// Releasing a statement, a report or an advisory is publishing, not a release of persons; the failure of a side
/// to abide by a truce is a truce not kept.
@Suite struct PublishingIsNoReleaseTests {
    let coder = SentenceCoder(dictionaries: .builtIn, options: SentenceCoder.Options(requireDyad: false, includeNegated: true))

    @Test func releasingADocumentIsNoRelease() {
        #expect(!coder.code("The United States released an updated business advisory on Sudan.").contains { $0.code.hasPrefix("084") })
        #expect(coder.code("Hamas released three hostages to Egypt.").contains { $0.code.hasPrefix("084") })
    }

    @Test func theFailureToAbideIsATruceNotKept() {
        #expect(
            LexicalSentence("The failure of the army and the rebels to abide by the ceasefire deepens our concern.")
                .modality(verbRange: 42..<47) == .negated)
    }
}
