import Foundation
import Testing
import TruceFormats
import TruceModel
import TruceTestSupport

@Suite("AgreementLoader")
struct AgreementLoaderTests {
    // MARK: - The Doha example

    @Test("the Doha example loads with its actors, groups and provisions")
    func dohaExample() throws {
        let agreement = try AgreementLoader.load(path: TestPaths.example("agreement.yaml"))
        #expect(agreement.id == "doha-2020")
        #expect(agreement.title == "Agreement for Bringing Peace to Afghanistan")
        #expect(agreement.signed == Day(iso: "2020-02-29"))
        #expect(agreement.parties == ["USA", "TALIBAN"])
        #expect(agreement.actors.map(\.id) == ["USA", "NATO", "TALIBAN", "GOV", "ANDSF", "ALQAEDA", "ISKP"])
        #expect(
            agreement.groups == [ActorGroup(id: "COALITION", members: ["USA", "NATO"]), ActorGroup(id: "AFGHAN_STATE", members: ["GOV", "ANDSF"])])
        let usa = try #require(agreement.actors.first { $0.id == "USA" })
        #expect(usa.aliases.contains("Military Forces of the United States*"))
        #expect(usa.aliases.contains("USFOR-A"))

        let kinds = agreement.provisions.map { "\($0.id):\($0.kind.name)" }
        #expect(
            kinds == [
                "riv:rate", "no-attacks-on-coalition:prohibition", "troops-8600:target", "withdrawal:target",
                "ct-guarantee:prohibition", "prisoners-5000:obligation", "prisoners-1000:obligation", "talks-start:obligation",
            ])
        #expect(agreement.provision("withdrawal")?.requires == ["ct-guarantee"])

        let prohibition = try #require(agreement.provision("no-attacks-on-coalition"))
        #expect(prohibition.scope?.actor2 == ["COALITION"])
        #expect(prohibition.readings.map(\.name) == ["usa"])
        #expect(prohibition.readings.first?.party == "USA")
        #expect(prohibition.readings.first?.scope?.actor2 == ["COALITION", "AFGHAN_STATE"])
        #expect(prohibition.readings.first?.statedIn?.contains("2020-03-04") == true)

        guard case .rate(let rate) = try #require(agreement.provision("riv")).kind else {
            Issue.record("riv is not a rate")
            return
        }
        #expect(rate.reduction == 0.3)
        #expect(rate.confidence == 0.95)
        #expect(rate.scope.between == [["TALIBAN"], ["COALITION", "AFGHAN_STATE"]])
        #expect(try agreement.resolve(rate.window.start) == Day(iso: "2020-02-22"))
        #expect(try agreement.resolve(rate.baseline.end) == Day(iso: "2020-02-21"))

        guard case .target(let troops) = try #require(agreement.provision("troops-8600")).kind else {
            Issue.record("troops-8600 is not a target")
            return
        }
        #expect(troops.condition == IndicatorCondition(indicator: "troop_level", actor: "USA", comparison: .lessOrEqual, value: 8600))

        guard case .obligation(let talks) = try #require(agreement.provision("talks-start")).kind else {
            Issue.record("talks-start is not an obligation")
            return
        }
        #expect(talks.due == DateExpression(anchor: .provision(id: "prisoners-5000", field: "due")))
        #expect(talks.observation?.comparison == .greaterOrEqual)
    }

    @Test(
        "the Doha example's dates resolve",
        arguments: [
            ("troops-8600", "2020-07-13"), ("withdrawal", "2021-04-29"), ("talks-start", "2020-03-10"),
            ("prisoners-5000", "2020-03-10"), ("riv", "2020-02-28"),
        ])
    func dohaDates(provision id: String, due: String) throws {
        let agreement = try AgreementLoader.load(path: TestPaths.example("agreement.yaml"))
        let provision = try #require(agreement.provision(id))
        #expect(try agreement.dueDay(of: provision) == Day(iso: due))
    }

    @Test("a prohibition starting at the signing has no due day")
    func openEnded() throws {
        let agreement = try AgreementLoader.load(path: TestPaths.example("agreement.yaml"))
        let provision = try #require(agreement.provision("ct-guarantee"))
        #expect(try agreement.startDay(of: provision) == Day(iso: "2020-02-29"))
        #expect(try agreement.dueDay(of: provision) == nil)
    }

    // MARK: - Broken documents

    /// Lines 1–11 of every broken document; provisions start on line 12, keys of an item in column 5.
    static let header = """
        truce: 1
        id: test
        title: Test agreement
        signed: 2020-02-29
        parties: [A, B]
        actors:
          A: {name: Side A}
          B: {name: Side B}
        groups:
          BOTH: [A, B]
        provisions:

        """

    struct Broken: CustomTestStringConvertible, Sendable {
        var name: String
        var provisions: String
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { name }
    }

    static let broken: [Broken] = [
        Broken(
            name: "unknown key, with the closest known key",
            provisions: """
                  - id: p1
                    text: No attacks.
                    kind: prohibition
                    start: signed
                    scope:
                      actor1: [A]
                      actr2: [B]
                """,
            line: 18, column: 7, message: "unknown key 'actr2' in the scope of provision 'p1' (did you mean 'actor2'?)"),
        Broken(
            name: "unknown actor in a scope",
            provisions: """
                  - id: p1
                    text: No attacks.
                    kind: prohibition
                    start: signed
                    scope: {actor1: [A], actor2: [BOHT]}
                """,
            line: 16, column: 35, message: "unknown actor 'BOHT' in 'actor2' of the scope of provision 'p1' (did you mean 'BOTH'?)"),
        Broken(
            name: "unknown provision in requires",
            provisions: """
                  - id: p1
                    text: No attacks.
                    kind: prohibition
                    requires: [p2]
                    start: signed
                    scope: {actor1: [A]}
                """,
            line: 15, column: 16, message: "'requires' names unknown provision 'p2'"),
        Broken(
            name: "requires cycle a → b → a",
            provisions: """
                  - id: a
                    text: A holds if B does.
                    kind: prohibition
                    requires: b
                    start: signed
                    scope: {actor1: [A]}
                  - id: b
                    text: B holds if A does.
                    kind: prohibition
                    requires: [a]
                    start: signed
                    scope: {actor1: [B]}
                """,
            line: 15, column: 15, message: "'requires' form a cycle: a → b → a"),
        Broken(
            name: "date cycle",
            provisions: """
                  - id: a
                    text: Starts a day after B.
                    kind: prohibition
                    start: b.start + 1d
                    scope: {actor1: [A]}
                  - id: b
                    text: Starts when A does.
                    kind: prohibition
                    start: a.start
                    scope: {actor1: [B]}
                """,
            line: 15, column: 12, message: "dates refer to each other in a cycle"),
        Broken(
            name: "impossible date",
            provisions: """
                  - id: p1
                    text: No attacks.
                    kind: prohibition
                    start: 2021-02-30
                    scope: {actor1: [A]}
                """,
            line: 15, column: 12, message: "2021-02-30 is not a date: February 2021 has 28 days"),
        Broken(
            name: "bad date expression",
            provisions: """
                  - id: p1
                    text: No attacks.
                    kind: prohibition
                    start: signed + 3x
                    scope: {actor1: [A]}
                """,
            line: 15, column: 12, message: "'signed + 3x' is not a date: unknown unit 'x'"),
        Broken(
            name: "reading named text",
            provisions: """
                  - id: p1
                    text: No attacks.
                    kind: prohibition
                    start: signed
                    scope: {actor1: [A]}
                    readings:
                      text:
                        scope: {actor1: [A, B]}
                """,
            line: 18, column: 7, message: "a reading cannot be named 'text'"),
        Broken(
            name: "missing required key",
            provisions: """
                  - id: p1
                    kind: prohibition
                    start: signed
                    scope: {actor1: [A]}
                """,
            line: 12, column: 5, message: "provision 'p1' has no 'text'"),
        Broken(
            name: "wrong type",
            provisions: """
                  - id: p1
                    text: No attacks.
                    kind: prohibition
                    bound: {A: yes}
                    start: signed
                    scope: {actor1: [A]}
                """,
            line: 15, column: 12, message: "'bound' of provision 'p1' must be a list such as [A, B], not a mapping"),
        Broken(
            name: "window end before start",
            provisions: """
                  - id: r
                    text: Less violence.
                    kind: rate
                    window: {start: 2020-02-22, end: 2020-02-20}
                    baseline: {start: 2020-01-01, end: 2020-02-21}
                    reduction: 0.3
                    scope: {actor1: [A]}
                """,
            line: 15, column: 38, message: "window.end (2020-02-20) comes before window.start (2020-02-22)"),
        Broken(
            name: "baseline not before the window",
            provisions: """
                  - id: r
                    text: Less violence.
                    kind: rate
                    window: {start: 2020-02-22, end: 2020-02-28}
                    baseline: {start: 2020-01-01, end: 2020-02-25}
                    reduction: 0.3
                    scope: {actor1: [A]}
                """,
            line: 16, column: 40, message: "the baseline must lie entirely before the window"),
        Broken(
            name: "reduction out of range",
            provisions: """
                  - id: r
                    text: Less violence.
                    kind: rate
                    window: {start: 2020-02-22, end: 2020-02-28}
                    baseline: {start: 2020-01-01, end: 2020-02-21}
                    reduction: 1.5
                    scope: {actor1: [A]}
                """,
            line: 17, column: 16, message: "'reduction' of provision 'r' is 1.5; it must be a fraction from 0 up to but not including 1"),
        Broken(
            name: "confidence out of range",
            provisions: """
                  - id: r
                    text: Less violence.
                    kind: rate
                    window: {start: 2020-02-22, end: 2020-02-28}
                    baseline: {start: 2020-01-01, end: 2020-02-21}
                    reduction: 0.3
                    confidence: 0.3
                    scope: {actor1: [A]}
                """,
            line: 18, column: 17, message: "'confidence' of provision 'r' is 0.3; it must lie between 0.5 and 1"),
        Broken(
            name: "YAML syntax error",
            provisions: """
                  - id: p1
                    text: No attacks.
                    kind: prohibition
                    start: signed
                    scope: {actor1: [A]
                """,
            line: 17, column: 1, message: "YAML syntax error"),
        Broken(
            name: "duplicate provision id",
            provisions: """
                  - id: p1
                    text: No attacks.
                    kind: prohibition
                    start: signed
                    scope: {actor1: [A]}
                  - id: p1
                    text: No attacks either.
                    kind: prohibition
                    start: signed
                    scope: {actor1: [B]}
                """,
            line: 17, column: 9, message: "provision id 'p1' is already used on line 12"),
        Broken(
            name: "duplicate key in a mapping",
            provisions: """
                  - id: p1
                    text: No attacks.
                    kind: prohibition
                    start: signed
                    start: signed + 1d
                    scope: {actor1: [A]}
                """,
            line: 16, column: 5, message: "key 'start' appears more than once in the same mapping (first on line 15)"),
        Broken(
            name: "condition syntax",
            provisions: """
                  - id: t
                    text: Fewer troops.
                    kind: target
                    due: signed + 135d
                    indicator: troop_level
                    condition: "=< 8,600"
                """,
            line: 17, column: 16, message: "'=< 8,600' in provision 't' is not a condition"),
        Broken(
            name: "key of another kind",
            provisions: """
                  - id: t
                    text: Fewer troops.
                    kind: target
                    due: signed + 135d
                    indicator: troop_level
                    condition: "<= 8,600"
                    scope: {actor1: [A]}
                """,
            line: 18, column: 5, message: "'scope' does not apply to a target provision"),
        Broken(
            name: "key of another kind, on a kind read with 'an'",
            provisions: """
                  - id: o
                    text: Release the prisoners.
                    kind: obligation
                    due: signed + 10d
                    event: {actor1: [A]}
                    indicator: troop_level
                """,
            line: 17, column: 5,
            message: "'indicator' does not apply to an obligation provision (it belongs to target and maintain); the keys of an obligation are"),
        Broken(
            name: "unknown kind",
            provisions: """
                  - id: p1
                    text: No attacks.
                    kind: prohibiton
                """,
            line: 14, column: 11, message: "unknown kind 'prohibiton' in provision 'p1' (did you mean 'prohibition'?)"),
        Broken(
            name: "due before start",
            provisions: """
                  - id: o
                    text: Talks.
                    kind: obligation
                    start: 2020-03-10
                    due: 2020-03-01
                    observation: {indicator: talks, condition: ">= 1"}
                """,
            line: 16, column: 10, message: "due (2020-03-01) comes before start (2020-03-10)"),
        Broken(
            name: "obligation with nothing to fulfil it",
            provisions: """
                  - id: o
                    text: Talks.
                    kind: obligation
                    due: 2020-03-01
                """,
            line: 12, column: 5, message: "add 'event' (a scope of events) or 'observation'"),
        Broken(
            name: "date refers to an unknown provision",
            provisions: """
                  - id: o
                    text: Talks.
                    kind: obligation
                    due: talk-start.due + 30d
                    observation: {indicator: talks, condition: ">= 1"}
                """,
            line: 15, column: 10, message: "refers to unknown provision 'talk-start'"),
        Broken(
            name: "between needs two sides",
            provisions: """
                  - id: p1
                    text: No fighting.
                    kind: prohibition
                    start: signed
                    scope: {between: [[A]]}
                """,
            line: 16, column: 22, message: "must be two lists of actor or group ids"),
        Broken(
            name: "invalid provision id",
            provisions: """
                  - id: P 1
                    text: No attacks.
                    kind: prohibition
                    start: signed
                    scope: {actor1: [A]}
                """,
            line: 12, column: 9, message: "'P 1' is not a valid provision id"),
    ]

    @Test("a broken document gives the right error at the right place", arguments: broken)
    func brokenDocument(_ case: Broken) throws {
        let errors = Self.errors(of: Self.header + `case`.provisions)
        let expected = errors.first { $0.message.contains(`case`.message) }
        #expect(expected != nil, "no error contains \"\(`case`.message)\"; got:\n\(errors.map(\.description).joined(separator: "\n"))")
        #expect(expected?.location?.line == `case`.line, "\(expected?.description ?? "")")
        #expect(expected?.location?.column == `case`.column, "\(expected?.description ?? "")")
        #expect(expected?.location?.file == "test.yaml")
        #expect(errors.allSatisfy { $0.code == .invalidAgreement })
    }

    @Test("several errors in one document are all reported, in file order")
    func severalErrors() throws {
        let yaml = """
            truce: 1
            id: Bad Id
            title: Test agreement
            signed: 2021-02-30
            parties: [A, C]
            actors:
              A: {name: Side A, alias: [a]}
              B: {name: Side B}
            groups:
              BOTH: [A, B, D]
            provisions:
              - id: p1
                text: No attacks.
                kind: prohibition
                start: signed + 3x
                scope: {actor1: [A], actor2: [E]}
              - id: p2
                kind: target
                due: signed + 1y
                indicator: troop_level
                condition: "<= 0"
            """
        let errors = Self.errors(of: yaml)
        let places = errors.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0)" }
        #expect(places == ["2:5", "4:9", "5:14", "7:21", "10:16", "15:12", "16:35", "17:5"], "\(errors)")
        #expect(errors.count == 8)
        #expect(errors[3].message.contains("did you mean 'aliases'?"))
    }

    @Test("the description lists one error per line as file:line:column: message")
    func description() throws {
        let yaml =
            Self.header + """
                  - id: p1
                    text: No attacks.
                    kind: prohibition
                    start: signed + 3x
                    scope: {actor1: [A], actor2: [E]}
                """
        do {
            _ = try AgreementLoader.parse(yaml: yaml, file: "doha.yaml")
            Issue.record("expected errors")
        } catch let failure as AgreementErrors {
            let lines = failure.description.split(separator: "\n")
            #expect(lines.count == 2)
            #expect(lines[0].hasPrefix("doha.yaml:15:12: 'signed + 3x' is not a date: unknown unit 'x'"))
            #expect(lines[1].hasPrefix("doha.yaml:16:35: unknown actor 'E'"))
        }
    }

    @Test("another format version is refused, alone")
    func version() {
        let errors = Self.errors(of: "truce: 3\nid: x\nbogus: 1\n")
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("format version '3' is not supported") == true)
        #expect(errors.first?.location?.line == 1)
        #expect(errors.first?.location?.column == 8)
    }

    @Test("groups must name known ids and must not contain themselves")
    func groups() {
        let yaml = """
            truce: 1
            id: test
            title: Test agreement
            signed: 2020-02-29
            parties: [A]
            actors:
              A: {name: Side A}
            groups:
              X: [A, Y]
              Y: [X]
              A: [A]
              Z: [Q]
            provisions:
              - id: p1
                text: No attacks.
                kind: prohibition
                start: signed
                scope: {actor1: [X]}
            """
        let errors = Self.errors(of: yaml)
        #expect(errors.contains { $0.message.contains("groups contain each other in a cycle: X → Y → X") && $0.location?.line == 9 })
        #expect(errors.contains { $0.message.contains("group 'A' has the id of an actor") && $0.location?.line == 11 })
        #expect(errors.contains { $0.message.contains("unknown actor 'Q' in group 'Z'") && $0.location?.line == 12 })
    }

    @Test("an empty document and a missing file are clear errors")
    func emptyAndMissing() throws {
        #expect(Self.errors(of: "").first?.message.contains("the file is empty") == true)
        let missing = "/nonexistent/agreement.yaml"
        do {
            _ = try AgreementLoader.load(path: missing)
            Issue.record("expected an error")
        } catch let failure as AgreementErrors {
            #expect(failure.errors.count == 1)
            #expect(failure.errors.first?.code == .unreadableFile)
            #expect(failure.description.contains(missing))
        }
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try AgreementLoader.load(path: folder.path)
            Issue.record("expected an error")
        } catch let failure as AgreementErrors {
            #expect(failure.description.contains("is a folder"))
        }
    }

    @Test("a single value stands for a list of one; milestone is an obligation; conditions take thousands separators")
    func conveniences() throws {
        let yaml =
            Self.header + """
                  - id: m
                    text: Talks begin.
                    kind: milestone
                    bound: A
                    due: signed + 2w
                    event: {actor1: A, event_types: Strategic developments, min_fatalities: 0, dates: possible}
                    observation: {indicator: talks, condition: ">= 1,000.5"}
                """
        let agreement = try AgreementLoader.parse(yaml: yaml, file: "test.yaml")
        let provision = try #require(agreement.provision("m"))
        #expect(provision.bound == ["A"])
        guard case .obligation(let obligation) = provision.kind else {
            Issue.record("not an obligation")
            return
        }
        #expect(obligation.event == EventScope(actor1: ["A"], eventTypes: ["Strategic developments"], minFatalities: 0, dates: .possible))
        #expect(obligation.observation?.value == 1000.5)
        #expect(try agreement.dueDay(of: provision) == Day(iso: "2020-03-14"))
    }

    // MARK: - Helpers

    static func errors(of yaml: String) -> [TruceError] {
        do {
            _ = try AgreementLoader.parse(yaml: yaml, file: "test.yaml")
            return []
        } catch let failure as AgreementErrors {
            return failure.errors
        } catch {
            return [TruceError(.evaluation, "unexpected error type: \(error)")]
        }
    }
}

@Suite struct AgreementActorCodesTests {
    let yaml = """
        truce: 1
        id: codes
        title: Codes
        signed: 2020-02-29
        parties: [TALIBAN]
        actors:
          TALIBAN:
            name: Taliban
            codes: [gdelt:AFGTAL, ucdp:303, nocolon]
        provisions:
          - id: p
            text: p
            kind: prohibition
            start: signed
            scope: {actor1: [TALIBAN]}
        """

    @Test func dataSetCodesAreReadAndChecked() throws {
        do {
            _ = try AgreementLoader.parse(yaml: yaml, file: "codes.yaml")
            Issue.record("a malformed code must be an error")
        } catch let errors as AgreementErrors {
            #expect(errors.errors.count == 1)
            #expect(errors.description.hasPrefix("codes.yaml:9:"))
            #expect(errors.description.contains("nocolon"))
        }
        let fixed = try AgreementLoader.parse(yaml: yaml.replacingOccurrences(of: ", nocolon", with: ""), file: "codes.yaml")
        #expect(fixed.actors.first?.codes == ["gdelt:AFGTAL", "ucdp:303"])
    }
}

/// Agreements with chains of thousands of links load without recursion on them (the timing is
/// in scripts/bench-agreement-chains).
@Suite("AgreementLoader: long chains")
struct AgreementLongChainTests {
    static func yaml(provisions count: Int, groups: Int, cycle: Bool) -> String {
        var text = """
            truce: 1
            id: chains
            title: Chains
            signed: 2020-02-29
            parties: [A]
            actors:
              A: {name: Side A}
            groups:
              G0: [A]

            """
        for index in 1..<max(groups, 1) { text += "  G\(index): [G\(index - 1)]\n" }
        text += "provisions:\n"
        for index in 0..<count {
            let requires = index == 0 ? (cycle ? "\n    requires: [p\(count - 1)]" : "") : "\n    requires: [p\(index - 1)]"
            let due = index == 0 ? "2020-03-10" : "p\(index - 1).due + 1d"
            text += """
                  - id: p\(index)
                    text: Step \(index).
                    kind: obligation
                    bound: [A]\(requires)
                    due: \(due)
                    observation: {indicator: x, condition: ">= 1"}

                """
        }
        return text
    }

    @Test func chainsOfThousandsOfLinksLoad() throws {
        let agreement = try AgreementLoader.parse(yaml: Self.yaml(provisions: 3000, groups: 3000, cycle: false), file: "chains.yaml")
        #expect(agreement.provisions.count == 3000)
        #expect(agreement.groups.count == 3000)
        #expect(try agreement.dueDay(of: agreement.provisions[2999]) == Day(iso: "2020-03-10")!.adding(days: 2999))
    }

    @Test func aLongRequiresCycleIsReportedOnce() throws {
        let errors = AgreementLoaderTests.errors(of: Self.yaml(provisions: 3000, groups: 1, cycle: true))
        let cycles = errors.filter { $0.message.contains("'requires' form a cycle") }
        #expect(cycles.count == 1)
        #expect(cycles.first?.message.hasPrefix("'requires' form a cycle: p0 → p2999 → p2998") == true)
    }
}

@Suite("AgreementLoader: warnings")
struct AgreementWarningTests {
    @Test func aDeadlineBeforeTheSigningIsLoadedWithAWarning() throws {
        let yaml = """
            truce: 1
            id: early
            title: Early
            signed: 2020-02-29
            parties: [A]
            actors:
              A: {name: Side A}
            provisions:
              - id: release
                text: Prisoners released.
                kind: obligation
                bound: [A]
                due: 2019-03-10
                observation: {indicator: x, condition: ">= 1"}
              - id: later
                text: Talks begin.
                kind: obligation
                bound: [A]
                due: 2020-03-10
                observation: {indicator: y, condition: ">= 1"}
            """
        var warnings: [TruceError] = []
        let agreement = try AgreementLoader.parse(yaml: yaml, file: "early.yaml") { warnings.append($0) }
        #expect(agreement.provisions.count == 2)
        try #require(warnings.count == 1)
        #expect(warnings[0].message.contains("provision 'release', due (2019-03-10) is before the signing (2020-02-29)"))
        #expect(warnings[0].location?.line == 13)
    }
}
