import Testing
import TruceModel

@Suite struct AgreementDatesTests {
    func agreement(_ provisions: [Provision]) -> Agreement {
        Agreement(id: "a", title: "A", signed: Day(iso: "2020-02-29")!, parties: [], actors: [], provisions: provisions)
    }

    func obligation(_ id: String, due: DateExpression) -> Provision {
        Provision(
            id: id, text: id,
            kind: .obligation(Obligation(due: due, observation: IndicatorCondition(indicator: "x", comparison: .greaterOrEqual, value: 1))))
    }

    @Test func relativeDatesResolveThroughOtherProvisions() throws {
        let a = agreement([
            obligation("first", due: DateExpression(anchor: .signed, offset: .init(amount: 10, unit: .days))),
            obligation("second", due: DateExpression(anchor: .provision(id: "first", field: "due"), offset: .init(amount: 2, unit: .weeks))),
        ])
        #expect(try a.dueDay(of: a.provisions[1])?.iso == "2020-03-24")
        #expect(try a.startDay(of: a.provisions[1]).iso == "2020-02-29")
        #expect(try a.resolve(DateExpression(anchor: .signed, offset: .init(amount: 1, unit: .years))).iso == "2021-02-28")
    }

    @Test func cyclicDatesAreAnErrorNotAHang() {
        let a = agreement([
            obligation("a", due: DateExpression(anchor: .provision(id: "b", field: "due"))),
            obligation("b", due: DateExpression(anchor: .provision(id: "a", field: "due"), offset: .init(amount: 1, unit: .days))),
        ])
        #expect(throws: TruceError.self) { try a.dueDay(of: a.provisions[0]) }
        do {
            _ = try a.dueDay(of: a.provisions[0])
        } catch let error as TruceError {
            #expect(error.message.contains("cycle"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func unknownProvisionAndFieldAreErrors() {
        let a = agreement([obligation("a", due: DateExpression(anchor: .provision(id: "nope", field: "due")))])
        #expect(throws: TruceError.self) { try a.dueDay(of: a.provisions[0]) }
        #expect(throws: TruceError.self) { try a.resolve(DateExpression(anchor: .provision(id: "a", field: "middle"))) }
    }
}
