import Testing
import TruceModel

@testable import TruceCoder

/// A claim is dated when it was made and spoken by whom its pronoun stands for (issue 12 item 6). The sentences are
/// written for these tests.
@Suite struct ClaimDateAndSpeakerTests {
    let coder = ArticleCoder()

    func code(_ text: String) -> CodingResult {
        coder.code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: "2024-03-08")))
    }

    @Test func aDayAfterPublicationIsWhatTheClaimIsAboutNotWhenItWasMade() throws {
        let result = code("The envoy urged both sides to keep the truce ahead of the elections scheduled for December 2024.")
        let claim = try #require(result.claims.first)
        #expect(claim.date?.earliest == Day(iso: "2024-03-08"))
        // A past day in the sentence still dates the claim.
        let said = try #require(code("The envoy said on Tuesday that both sides must keep the truce.").claims.first)
        #expect(said.date?.earliest == Day(iso: "2024-03-05"))
    }

    @Test func aDayToldWithTheSayingDatesItBeforeADayInTheQuote() throws {
        let claim = try #require(code("Rebels shelled the town on Sunday night, officials said on Tuesday.").claims.first)
        #expect(claim.date?.earliest == Day(iso: "2024-03-05"))
        // With no day of its own, the quote's day stands.
        let quoted = try #require(code("Rebels shelled the town on Sunday night, officials said.").claims.first)
        #expect(quoted.date?.earliest == Day(iso: "2024-03-03"))
    }

    @Test func aPronounOpeningTheNextSentenceStandsForTheSubject() throws {
        let result = code(
            "The United Nations called on the government of Sudan to investigate the attack. They stressed that attacks on aid workers are crimes.")
        let claim = try #require(result.claims.first { $0.verb == "stressed" })
        #expect(claim.speaker == "The United Nations" || claim.speaker == "United Nations")
    }
}
