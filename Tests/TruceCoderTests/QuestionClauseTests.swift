import Testing
import TruceModel

@testable import TruceCoder

/// A question is not a report of an act (`QuestionClauses`): what it asks about is no event and no commitment,
/// and what the same sentence tells outside the question still is.
@Suite struct QuestionClauseTests {
    let coder = ArticleCoder()

    func code(_ text: String, published: String = "2024-10-01") -> CodingResult {
        coder.code(Article(origin: "test", text: text, publicationDate: Day(iso: published)))
    }

    /// The words of `sentence` that ask.
    func asked(_ sentence: String) -> [String] {
        let bytes = Array(sentence.utf8)
        return QuestionClauses.ranges(in: sentence).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test(arguments: [
        "How many civilians are dead?",
        "How many of Hezbollah’s senior leaders are dead, including its longtime leader Nasrallah?",
        "Did the Taliban attack the checkpoint in Helmand on Tuesday?",
        "Were 20 soldiers killed in Kunduz?",
        "Who killed the aid workers in Gaza?",
        "The Taliban attacked 43 checkpoints in Helmand?",
    ])
    func aQuestionReportsNoAct(sentence: String) {
        #expect(code(sentence).events.isEmpty, "\(code(sentence).events)")
    }

    @Test(arguments: [
        "Many civilians are dead.",
        "The Taliban attacked the checkpoint in Helmand on Tuesday.",
        "20 soldiers were killed in Kunduz.",
    ])
    func theSameWordsToldReportTheAct(sentence: String) {
        #expect(!code(sentence).events.isEmpty, "\(sentence)")
    }

    @Test func aQuestionEndsAtItsMarkAndStartsWhereItsClauseAsks() {
        #expect(asked("How many civilians are dead?") == ["How many civilians are dead?"])
        // A tag or a clause after a conjunction asks; the clause before it tells.
        #expect(asked("The Taliban attacked the checkpoint, didn't they?") == ["didn't they?"])
        #expect(asked("Israel struck Gaza on Monday, but who will pay for it?") == ["who will pay for it?"])
        // A bare interrogative after a comma opens a relative clause: the question runs from the sentence's start.
        #expect(
            asked("How many soldiers died in the attack, which the Taliban claimed?") == [
                "How many soldiers died in the attack, which the Taliban claimed?"
            ])
        // A quoted question asks; the attribution after it tells.
        #expect(asked("“Who killed my son?” the mother asked.") == ["Who killed my son?"])
        #expect(asked("I’m often asked, “Well, why did it take so long?” So we waited.") == ["why did it take so long?"])
        #expect(asked("So what is in the deal? Nothing new.") == ["what is in the deal?"])
    }

    @Test func aHeadlineAsksByItsWordOrder() {
        #expect(asked("How many civilians are dead") == ["How many civilians are dead"])
        #expect(asked("Will the truce hold") == ["Will the truce hold"])
        #expect(asked("Why did the talks in Doha fail") == ["Why did the talks in Doha fail"])
        // An explainer tells; a month is no auxiliary; a closed sentence is no headline.
        #expect(asked("Why Israel struck Gaza").isEmpty)
        #expect(asked("May 3 attacks killed 20 in Kunduz").isEmpty)
        #expect(asked("When the Taliban attacked, 20 soldiers were killed.").isEmpty)
        #expect(asked("20 soldiers were killed.").isEmpty)
    }

    @Test func whatTheSentenceTellsBesideTheQuestionIsStillAnEvent() {
        let told = code("The Taliban attacked the checkpoint in Helmand on Tuesday, didn't they?")
        #expect(!told.events.isEmpty)
        let quoted = code("“Why did they kill my son?” the mother asked.")
        #expect(!quoted.events.contains { EventKinds.isViolent($0.code) }, "\(quoted.events)")
    }

    @Test func blankingKeepsEveryOffset() {
        let sentence = "Israel’s army struck Gaza, but who will pay for it?"
        let blanked = QuestionClauses.blanked(sentence)
        #expect(blanked.utf8.count == sentence.utf8.count)
        #expect(blanked.hasPrefix("Israel’s army struck Gaza, but "))
        #expect(blanked.utf8.dropFirst("Israel’s army struck Gaza, but".utf8.count).allSatisfy { $0 == 0x20 })
        #expect(QuestionClauses.blanked("20 soldiers were killed.") == "20 soldiers were killed.")
    }

    @Test func aQuestionStillSaysWhenTheStoryIs() throws {
        let result = code("What happened in Helmand on 3 March? Taliban fighters attacked the checkpoint in Nad-e Ali.", published: "2024-03-05")
        let attack = try #require(result.events.first, "\(result.events)")
        #expect(attack.date?.earliest == Day(iso: "2024-03-03"))
        #expect(result.events.allSatisfy { $0.span.start > 0 })
        let blanked = QuestionClauses.blanked("Who would have thought two years ago that we would sit here?", keepingDates: Day(iso: "2024-10-01"))
        #expect(blanked.contains("two years ago") && !blanked.contains("thought"))
    }

    @Test func aQuestionOwesNothing() {
        #expect(code("Will the United States withdraw its troops by July?").commitments.isEmpty)
        #expect(code("The United States will withdraw its troops by July.").commitments.count == 1)
    }
}
