import Testing
import TruceModel

@testable import TruceCoder

/// Roles, not nearest words: the doer of an act named by a noun is the actor after "by", and a claim whose
/// attribution is a pronoun or a quantifier is the actor it stands for.
@Suite struct ActorRoleTests {
    let coder = ArticleCoder()

    func code(_ text: String, date: String = "2020-03-05") -> CodingResult {
        coder.code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: date)))
    }

    @Test func theActorAfterByIsTheDoer() {
        let result = code("The first aerial bombing by US forces in eleven days hit Taliban fighters in Helmand province on Wednesday.")
        #expect(result.events.contains { $0.actor1?.code?.hasPrefix("USA") == true && $0.actor2?.code?.hasPrefix("AFGINS") == true })
        #expect(!result.events.contains { $0.actor2?.code?.hasPrefix("USA") == true })
    }

    @Test func aPronounSpeakerIsTheActorNamedBeforeIt() throws {
        let result = code("Hamas would not allow anybody to leave, and then they said that they would allow foreign nationals to leave.")
        let claim = try #require(result.claims.first)
        #expect(claim.speaker == "Hamas")
        #expect(claim.speakerActor?.name == "Hamas")
    }

    @Test func pronounsAndQuantifiersNameNobody() {
        #expect(ArticleCoding.namesNobody("they") && ArticleCoding.namesNobody("all of them") && ArticleCoding.namesNobody("both sides"))
        #expect(!ArticleCoding.namesNobody("Hamas") && !ArticleCoding.namesNobody("one official") && !ArticleCoding.namesNobody(""))
    }
}

extension ActorRoleTests {
    @Test func aParticiplesAgentIsNotTheDoer() {
        let result = code("Hezbollah and other groups backed by Iran attacked Israel on Monday.")
        #expect(!result.events.contains { $0.actor1?.code?.hasPrefix("IRN") == true })
    }
}

/// A compound subject whose second member's name starts with words the dictionaries do not hold ("the State Security
/// Forces") is still one subject: its first member is not lost to the nearest name.
@Suite struct CompoundSubjectTests {
    let coder = ArticleCoder()

    @Test(arguments: [
        ("The Lebanese Army and the State Security Forces will deploy south of the Litani river.", "LBN"),
        ("The Nigerian Army and the Multinational Joint Task Force attacked a Boko Haram camp near Maiduguri on Monday.", "NGA"),
        ("Kenyan police and the Rapid Deployment Unit arrested 12 suspects in Mombasa on Friday.", "KEN"),
    ])
    func theFirstMemberOfACompoundSubjectIsADoer(text: String, country: String) {
        let result = coder.code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: "2024-11-26")))
        #expect(result.events.contains { $0.actor1?.code?.hasPrefix(country) == true }, "\(text)")
    }
}
