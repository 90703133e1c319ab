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
    public func evaluate(_ source: any EvidenceSource, asOf: Day, reading: String? = nil) throws -> Assessment {
        var run = EvaluationRun(
            agreement: agreement, source: source, asOf: asOf, matcher: ActorMatcher(agreement: agreement), linking: linking)
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
        return Assessment(agreement: agreement.id, asOf: asOf, provisions: provisions, snapshots: try source.snapshotIDs())
    }

    static func readingNames(of provision: Provision, selected: String?) -> [String] {
        let all = [Provision.textReading] + provision.readings.map(\.name)
        guard let selected else { return all }
        return all.contains(selected) ? [selected] : [Provision.textReading]
    }
}

/// One evaluation's working state: memoised reading results, so that
/// `requires` can consult the required provision's text reading, and the
/// agreement's dates, each resolved once.
struct EvaluationRun {
    let agreement: Agreement
    let source: any EvidenceSource
    let asOf: Day
    let matcher: ActorMatcher
    let linking: LinkingRules
    let dates: AgreementDates
    private var memo: [String: ReadingAssessment] = [:]
    private var provisionIndex: [String: Int] = [:]

    init(agreement: Agreement, source: any EvidenceSource, asOf: Day, matcher: ActorMatcher, linking: LinkingRules = LinkingRules()) {
        self.agreement = agreement
        self.source = source
        self.asOf = asOf
        self.matcher = matcher
        self.linking = linking
        dates = AgreementDates(agreement)
        for (position, provision) in agreement.provisions.enumerated() where provisionIndex[provision.id] == nil {
            provisionIndex[provision.id] = position
        }
    }

    mutating func assess(_ provision: Provision, reading name: String) throws -> ReadingAssessment {
        let key = Self.key(provision.id, name)
        if let done = memo[key] { return done }
        try assessRequirements(of: provision, reading: name)
        return try assessOne(provision, reading: name)
    }

    private static func key(_ id: String, _ reading: String) -> String { "\(id)#\(reading)" }

    private func required(_ id: String, by provision: Provision) throws -> Provision {
        guard let position = provisionIndex[id] else {
            throw TruceError(.evaluation, "provision '\(provision.id)' requires unknown provision '\(id)'")
        }
        return agreement.provisions[position]
    }

    /// Assesses the text reading of every provision `provision` requires, directly or not,
    /// deepest first, with an explicit stack: a chain of thousands of `requires` must not
    /// exhaust the thread's stack, and each provision is assessed once.
    private mutating func assessRequirements(of provision: Provision, reading: String) throws {
        let rootKey = Self.key(provision.id, reading)
        var onPath: Set<String> = [rootKey]
        // Each frame: a provision and how many of its requirements have been looked at.
        var stack: [(provision: Provision, next: Int)] = [(provision, 0)]
        while let top = stack.last {
            let requires = top.provision.requires
            if top.next < requires.count {
                stack[stack.count - 1].next += 1
                let dependency = try required(requires[top.next], by: top.provision)
                let key = Self.key(dependency.id, Provision.textReading)
                if memo[key] != nil { continue }
                guard onPath.insert(key).inserted else {
                    throw TruceError(.evaluation, "provision '\(dependency.id)' requires itself through a cycle")
                }
                stack.append((dependency, 0))
                continue
            }
            stack.removeLast()
            // The root is assessed by the caller, in its own reading.
            if !stack.isEmpty {
                _ = try assessOne(top.provision, reading: Provision.textReading)
                onPath.remove(Self.key(top.provision.id, Provision.textReading))
            }
        }
    }

    /// Assesses one reading whose requirements' text readings are already memoised.
    private mutating func assessOne(_ provision: Provision, reading name: String) throws -> ReadingAssessment {
        let key = Self.key(provision.id, name)
        if let done = memo[key] { return done }
        var result = try ReadingJudge(run: self, provision: provision, reading: name).judge()
        result = try applyRequirements(of: provision, to: result)
        result.evidence.append(contentsOf: try claimEvidence(provision: provision, reading: name))
        result.evidence.sort(by: EvidenceItem.chronological)
        memo[key] = result
        return result
    }

    /// A required provision whose text reading is violated, overdue or lapsed
    /// makes this reading lapse from that day on.
    private mutating func applyRequirements(of provision: Provision, to result: ReadingAssessment) throws -> ReadingAssessment {
        var failure: (day: Day, id: String, status: Status)?
        for id in provision.requires {
            let required = try required(id, by: provision)
            guard let text = memo[Self.key(required.id, Provision.textReading)] else {
                throw TruceError(.evaluation, "provision '\(provision.id)' requires itself through a cycle")
            }
            guard let entry = text.timeline.first(where: { $0.status.isAlarming || $0.status == .lapsed }) else { continue }
            if failure == nil || entry.from < failure!.day {
                failure = (entry.from, id, entry.status)
            }
        }
        guard let failure else { return result }
        var lapsed = result
        lapsed.timeline.removeAll { $0.from >= failure.day }
        lapsed.timeline.append(TimelineEntry(from: failure.day, status: .lapsed))
        lapsed.status = .lapsed
        lapsed.reason = "lapsed: requires '\(failure.id)', \(failure.status.rawValue) from \(failure.day)"
        return lapsed
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
