import TruceModel

/// Declared and verified: for a provision with `verified_by`, what a party reports as done is only
/// `declared` until a report by one of the monitors confirms it — an observation meeting the
/// condition that a monitor reported, or an accepted claim by a monitor about the provision that
/// asserts it.
struct Verification {
    let verifiers: Set<String>
    let observations: [Observation]
    let claims: [Claim]
    let matcher: ActorMatcher

    /// The first day a monitor's report confirms that the provision is done, on or after `done`.
    func verifiedDay(after done: Day, evidence: [EvidenceItem], asOf: Day) -> (day: Day, by: String)? {
        let cited = Set(evidence.filter { $0.kind == .observation && ["satisfies", "confirms", "meets"].contains($0.role) }.map(\.id))
        var found: [(day: Day, by: String)] = []
        // Imprecise reports and claims verify from the last day they may refer to.
        for observation in observations where cited.contains(observation.key) && observation.certainDay <= asOf {
            if let reporter = observation.reportedBy, isVerifier(reporter) { found.append((max(observation.certainDay, done), reporter)) }
        }
        for claim in claims where claim.modality == .done && claim.certainDay <= asOf && ![.contested, .discounted].contains(claim.grade) {
            if let speaker = claim.speakerActor, isVerifier(speaker), claim.certainDay >= done { found.append((claim.certainDay, speaker)) }
        }
        return found.min { $0.day < $1.day }
    }

    private func isVerifier(_ actor: String) -> Bool {
        verifiers.contains(actor) || !matcher.actors(named: actor).isDisjoint(with: verifiers)
    }

    /// `result` with each complied spell before verification shown as `declared`.
    static func apply(_ result: ReadingAssessment, verifiedBy: [String], verification: (Day) -> (day: Day, by: String)?) -> ReadingAssessment {
        guard let done = result.timeline.first(where: { $0.status == .complied || $0.status == .compliedLate }) else { return result }
        let verified = verification(done.from)
        var timeline: [TimelineEntry] = []
        var days = Set(result.timeline.map(\.from))
        if let verified { days.insert(verified.day) }
        for day in days.sorted() {
            var status = result.timeline.last { $0.from <= day }?.status ?? .pending
            if status == .complied || status == .compliedLate, verified.map({ day < $0.day }) ?? true { status = .declared }
            if timeline.last?.status != status { timeline.append(TimelineEntry(from: day, status: status)) }
        }
        var changed = result
        changed.timeline = timeline
        changed.status = timeline.last?.status ?? result.status
        let monitors = verifiedBy.joined(separator: ", ")
        if let verified {
            changed.reason += "; verified by \(verified.by) on \(verified.day)"
        } else {
            changed.reason += "; declared, not verified by \(monitors)"
        }
        return changed
    }
}
