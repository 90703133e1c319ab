import Foundation
import Testing
import TruceCoder
import TruceModel
import TruceTestSupport

/// Commitments (issue 12 item 5): each rule of `CommitmentFinder` is a statement about English,
/// pinned by sentences of its own, not by one file's errors.
@Suite struct CommitmentFinderTests {
    private let published = Fixtures.day("2020-03-05")

    private func commitments(_ text: String, agreement: Agreement? = nil) -> [CodedCommitment] {
        let article = Article(origin: "t", text: text, publicationDate: published)
        return ArticleCoder(agreement: agreement).code(article).commitments
    }

    private func only(_ text: String, agreement: Agreement? = nil) throws -> CodedCommitment {
        let found = commitments(text, agreement: agreement)
        try #require(found.count == 1, "\(found)")
        return found[0]
    }

    @Test func willAndAnActVerbOweTheAct() throws {
        let cut = try only("The United States will reduce its forces in Afghanistan to 8,600.")
        #expect(cut.act == .withdraw && !cut.negated && cut.modal == "will" && cut.verb == "reduce")
        #expect(cut.obligor?.name == "United States")
        #expect(cut.object?.hasPrefix("its forces in Afghanistan to 8,600") == true)
        #expect(cut.deadline == nil)
    }

    @Test func willNotMakesAProhibition() throws {
        let guarantee = try only("The Taliban will not allow al-Qaeda to use Afghan soil to threaten the United States.")
        #expect(guarantee.act == .allow && guarantee.negated)
        #expect(guarantee.obligor?.name == "Taliban")
    }

    @Test func preventOwesTheOppositeOfAllowing() throws {
        let guarantee = try only("The Taliban pledged to prevent any group from using Afghan territory.")
        #expect(guarantee.act == .allow && guarantee.negated && guarantee.modal == "pledged to")
    }

    @Test(arguments: [
        ("The government agreed to release 5,000 prisoners.", "agreed to"),
        ("The government is committed to releasing 5,000 prisoners.", "committed to"),
        ("The government shall release 5,000 prisoners.", "shall"),
        ("The government must release 5,000 prisoners.", "must"),
        ("The government is to release 5,000 prisoners.", "is to"),
    ])
    func everyModalOfUndertakingStatesACommitment(sentence: String, modal: String) throws {
        let release = try only(sentence)
        #expect(release.act == .release && release.modal == modal && !release.negated)
    }

    @Test func pullingArmedMenAnywhereIsWithdrawing() throws {
        let owed = commitments(
            "Under the deal, the army must withdraw from the town within a week, while the rebels must pull their fighters east of the river.")
        #expect(owed.contains { $0.act == .withdraw && $0.obligor?.text == "rebels" && $0.verb == "pull" })
        // Pulling something else is no withdrawal.
        #expect(commitments("The committee must pull the report from its website.").isEmpty)
    }

    @Test func aVerbWithoutAModalIsNoCommitment() {
        #expect(commitments("The government released 500 prisoners on Tuesday.").isEmpty)
        #expect(commitments("The government will be tested by the talks.").isEmpty)
        #expect(commitments("It was the will of the people.").isEmpty)
    }

    @Test func aModalInsideAConditionIsNoCommitment() throws {
        let found = commitments("If the Taliban will not release the prisoners, the government will halt the talks.")
        #expect(!found.contains { $0.act == .release })
    }

    @Test func byAndADateIsTheDeadline() throws {
        let release = try only("The Taliban will release 1,000 prisoners by 10 March.")
        let deadline = try #require(release.deadline)
        #expect(deadline.due.iso == "2020-03-10" && deadline.text == "by 10 March" && deadline.relative == nil)
        let later = try only("The Taliban will release 1,000 prisoners no later than March 10, 2020.")
        #expect(later.deadline?.due.iso == "2020-03-10")
    }

    @Test func aDeadlineBeforeTheModalCounts() throws {
        let release = try only("By 10 March, the Taliban will release 1,000 prisoners.")
        #expect(release.deadline?.due.iso == "2020-03-10" && release.obligor?.name == "Taliban")
    }

    @Test func withinATimeCountsFromPublication() throws {
        let cut = try only("The United States will reduce its forces to 8,600 within 135 days.")
        let deadline = try #require(cut.deadline)
        #expect(deadline.due.iso == published.adding(days: 135).iso)
        #expect(deadline.relative == RelativeDeadline(amount: 135, unit: .days, base: .publication, from: published))
        #expect(cut.object == "its forces to 8,600")
    }

    @Test func aMonthDeadlineIsDueOnItsLastDay() throws {
        let cut = try only("The United States will withdraw its troops by July.")
        #expect(cut.deadline?.due.iso == "2020-07-31" && cut.deadline?.date.precision == .month)
    }

    @Test func aPassiveCommitmentTakesItsObligorFromBy() throws {
        let release = try only("Up to 5,000 prisoners will be released by the Afghan government by 10 March.")
        #expect(release.act == .release && release.verb == "released")
        #expect(release.obligor?.name.lowercased().contains("afghan") == true)
        #expect(release.deadline?.due.iso == "2020-03-10")
        let unnamed = try only("The prisoners will be released by 10 March, officials said.")
        #expect(unnamed.obligor == nil && unnamed.deadline?.due.iso == "2020-03-10")
    }

    @Test func actsJoinedByAndShareTheModalEachWithItsDeadline() throws {
        let found = commitments(
            "The United States will reduce its forces to 8,600 within 135 days and withdraw all forces within 14 months.")
        try #require(found.count == 2, "\(found)")
        #expect(found.allSatisfy { $0.obligor?.name == "United States" && $0.act == .withdraw })
        #expect(found[0].deadline?.relative?.amount == 135 && found[0].deadline?.relative?.unit == .days)
        #expect(found[1].deadline?.relative?.amount == 14 && found[1].deadline?.relative?.unit == .months)
    }

    @Test func anObjectEndsWhereTheNextModalsClauseBegins() throws {
        let found = commitments(
            "The rebels will free 40 soldiers, including two officers, and the army will release rebel prisoners held in its camps.")
        try #require(found.count == 2, "\(found)")
        #expect(found[0].object == "40 soldiers, including two officers")
        #expect(found[1].object == "rebel prisoners held in its camps")
        // A subject of several words is cut at its conjunction too.
        let troops = try #require(commitments("Government troops will withdraw from the hills, and displaced villagers will return home.").first)
        #expect(troops.object == "from the hills")
    }

    @Test func theWordsAfterTheVerbDecideWhatIsOwed() throws {
        #expect(try only("The Taliban will reduce violence across the country.").act == .reduceViolence)
        #expect(try only("Both sides will begin talks on 10 March.").act == .negotiate)
        #expect(try only("The rebels will stop fighting.").act == .ceaseFire)
        #expect(try only("Israel agreed to a ceasefire.").act == .ceaseFire)
        #expect(commitments("The minister will reduce taxes.").isEmpty)
    }

    @Test(arguments: [
        ("Washington will withdraw its troops by July.", "USAGOV", "United States government", "Washington"),
        ("Under the deal, Washington will cut its troops to 8,600 within 135 days.", "USAGOV", "United States government", "Washington"),
        ("Kabul agreed to release 5,000 prisoners.", "AFGGOV", "Afghanistan government", "Kabul"),
        ("Moscow has pledged to halt the offensive.", "RUSGOV", "Russia government", "Moscow"),
        ("Kyiv will observe the ceasefire.", "UKRGOV", "Ukraine government", "Kyiv"),
        ("Port-au-Prince vowed to disarm the gangs.", "HTIGOV", "Haiti government", "Port-au-Prince"),
    ])
    func aCapitalAsTheSubjectStandsForItsGovernment(sentence: String, code: String, name: String, text: String) throws {
        let found = try only(sentence)
        #expect(found.obligor?.code == code && found.obligor?.name == name && found.obligor?.text == text, "\(String(describing: found.obligor))")
    }

    @Test func aCapitalThatIsAPlaceOwesNothing() throws {
        #expect(try only("In Kabul, the Taliban will release 1,000 prisoners.").obligor?.name == "Taliban")
        #expect(try only("Talks with Washington will begin on 10 March.").obligor?.code != "USAGOV")
        #expect(try only("Kabul residents will leave the country.").obligor?.code != "AFGGOV")
        #expect(try only("The Doha talks will begin on 10 March.").obligor?.code != "QATGOV")
    }

    @Test func aCountryAsTheSubjectIsItself() throws {
        #expect(try only("Afghanistan will release 5,000 prisoners.").obligor?.code == "AFG")
    }

    @Test(arguments: [
        ("The Taliban should release the prisoners.", "should", CommitmentAct.release, false),
        ("The United States ought to withdraw its troops.", "ought to", .withdraw, false),
        ("The militias should not attack civilians.", "should not", .attack, true),
        ("Both sides ought not to launch attacks.", "ought not to", .attack, true),
    ])
    func shouldAndOughtToRecommendAndUndertakeNothing(sentence: String, modal: String, act: CommitmentAct, negated: Bool) throws {
        let found = try only(sentence)
        #expect(found.strength == .recommendation && found.modal == modal && found.negated == negated && found.act == act, "\(found)")
        #expect(try only("The Taliban will release the prisoners.").strength == .undertaking)
    }

    @Test func shouldOpeningAClauseStatesACondition() {
        #expect(!commitments("Should the talks fail, the Taliban will attack again.").contains { $0.strength == .recommendation })
        #expect(commitments("Should the Taliban release the prisoners?").isEmpty)
    }

    @Test func aRecommendationIsLessConfidentThanABindingUndertaking() throws {
        #expect(
            try only("The Taliban should release 1,000 prisoners by 10 March.").confidence
                < only("The Taliban shall release 1,000 prisoners by 10 March.").confidence)
    }

    @Test func aCommitmentWrittenBeforeStrengthsReadsAsAnUndertaking() throws {
        let should = try only("The Taliban should release the prisoners.")
        let encoded = try JSONEncoder().encode(should)
        #expect(try JSONDecoder().decode(CodedCommitment.self, from: encoded) == should)
        var object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        object["strength"] = nil
        let old = try JSONDecoder().decode(CodedCommitment.self, from: try JSONSerialization.data(withJSONObject: object))
        #expect(old.strength == .undertaking && old.act == .release && old.modal == "should")
    }

    @Test func aBindingWordAndAFullStatementAreMoreConfident() throws {
        let full = try only("The Taliban shall release 1,000 prisoners by 10 March.")
        let bare = try only("Prisoners will be released.")
        #expect(full.confidence > bare.confidence)
    }
}

/// Linking commitments to an agreement's provisions: same obligor party and act kind, deadlines agreeing.
@Suite struct CommitmentLinkerTests {
    static let agreement = Fixtures.agreement([
        Provision(
            id: "troops", text: "US forces fall to 8,600 within 135 days.", bound: ["USA"],
            kind: .target(
                Target(
                    due: Fixtures.signedPlus(135, .days),
                    condition: IndicatorCondition(indicator: "troop_level", actor: "USA", comparison: .lessOrEqual, value: 8600)))),
        Provision(
            id: "prisoners", text: "The Taliban release 1,000 prisoners by 10 March.", bound: ["TALIBAN"],
            kind: .obligation(
                Obligation(
                    due: Fixtures.absolute("2020-03-10"),
                    observation: IndicatorCondition(indicator: "prisoners_released", actor: "TALIBAN", comparison: .greaterOrEqual, value: 1000)))),
        Provision(
            id: "no-attacks", text: "The Taliban do not attack coalition forces.", bound: ["TALIBAN"],
            kind: .prohibition(Prohibition(start: DateExpression(anchor: .signed), scope: EventScope(actor1: ["TALIBAN"], actor2: ["COALITION"])))),
    ])

    private func coded(_ text: String) -> [CodedCommitment] {
        let article = Article(origin: "t", text: text, publicationDate: Fixtures.day("2020-03-05"))
        return ArticleCoder(agreement: Self.agreement).code(article).commitments
    }

    @Test func aCommitmentLinksToTheProvisionOfItsObligorActAndDeadline() throws {
        let found = coded("The Taliban will release 1,000 prisoners by 10 March.")
        #expect(found.map(\.provisions) == [["prisoners"]])
        #expect(found.first?.obligor?.name == "TALIBAN")
    }

    @Test func aTimeCountedFromTheSigningCountsFromTheAgreementsSigning() throws {
        let found = coded("The United States will reduce its forces to 8,600 within 135 days of the signing.")
        let commitment = try #require(found.first)
        #expect(commitment.deadline?.due.iso == "2020-07-13")
        #expect(commitment.deadline?.relative?.base == .signing)
        #expect(commitment.provisions == ["troops"])
    }

    @Test func aDeadlineThatDisagreesLinksToNothing() {
        #expect(coded("The Taliban will release 1,000 prisoners by 30 April.").map(\.provisions) == [[]])
    }

    @Test func anotherObligorOrAnotherActLinksToNothing() {
        #expect(coded("The United States will release 1,000 prisoners by 10 March.").map(\.provisions) == [[]])
        #expect(coded("The Taliban will withdraw from the district by 10 March.").allSatisfy { $0.provisions.isEmpty })
    }

    @Test func aCapitalSubjectLinksAsItsCountry() throws {
        let found = coded("Washington will reduce its forces to 8,600 within 135 days of the signing.")
        let commitment = try #require(found.first)
        #expect(commitment.obligor?.name == "USA" && commitment.obligor?.text == "Washington")
        #expect(commitment.provisions == ["troops"])
    }

    @Test func aRecommendationRestatesNoProvision() {
        #expect(coded("The Taliban should release 1,000 prisoners by 10 March.").map(\.provisions) == [[]])
        #expect(coded("The Taliban will release 1,000 prisoners by 10 March.").map(\.provisions) == [["prisoners"]])
    }

    @Test func aProhibitionIsRestatedByANegatedAct() {
        #expect(coded("The Taliban will not attack coalition forces.").map(\.provisions) == [["no-attacks"]])
        #expect(coded("The Taliban will attack coalition forces.").map(\.provisions) == [[]])
    }

    @Test func deadlinesAgreeWithinTheirPrecision() {
        let july = CommitmentDeadline(
            date: ResolvedDate(earliest: Fixtures.day("2020-07-01"), latest: Fixtures.day("2020-07-31"), precision: .month), text: "by July")
        #expect(CommitmentLinker.deadlinesAgree(july, Fixtures.day("2020-07-13")))
        #expect(!CommitmentLinker.deadlinesAgree(july, Fixtures.day("2020-08-13")))
        let day = CommitmentDeadline(date: ResolvedDate(day: Fixtures.day("2020-03-10")), text: "by 10 March")
        #expect(CommitmentLinker.deadlinesAgree(day, Fixtures.day("2020-03-12")))
        #expect(!CommitmentLinker.deadlinesAgree(day, Fixtures.day("2020-03-20")))
    }
}
