public import TruceModel

/// Assesses an agreement against evidence as of a day.
///
/// Pure over its inputs: the same agreement, evidence and day give the same
/// ``Assessment``. Every reading of every provision gets a status timeline;
/// a provision whose readings end in different statuses is `disputed`.
public struct Evaluator: Sendable {
    public let agreement: Agreement
    /// How events from different data sets are linked into incidents, which prohibitions and
    /// rates count instead of rows.
    public let linking: LinkingRules

    /// An evaluator that links incidents with the default rules.
    public init(agreement: Agreement) {
        self.init(agreement: agreement, linking: LinkingRules())
    }

    public init(agreement: Agreement, linking: LinkingRules) {
        self.agreement = agreement
        self.linking = linking
    }

    /// Assesses every provision as of `asOf`.
    ///
    /// - Parameters:
    ///   - source: where events, observations and claims come from.
    ///   - asOf: the last day whose evidence counts.
    ///   - reading: when given, only that reading is assessed for the
    ///     provisions that have it; the others are assessed by their text.
    /// - Throws: ``TruceError`` when a date cannot be resolved, or the store fails.
    public func evaluate(_ source: any EvidenceSource, asOf requested: Day, reading: String? = nil) throws -> Assessment {
        // An ended agreement is judged as it stood on its last day: later events do not bind anyone.
        let ended = agreement.ended.flatMap { $0.day < requested ? $0 : nil }
        let asOf = ended?.day ?? requested
        var run = EvaluationRun(
            agreement: agreement, source: source, asOf: asOf, matcher: ActorMatcher(agreement: agreement), linking: linking)
        run.coverage = try source.coverage()
        var provisions: [ProvisionAssessment] = []
        for provision in agreement.provisions {
            let names = Self.readingNames(of: provision, selected: reading)
            var readings: [ReadingAssessment] = []
            for name in names {
                readings.append(try run.assess(provision, reading: name))
            }
            let statuses = Set(readings.map(\.status))
            let status = statuses.count == 1 ? readings[0].status : .disputed
            provisions.append(
                ProvisionAssessment(id: provision.id, kind: provision.kind.name, text: provision.text, status: status, readings: readings)
            )
        }
        let statements = try run.statements()
        let warnings = try ClaimReferences(agreement: agreement).warnings(for: source.claimsNamingProvisions())
        return Assessment(
            agreement: agreement.id, asOf: requested, provisions: provisions, snapshots: try source.snapshotIDs(), ended: ended,
            statements: statements.isEmpty ? nil : statements, warnings: warnings.isEmpty ? nil : warnings)
    }

    static func readingNames(of provision: Provision, selected: String?) -> [String] {
        let all = [Provision.textReading] + provision.readings.map(\.name)
        guard let selected else { return all }
        return all.contains(selected) ? [selected] : [Provision.textReading]
    }
}

/// One evaluation's working state: memoised reading results, so that
/// `requires` can consult the required provision's text reading.
///
/// Provisions are assessed in an order in which everything a provision depends on (the provisions
/// it requires, those whose completion its dates count from) comes first, found without recursion;
/// so a chain of thousands of requirements neither overflows the stack nor is assessed twice.
struct EvaluationRun {
    let agreement: Agreement
    let source: any EvidenceSource
    let asOf: Day
    /// Who the agreement's actors are: as the agreement defines them, or as the reading being judged does.
    var matcher: ActorMatcher
    let linking: LinkingRules
    /// What the events cover; empty when the source does not know.
    var coverage: [Coverage] = []
    /// The agreement's dates, each resolved once, counting from the completions found so far.
    let dates: AgreementDates
    private let completions: CompletionDays
    /// Results by `provision#reading`, shared by the copies of the run a judge holds, so that remembering
    /// one more never copies them all.
    private let memo = Memo()
    /// Whether the provisions others depend on have been assessed, in order.
    private var prepared = false

    private final class Memo {
        var results: [String: ReadingAssessment] = [:]
        var inProgress: Set<String> = []
    }

    /// The day each provision was done (its text reading first complied, on time or late), once assessed.
    private final class CompletionDays {
        var days: [String: Day] = [:]
    }

    init(agreement: Agreement, source: any EvidenceSource, asOf: Day, matcher: ActorMatcher, linking: LinkingRules = LinkingRules()) {
        self.agreement = agreement
        self.source = source
        self.asOf = asOf
        self.matcher = matcher
        self.linking = linking
        let completions = CompletionDays()
        self.completions = completions
        self.dates = AgreementDates(agreement) { completions.days[$0] }
    }

    mutating func assess(_ provision: Provision, reading name: String) throws -> ReadingAssessment {
        if !prepared {
            prepared = true
            try assessDependencies()
        }
        return try assessOne(provision, reading: name)
    }

    /// Assesses the text reading of every provision another depends on, dependencies first, so that
    /// assessing any provision afterwards finds what it needs already done.
    ///
    /// - Throws: ``TruceError`` (`evaluation`) when provisions depend on each other in a cycle.
    private mutating func assessDependencies() throws {
        var dependencies: [[Int]] = []
        var isDependency = [Bool](repeating: false, count: agreement.provisions.count)
        var position: [String: Int] = [:]
        for (index, provision) in agreement.provisions.enumerated() where position[provision.id] == nil {
            position[provision.id] = index
        }
        for provision in agreement.provisions {
            // In the order an assessment consults them: completions first, then requirements.
            let ids = completionDependencies(of: provision) + provision.requires
            let targets = ids.compactMap { position[$0] }
            for target in targets { isDependency[target] = true }
            dependencies.append(targets)
        }
        // Depth-first, with an explicit stack: 0 unvisited, 1 on the path, 2 finished.
        var state = [UInt8](repeating: 0, count: agreement.provisions.count)
        var order: [Int] = []
        for root in agreement.provisions.indices where state[root] == 0 {
            var stack: [(node: Int, next: Int)] = [(root, 0)]
            state[root] = 1
            while let frame = stack.last {
                let targets = dependencies[frame.node]
                guard frame.next < targets.count else {
                    stack.removeLast()
                    state[frame.node] = 2
                    order.append(frame.node)
                    continue
                }
                stack[stack.count - 1].next += 1
                let target = targets[frame.next]
                switch state[target] {
                case 0:
                    state[target] = 1
                    stack.append((target, 0))
                case 1:
                    throw TruceError(
                        .evaluation,
                        "provision '\(agreement.provisions[target].id)' depends on itself through a cycle of requirements or completion dates")
                default:
                    break
                }
            }
        }
        for index in order where isDependency[index] {
            _ = try assessOne(agreement.provisions[index], reading: Provision.textReading)
        }
    }

    private mutating func assessOne(_ provision: Provision, reading name: String) throws -> ReadingAssessment {
        let key = "\(provision.id)#\(name)"
        if let done = memo.results[key] { return done }
        guard memo.inProgress.insert(key).inserted else {
            throw TruceError(.evaluation, "provision '\(provision.id)' depends on itself through a cycle of requirements or completion dates")
        }
        defer { memo.inProgress.remove(key) }

        // A reading other than the text is judged as the provision it reads (its dates, condition,
        // requirements, who is bound), with the actors it redefines.
        let original = provision
        var run = self
        var provision = provision
        if let reading = provision.readings.first(where: { $0.name == name }) {
            provision = provision.read(as: reading)
            if !reading.actors.isEmpty { run.matcher = ActorMatcher(agreement: agreement.read(as: reading)) }
        }
        let completions = try completionDays(for: provision)
        var result: ReadingAssessment
        func judge(_ provision: Provision) throws -> ReadingAssessment {
            try DeadlineExtensions.judge(provision, asOf: run.asOf) {
                try ReadingJudge(run: run, provision: $0, reading: name, completions: completions).judge()
            }
        }
        if provision.each.isEmpty {
            result = try judge(provision)
        } else {
            let members = try provision.each.map { member in (member, try judge(provision.judged(for: member))) }
            result = MemberSum.combine(members, reading: name)
        }
        if !provision.verifiedBy.isEmpty {
            result = try run.verify(provision, result)
        }
        result = try applyRequirements(of: provision, to: result)
        result.evidence.append(contentsOf: try claimEvidence(provision: provision, reading: name))
        result.evidence.sort(by: EvidenceItem.chronological)
        memo.results[key] = result
        if name == Provision.textReading, dates.provision(original.id).map({ $0 == original }) ?? false,
            let done = result.timeline.first(where: { $0.status == .complied || $0.status == .compliedLate })
        {
            self.completions.days[provision.id] = done.from
        }
        return result
    }

    /// A provision is suspended — `lapsed` — on every day on which a required provision's text reading
    /// is violated, overdue or lapsed (its condition is unmet), and resumes its own status on the day
    /// every requirement holds again (a requirement done late lifts the suspension from that day).
    private mutating func applyRequirements(of provision: Provision, to result: ReadingAssessment) throws -> ReadingAssessment {
        var unmet: [(id: String, spells: [RequirementSpell])] = []
        for id in provision.requires {
            guard let required = dates.provision(id) else {
                throw TruceError(.evaluation, "provision '\(provision.id)' requires unknown provision '\(id)'")
            }
            let spells = RequirementSpell.unmet(in: try assessOne(required, reading: Provision.textReading).timeline)
            if !spells.isEmpty { unmet.append((id, spells)) }
        }
        guard !unmet.isEmpty else { return result }
        return RequirementSpell.suspend(result, during: unmet)
    }

    /// Marks what only a party reported as done `declared`, until a monitor's report verifies it.
    private func verify(_ provision: Provision, _ result: ReadingAssessment) throws -> ReadingAssessment {
        let indicator: String? =
            switch provision.kind {
            case .obligation(let o): o.observation?.indicator
            case .target(let t): t.condition.indicator
            case .maintain(let m): m.condition.indicator
            case .prohibition, .rate: nil
            }
        let verification = Verification(
            verifiers: matcher.expand(provision.verifiedBy), observations: try indicator.map { try source.observations(indicator: $0) } ?? [],
            claims: try source.claims(aboutProvision: provision.id), matcher: matcher)
        return Verification.apply(result, verifiedBy: provision.verifiedBy) { done in
            verification.verifiedDay(after: done, evidence: result.evidence, asOf: asOf)
        }
    }

    /// The day each provision that this one's dates count from was done (its text reading first complied,
    /// on time or late); absent while it is not.
    private mutating func completionDays(for provision: Provision) throws -> [String: Day] {
        var days: [String: Day] = [:]
        for id in completionDependencies(of: provision) {
            guard let other = dates.provision(id) else { continue }
            let text = try assessOne(other, reading: Provision.textReading)
            if let done = text.timeline.first(where: { $0.status == .complied || $0.status == .compliedLate }) {
                days[id] = done.from
            }
        }
        return days
    }

    /// Every provision whose completion a date of `provision` counts from, directly or through another provision's date.
    private func completionDependencies(of provision: Provision) -> [String] {
        var expressions: [DateExpression] = []
        for field in ["start", "due", "end"] {
            guard let expression = try? agreement.expression(of: provision, field: field) else { continue }
            expressions.append(expression)
        }
        if case .rate(let r) = provision.kind {
            expressions.append(r.baseline.start)
            expressions.append(r.baseline.end)
        }
        var found: [String] = []
        for expression in expressions {
            if let id = dates.doneAnchor(of: expression), !found.contains(id) { found.append(id) }
        }
        return found
    }

    private func claimEvidence(provision: Provision, reading: String) throws -> [EvidenceItem] {
        try source.claims(aboutProvision: provision.id)
            .filter { ($0.aboutReading == nil || $0.aboutReading == reading) && $0.certainDay <= asOf }
            .map(Self.statement)
    }

    /// The accepted claims about the agreement as a whole, said by the assessment's day, oldest first.
    func statements() throws -> [EvidenceItem] {
        try source.claims(aboutProvision: Claim.wholeAgreement).filter { $0.certainDay <= asOf }.map(Self.statement)
            .sorted(by: EvidenceItem.chronological)
    }

    /// A claim as evidence, dated by the last day it may have been said ("in 2016" counts from 31 December).
    private static func statement(_ claim: Claim) -> EvidenceItem {
        let when = claim.latestDate.map { " [said \(claim.date) to \($0)]" } ?? ""
        return EvidenceItem(
            kind: .claim, id: claim.key, date: claim.certainDay,
            summary: "\(claim.speaker) (\(claim.modality.claimSpelling), \(claim.grade.rawValue)): \(claim.quote)\(when)",
            sources: [claim.source], role: "statement", provenance: claim.provenance
        )
    }
}

extension EvidenceItem {
    /// Oldest first; ties broken by kind and id so output is stable.
    static func chronological(_ a: EvidenceItem, _ b: EvidenceItem) -> Bool {
        if a.date != b.date { return a.date < b.date }
        if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
        return a.id < b.id
    }
}
