import Testing
import TruceCoder
import TruceModel
import TruceTestSupport

/// Who owes a commitment when the sentence does not make them its subject (issue 12 item 5): the one named after
/// "commits … to" or "urged … to", and the sides named together. The sentences are written for these tests.
@Suite struct CommitmentObligorTests {
    private let published = Fixtures.day("2022-09-14")

    private func commitments(_ text: String) -> [CodedCommitment] {
        ArticleCoder().code(Article(origin: "t", text: text, publicationDate: published)).commitments
    }

    @Test func theOneNamedAfterCommitsToOwesTheAct() throws {
        let found = commitments("The accord commits Ethiopia to withdraw from the border towns by October 30.")
        try #require(found.count == 1, "\(found)")
        #expect(found[0].act == .withdraw && found[0].obligor?.name == "Ethiopia" && found[0].strength == .undertaking)
        #expect(found[0].deadline?.date.latest.iso == "2022-10-30")
        let obliges = commitments("The deal obliges the rebels to release all prisoners.")
        #expect(obliges.count == 1 && obliges.first?.act == .release && obliges.first?.obligor != nil)
    }

    @Test(arguments: [
        "The text does not oblige the rebels to stop fighting government forces.",
        "The accord never commits Ethiopia to withdraw from the border towns.",
        "The deal doesn't require the rebels to release all prisoners.",
    ])
    func aVerbOfObligationDeniedOwesNothing(sentence: String) {
        #expect(commitments(sentence).isEmpty, "\(commitments(sentence))")
    }

    @Test func sidesNamedTogetherOweTheAct() throws {
        let both = commitments("Both sides agreed to free their prisoners within 20 days.")
        try #require(both.count == 1, "\(both)")
        #expect(both[0].obligor?.name == "both parties" && both[0].obligor?.code == nil)
        let joined = commitments("The text commits the two parties to allow aid convoys into the city and to withdraw by November 1.")
        #expect(joined.map(\.act) == [.provideAid, .withdraw])
        #expect(joined.allSatisfy { $0.obligor?.name == "both parties" })
        #expect(joined.last?.deadline?.date.latest.iso == "2022-11-01" && joined.first?.deadline == nil)
    }

    @Test func anUrgingRecommendsAndUndertakesNothing() throws {
        let urged = commitments("The envoy urged all parties to stop the fighting.")
        try #require(urged.count == 1, "\(urged)")
        #expect(urged[0].strength == .recommendation && urged[0].act == .ceaseFire && urged[0].obligor?.name == "all parties")
        // "Agreed with" names a partner, not the one who owes.
        let with = commitments("Turkey agreed with Russia to halt the offensive.")
        #expect(with.allSatisfy { $0.obligor?.name != "Russia" })
    }

    @Test func aScheduledTermOfATruceIsACommitment() throws {
        let start = commitments("The ceasefire is due to take effect at 6 a.m. on Friday.")
        try #require(start.count == 1, "\(start)")
        #expect(start[0].act == .ceaseFire && start[0].deadline?.date.earliest.iso == "2022-09-16")
        // Something else that takes effect is no ceasefire.
        #expect(commitments("The new tax is due to take effect on Friday.").isEmpty)
    }

    @Test func aPastDayNamedWithoutByIsNoDeadline() throws {
        let back = commitments("The army shall withdraw to the lines it held on 2 May.")
        try #require(back.count == 1, "\(back)")
        #expect(back[0].deadline == nil)
    }
}
