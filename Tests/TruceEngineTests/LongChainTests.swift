import Testing
import TruceEngine
import TruceModel
import TruceTestSupport

/// Agreements with long chains of references: evaluation must neither overflow the stack
/// nor take more than linear time (the timing itself is in scripts/bench-agreement-chains).
@Suite struct LongChainTests {
    /// `p0` due 2020-03-10; each `p(i)` requires `p(i-1)` and is due a day after it.
    func chain(_ length: Int) -> Agreement {
        var provisions: [Provision] = []
        for index in 0..<length {
            let due: DateExpression =
                index == 0
                ? Fixtures.absolute("2020-03-10")
                : DateExpression(anchor: .provision(id: "p\(index - 1)", field: "due"), offset: .init(amount: 1, unit: .days))
            provisions.append(
                Provision(
                    id: "p\(index)", text: "step \(index)",
                    kind: .obligation(Obligation(due: due, observation: IndicatorCondition(indicator: "x", comparison: .greaterOrEqual, value: 1))),
                    requires: index == 0 ? [] : ["p\(index - 1)"]))
        }
        // Listed last first, so that the first provision assessed needs the whole chain below it.
        return Fixtures.agreement(provisions.reversed())
    }

    @Test func aChainOfFiveThousandRequirementsIsAssessedWithoutOverflowingTheStack() throws {
        let length = 5000
        let agreement = chain(length)
        let assessment = try Evaluator(agreement: agreement).evaluate(EvidenceSet(), asOf: Fixtures.day("2021-01-01"))
        #expect(assessment.provisions.count == length)
        let byID = Dictionary(uniqueKeysWithValues: assessment.provisions.map { ($0.id, $0.status) })
        // Nothing was observed: the first is overdue, and every later one lapses because of it.
        #expect(byID["p0"] == .overdue)
        #expect(byID["p\(length - 1)"] == .lapsed)
        #expect(assessment.provisions.filter { $0.status == .lapsed }.count == length - 1)
    }

    @Test func aChainOfDateReferencesResolvesEachLink() throws {
        let agreement = chain(5000)
        let dates = AgreementDates(agreement)
        let last = try #require(agreement.provision("p4999"))
        #expect(try dates.dueDay(of: last) == Fixtures.day("2020-03-10").adding(days: 4999))
        #expect(try agreement.dueDay(of: try #require(agreement.provision("p2"))) == Fixtures.day("2020-03-12"))
    }

    @Test func aLongRequiresCycleIsAnErrorNotACrash() throws {
        var provisions = chain(3000).provisions
        let first = provisions.firstIndex { $0.id == "p0" }!
        provisions[first].requires = ["p2999"]
        let agreement = Fixtures.agreement(provisions)
        #expect(throws: TruceError.self) {
            _ = try Evaluator(agreement: agreement).evaluate(EvidenceSet(), asOf: Fixtures.day("2021-01-01"))
        }
    }

    /// `p0` due 2020-03-10; each `p(i)` is due a day after `p(i-1)` is done: each assessment needs the one before.
    func doneChain(_ length: Int) -> Agreement {
        var provisions: [Provision] = []
        for index in 0..<length {
            let due: DateExpression =
                index == 0
                ? Fixtures.absolute("2020-03-10")
                : DateExpression(anchor: .provision(id: "p\(index - 1)", field: DateExpression.doneField), offset: .init(amount: 1, unit: .days))
            provisions.append(
                Provision(
                    id: "p\(index)", text: "step \(index)",
                    kind: .obligation(Obligation(due: due, observation: IndicatorCondition(indicator: "x", comparison: .greaterOrEqual, value: 1)))))
        }
        return Fixtures.agreement(provisions.reversed())
    }

    @Test func aChainOfFiveThousandCompletionsIsAssessedWithoutOverflowingTheStack() throws {
        let length = 5000
        let assessment = try Evaluator(agreement: doneChain(length)).evaluate(EvidenceSet(), asOf: Fixtures.day("2021-01-01"))
        #expect(assessment.provisions.count == length)
        let byID = Dictionary(uniqueKeysWithValues: assessment.provisions.map { ($0.id, $0.status) })
        #expect(byID["p0"] == .overdue)
        // Nothing is ever done, so every later deadline is still unknown: the same status all along the chain.
        #expect(byID["p1"] != .overdue)
        #expect(Set((1..<length).map { byID["p\($0)"] }).count == 1)
    }

    @Test func aLongChainOfDatesEndingInACompletionResolvesOnceItIsDone() throws {
        var provisions = chain(5000).provisions
        let first = provisions.firstIndex { $0.id == "p0" }!
        provisions.append(
            Provision(
                id: "start", text: "start",
                kind: .obligation(
                    Obligation(
                        due: Fixtures.absolute("2020-03-01"),
                        observation: IndicatorCondition(indicator: "x", comparison: .greaterOrEqual, value: 1)))))
        provisions[first].kind = .obligation(
            Obligation(
                due: DateExpression(anchor: .provision(id: "start", field: DateExpression.doneField)),
                observation: IndicatorCondition(indicator: "x", comparison: .greaterOrEqual, value: 1)))
        let agreement = Fixtures.agreement(provisions)
        let last = try #require(agreement.provision("p4999"))
        let done = AgreementDates(agreement) { $0 == "start" ? Fixtures.day("2020-03-05") : nil }
        #expect(try done.dueDay(of: last) == Fixtures.day("2020-03-05").adding(days: 4999))
        // Not done yet: the first is waiting, and so is every date that refers to it through the chain
        // (the deadline has not arrived), not an error.
        let waiting = AgreementDates(agreement)
        #expect(try waiting.dueDay(of: try #require(agreement.provision("p0"))) == nil)
        #expect(try waiting.dueDay(of: last) == nil)
        #expect(try waiting.dueDay(of: try #require(agreement.provision("p2500"))) == nil)
    }
}
