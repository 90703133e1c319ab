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
        return Assessment(
            agreement: agreement.id, asOf: requested, provisions: provisions, snapshots: try source.snapshotIDs(), ended: ended)
    }

    static func readingNames(of provision: Provision, selected: String?) -> [String] {
        let all = [Provision.textReading] + provision.readings.map(\.name)
        guard let selected else { return all }
        return all.contains(selected) ? [selected] : [Provision.textReading]
    }
}

/// One evaluation's working state: memoised reading results, so that
/// `requires` can consult the required provision's text reading.
struct EvaluationRun {
    let agreement: Agreement
    let source: any EvidenceSource
    let asOf: Day
    let matcher: ActorMatcher
    let linking: LinkingRules
    /// What the events cover; empty when the source does not know.
    var coverage: [Coverage] = []
    private var memo: [String: ReadingAssessment] = [:]
    private var inProgress: Set<String> = []

    init(agreement: Agreement, source: any EvidenceSource, asOf: Day, matcher: ActorMatcher, linking: LinkingRules = LinkingRules()) {
        self.agreement = agreement
        self.source = source
        self.asOf = asOf
        self.matcher = matcher
        self.linking = linking
    }

    mutating func assess(_ provision: Provision, reading name: String) throws -> ReadingAssessment {
        let key = "\(provision.id)#\(name)"
        if let done = memo[key] { return done }
        guard inProgress.insert(key).inserted else {
            throw TruceError(.evaluation, "provision '\(provision.id)' depends on itself through a cycle of requirements or completion dates")
        }
        defer { inProgress.remove(key) }

        let completions = try completionDays(for: provision)
        var result: ReadingAssessment
        let run = self
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
            result = try verify(provision, result)
        }
        result = try applyRequirements(of: provision, to: result)
        result.evidence.append(contentsOf: try claimEvidence(provision: provision, reading: name))
        result.evidence.sort(by: EvidenceItem.chronological)
        memo[key] = result
        return result
    }

    /// A provision is suspended — `lapsed` — on every day on which a required provision's text reading
    /// is violated, overdue or lapsed (its condition is unmet), and resumes its own status on the day
    /// every requirement holds again (a requirement done late lifts the suspension from that day).
    private mutating func applyRequirements(of provision: Provision, to result: ReadingAssessment) throws -> ReadingAssessment {
        var unmet: [(id: String, spells: [RequirementSpell])] = []
        for id in provision.requires {
            guard let required = agreement.provision(id) else {
                throw TruceError(.evaluation, "provision '\(provision.id)' requires unknown provision '\(id)'")
            }
            let spells = RequirementSpell.unmet(in: try assess(required, reading: Provision.textReading).timeline)
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
            guard let other = agreement.provision(id) else { continue }
            let text = try assess(other, reading: Provision.textReading)
            if let done = text.timeline.first(where: { $0.status == .complied || $0.status == .compliedLate }) {
                days[id] = done.from
            }
        }
        return days
    }

    /// Every provision whose completion a date of `provision` counts from, directly or through another provision's date.
    private func completionDependencies(of provision: Provision) -> [String] {
        var found: [String] = []
        var seen = Set<String>()
        func visit(_ provision: Provision) {
            for field in ["start", "due", "end"] {
                guard let expression = try? agreement.expression(of: provision, field: field) else { continue }
                visit(expression)
            }
            if case .rate(let r) = provision.kind {
                visit(r.baseline.start)
                visit(r.baseline.end)
            }
        }
        func visit(_ expression: DateExpression) {
            guard case .provision(let id, let field) = expression.anchor, seen.insert("\(id).\(field)").inserted else { return }
            if field == DateExpression.doneField {
                found.append(id)
            } else if let other = agreement.provision(id), let next = try? agreement.expression(of: other, field: field) {
                visit(next)
            }
        }
        visit(provision)
        return found
    }

    private func claimEvidence(provision: Provision, reading: String) throws -> [EvidenceItem] {
        try source.claims(aboutProvision: provision.id)
            .filter { ($0.aboutReading == nil || $0.aboutReading == reading) && $0.date <= asOf }
            .map { claim in
                EvidenceItem(
                    kind: .claim, id: claim.key, date: claim.date,
                    summary: "\(claim.speaker) (\(claim.modality.rawValue), \(claim.grade.rawValue)): \(claim.quote)",
                    sources: [claim.source], role: "statement", provenance: claim.provenance
                )
            }
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
