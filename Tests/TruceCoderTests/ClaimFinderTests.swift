import Testing
import TruceCoder

@Suite struct ClaimFinderTests {
    private func slice(_ text: String, _ range: Range<Int>) -> String {
        String(decoding: Array(text.utf8)[range], as: UTF8.self)
    }

    @Test func quotationFollowedBySaidAndAName() throws {
        let text = "“We will not attack cities,” said U.S. Army Lt. Col. David Fivecoat, commander of 3rd Battalion, 187th Infantry Regiment."
        let claims = ClaimFinder.claims(in: text)
        try #require(claims.count == 1)
        #expect(claims[0].speaker == "U.S. Army Lt. Col. David Fivecoat")
        #expect(claims[0].verb == "said")
        #expect(claims[0].quote == "We will not attack cities")
        #expect(claims[0].isQuotation)
        #expect(slice(text, try #require(claims[0].speakerRange)) == "U.S. Army Lt. Col. David Fivecoat")
        #expect(slice(text, claims[0].quoteRange) == "We will not attack cities,")
    }

    @Test func speakerBeforeTheVerbAndAppositivesLeftOut() throws {
        let text = "\"The checkpoint was hit twice,\" Ahmad Khan, a spokesman for the governor, said on Tuesday."
        let claims = ClaimFinder.claims(in: text)
        try #require(claims.count == 1)
        #expect(claims[0].speaker == "Ahmad Khan")
        #expect(claims[0].quote == "The checkpoint was hit twice")
    }

    @Test func attributionBeforeTheQuotation() throws {
        let text = "The Taliban spokesman tweeted: “Our fighters have captured the district centre.”"
        let claims = ClaimFinder.claims(in: text)
        try #require(claims.count == 1)
        #expect(claims[0].speaker == "The Taliban spokesman")
        #expect(claims[0].verb == "tweeted")
        #expect(claims[0].quote == "Our fighters have captured the district centre.")
    }

    @Test func quotationsSpanningSentencesAndParagraphs() throws {
        let text = """
            “The talks went well. We expect more progress next week,” the envoy said.

            “We have agreed on a timetable for the exchange.

            “The first prisoners go home in March,” he added.
            """
        let claims = ClaimFinder.claims(in: text)
        try #require(claims.count == 2)
        #expect(claims[0].quote == "The talks went well. We expect more progress next week")
        #expect(claims[0].speaker == "the envoy")
        #expect(claims[1].quote == "We have agreed on a timetable for the exchange. The first prisoners go home in March")
        #expect(claims[1].verb == "added")
        // "he" is not a named speaker; "the envoy" is lower-case and kept as the last named one only if capitalised.
        #expect(claims[1].speaker == "he")
    }

    @Test func pronounsTakeTheLastNamedSpeaker() throws {
        let text = "“We are ready,” Zalmay Khalilzad said. “The violence must come down,” he said."
        let claims = ClaimFinder.claims(in: text)
        try #require(claims.count == 2)
        #expect(claims[1].speaker == "Zalmay Khalilzad")
        #expect(claims[1].modality == .done)
        #expect(slice(text, try #require(claims[1].speakerRange)) == "he")
    }

    @Test func aQuotationWithoutAttributionContinuesThePreviousSpeaker() throws {
        let text = "“We are ready,” Khalilzad said. “The violence must come down now.”"
        let claims = ClaimFinder.claims(in: text)
        try #require(claims.count == 2)
        #expect(claims[1].speaker == "Khalilzad")
        #expect(claims[1].speakerRange == nil)
    }

    @Test func reportedSpeechWithoutQuotationMarks() throws {
        let text = """
            The Taliban said in a statement that its fighters had not attacked the base. \
            Five civilians were killed in the blast, provincial officials said. \
            According to the ministry's account, 20 insurgents were detained overnight. \
            The Taliban denied carrying out the attack on the convoy. \
            The Taliban pledged to deny the use of Afghan soil to foreign fighters. \
            The ministry rejected claims that its forces shelled the village.
            """
        let claims = ClaimFinder.claims(in: text)
        try #require(claims.count == 6)
        #expect(claims[0].speaker == "The Taliban")
        #expect(claims[0].quote == "its fighters had not attacked the base")
        #expect(!claims[0].isQuotation)
        #expect(claims[1].speaker == "provincial officials")
        #expect(claims[1].quote == "Five civilians were killed in the blast")
        #expect(claims[2].speaker == "the ministry")
        #expect(claims[2].verb == "According to")
        #expect(claims[2].quote == "20 insurgents were detained overnight")
        #expect(claims[3].modality == .denied)
        #expect(claims[3].quote == "carrying out the attack on the convoy")
        #expect(claims[4].modality == .promised)
        #expect(claims[5].modality == .denied)
        #expect(claims[5].verb == "rejected claims")
        #expect(claims[5].quote == "its forces shelled the village")
    }

    @Test func toldReporters() throws {
        let claims = ClaimFinder.claims(in: "The governor told reporters the road to the city had reopened.")
        try #require(claims.count == 1)
        #expect(claims[0].speaker == "The governor")
        #expect(claims[0].quote == "the road to the city had reopened")
    }

    @Test func scareQuotesAreNotClaims() {
        #expect(ClaimFinder.claims(in: "The group called the deal a \"victory\" for its fighters.").isEmpty)
    }

    @Test func anUnclosedQuoteIsCappedAndDoesNotSwallowTheArticle() throws {
        let rest = String(repeating: "Fighting continued in the north. ", count: 200)
        let text = "The commander said: “We will hold the line.\n\n" + rest + "\n\n“Peace is close,” the envoy said."
        let claims = ClaimFinder.claims(in: text)
        let first = try #require(claims.first)
        #expect(first.quote == "We will hold the line.")
        #expect(first.speaker == "The commander")
        #expect(claims.contains { $0.quote == "Peace is close" && $0.speaker == "the envoy" })
    }

    @Test func badInputNeverCrashes() {
        #expect(ClaimFinder.claims(in: "").isEmpty)
        _ = ClaimFinder.claims(in: "\"\"\"“”“ said said said: “")
        let huge = String(repeating: "“a b c d e f ", count: 200_000)
        _ = ClaimFinder.claims(in: huge)
        let oneSentence = String(repeating: "officials said that ", count: 500_000)
        _ = ClaimFinder.claims(in: oneSentence)
    }
}

@Suite struct ClaimFinderReportedSpeechTests {
    @Test func aSpeakerAfterTheVerbWithoutAComma() throws {
        let text = "The village is a haven for insurgent leaders said U.S. Army Capt. Aaron Schwengler, the company commander."
        let claims = ClaimFinder.claims(in: text)
        try #require(claims.count == 1)
        #expect(claims[0].speaker == "U.S. Army Capt. Aaron Schwengler")
        #expect(claims[0].quote == "The village is a haven for insurgent leaders")
    }

    @Test func verbsThatOnlyReportSpeechBeforeThat() {
        #expect(ClaimFinder.claims(in: "Security forces responded by dropping a grenade into the well.").isEmpty)
        #expect(ClaimFinder.claims(in: "Coalition forces confirmed the arrest of a Taliban leader in Kunduz.").isEmpty)
        #expect(ClaimFinder.claims(in: "Officials confirmed that two rockets hit the base.").count == 1)
    }

    @Test func actsThatLookLikeSpeech() {
        #expect(ClaimFinder.claims(in: "An armed insurgent threatened the patrol and was killed with aimed shots.").isEmpty)
        #expect(ClaimFinder.claims(in: "The leader was detained, as ISAF announced in a previous release.").isEmpty)
        #expect(ClaimFinder.claims(in: "The militia threatened to attack the convoy again.").count == 1)
    }

    @Test func aNegatedReportingVerb() throws {
        let claims = ClaimFinder.claims(in: "The ministry did not say that the convoy was attacked.")
        try #require(claims.count == 1)
        #expect(claims[0].modality == .negated)
        #expect(claims[0].speaker == "The ministry")
    }

    @Test func aStatementThatIsItselfNegativeOrFutureIsNotAPlainAssertion() throws {
        let denial = ClaimFinder.claims(in: "“There are no Russian servicemen there,” Kremlin spokesman Dmitry Peskov told reporters.")
        #expect(denial.first?.modality == .negated)
        let promise = ClaimFinder.claims(in: "His spokesman tweeted that the government would release up to 2,000 prisoners.")
        #expect(promise.first?.modality == .promised)
        // A negation after the statement's first clause leaves it an assertion.
        let assertion = ClaimFinder.claims(in: "Officials said the convoy was attacked, and no one was hurt.")
        #expect(assertion.first?.modality == .done)
    }
}

@Suite struct ClaimFinderTrailingAttributionTests {
    private func only(_ text: String) throws -> FoundClaim {
        let claims = ClaimFinder.claims(in: text)
        try #require(claims.count == 1, "\(claims)")
        return claims[0]
    }

    @Test func saidANameThenAnAppositive() throws {
        let claim = try only("The army shelled rebel bases from November 6 to 12, said Sai Kham, a spokesman for the SSA-North.")
        #expect(claim.speaker == "Sai Kham")
        #expect(claim.quote == "The army shelled rebel bases from November 6 to 12")
    }

    @Test func aSpeakerBetweenCommasBeforeAVerbAndItsAdverbial() throws {
        let claim = try only("A UN team would arrive next week, the UN envoy, Martin Griffiths, stated in a briefing to the council.")
        #expect(claim.speaker == "Martin Griffiths")
        #expect(claim.verb == "stated")
        #expect(claim.quote == "A UN team would arrive next week")
    }

    @Test func anAttributionBeforeATrailingPhrase() throws {
        let claim = try only(
            "The United States will cut its troops to 2,500 by January 15, acting Defense Secretary Christopher Miller announced "
                + "on Tuesday, days before the change of administration.")
        #expect(claim.speaker == "acting Defense Secretary Christopher Miller")
        #expect(claim.verb == "announced")
        #expect(claim.quote == "The United States will cut its troops to 2,500 by January 15")
    }

    @Test func aNameThatLooksLikeAVerbIsNotOne() {
        #expect(ClaimFinder.claims(in: "The United States and the Taliban signed an agreement in Doha on Saturday.").isEmpty)
    }

    @Test func rejectedTheAccusationAndSaid() throws {
        let claim = try only("Mohammed Abdulsalam rejected the accusation and said coalition aircraft were still flying over the province.")
        #expect(claim.speaker == "Mohammed Abdulsalam")
        #expect(claim.verb == "said")
        #expect(claim.quote == "coalition aircraft were still flying over the province")
    }

    @Test func aRelativeClauseBetweenSpeakerAndVerb() throws {
        let claim = try only(
            "Saudi Arabia and the United States, which are monitoring the deal from Jeddah, stated that both sides had violated it.")
        #expect(claim.speaker == "the United States")
        #expect(claim.quote == "both sides had violated it")
    }

    @Test func anotherVerbBeforeSaid() throws {
        let claim = try only("Azerbaijan's foreign ministry apologised and said the helicopter had been shot down by accident.")
        #expect(claim.speaker == "Azerbaijan's foreign ministry")
        #expect(claim.quote == "the helicopter had been shot down by accident")
    }

    @Test func accentedNamesStayWhole() throws {
        let claim = try only("“These crimes will not go unpunished,” said Governor Óscar Gutiérrez.")
        #expect(claim.speaker == "Governor Óscar Gutiérrez")
    }
}

@Suite struct ColonQuoteClaimTests {
    @Test func aNameAndAColonBeforeAQuotationIsItsSpeaker() throws {
        let text = """
            - Foreign Minister Ana Lopez: “We will sign the accord next week.” - Dr. Omar O’Neill: “The border has been quiet for a month.”
            """
        let claims = ClaimFinder.claims(in: text)
        try #require(claims.count == 2)
        #expect(claims[0].speaker == "Foreign Minister Ana Lopez" && claims[0].quote == "We will sign the accord next week.")
        #expect(claims[1].speaker == "Dr. Omar O’Neill")
    }

    @Test func aClauseBeforeAColonIsNoSpeaker() {
        let claims = ClaimFinder.claims(in: "The message on the leaflets was simple: “Leave the village before dawn.”")
        #expect(claims.isEmpty)
    }
}

@Suite struct ToldSomeoneThatClaimTests {
    @Test func theOneToldStandsBetweenTheVerbAndTheClause() throws {
        let claims = ClaimFinder.claims(in: "General Amina Yusuf informed reporters that the convoy had reached the city.")
        try #require(claims.count == 1)
        #expect(claims[0].speaker == "General Amina Yusuf" && claims[0].quote.hasPrefix("the convoy had reached"))
        #expect(ClaimFinder.claims(in: "The army informed the villagers of the curfew on Monday.").isEmpty)
    }
}

@Suite struct ClaimSpeakerTests {
    @Test func theAuthorsOwnVoiceAndWordsLikeAllAreNoSpeakers() {
        #expect(ClaimFinder.claims(in: "I said at the time that the truce would not hold for long.").isEmpty)
        #expect(ClaimFinder.claims(in: "All said the talks had gone well and would resume next week.").isEmpty)
        let kept = ClaimFinder.claims(in: "Our allies said that the truce would hold for at least a month.")
        #expect(kept.count == 1 && kept.first?.speaker == "Our allies")
    }

    @Test func reportedSpeechWrappedOverTwoLinesIsReadWhole() throws {
        // The claims read sentences with the articles' splitter: a hard-wrapped line joins the next.
        let text = "The provincial governor said insurgents had closed the main road to the\ndistrict centre on Tuesday."
        let claims = ClaimFinder.claims(in: text)
        try #require(claims.count == 1)
        #expect(claims[0].speaker == "The provincial governor")
        #expect(claims[0].quote.hasSuffix("district centre on Tuesday"))
    }
}
