public import TruceModel

/// Scores an agreement's provisions year by year on the Peace Accords Matrix's
/// implementation scale (0 not initiated, 1 minimal, 2 intermediate, 3 full), from
/// Truce's own assessments.
///
/// For each year the agreement is assessed as of December 31 (or the last day, for
/// the final year) and each provision's status becomes a score by ``score(status:progress:)``:
/// complied and complied late are full implementation; pending and overdue score the
/// measured progress toward the target; violated is 0, flagged; lapsed and
/// inconclusive have no score. A disputed provision is scored under one reading
/// (`text` unless another is chosen) and flagged. docs/exports.md documents the rule.
public struct ImplementationScorer: Sendable {
    public let agreement: Agreement
    /// The reading scores are taken from, for the provisions that have it; the others use their text.
    public let reading: String

    public init(agreement: Agreement, reading: String = Provision.textReading) {
        self.agreement = agreement
        self.reading = reading
    }

    /// One score per provision per year, provisions in the agreement's order within each year.
    ///
    /// - Parameters:
    ///   - source: the evidence.
    ///   - years: the calendar years to score.
    ///   - lastDay: the last day whose evidence counts; the final year is assessed as of
    ///     this day when it comes before December 31. No year may begin after it.
    /// - Throws: ``TruceError`` (`evaluation`) for a year after `lastDay`; what the evaluator throws.
    public func scores(_ source: any EvidenceSource, years: ClosedRange<Int>, through lastDay: Day) throws -> [ImplementationScore] {
        guard years.upperBound <= lastDay.year else {
            throw TruceError(.evaluation, "cannot score \(years.upperBound): the evidence ends on \(lastDay)")
        }
        let evaluator = Evaluator(agreement: agreement)
        var observations = ObservationCache(source: source)
        var scores: [ImplementationScore] = []
        for year in years {
            guard let yearEnd = Day(year: year, month: 12, day: 31) else { continue }
            let assessment = try evaluator.evaluate(source, asOf: min(yearEnd, lastDay))
            for provision in assessment.provisions {
                scores.append(try score(provision, year: year, asOf: assessment.asOf, observations: &observations))
            }
        }
        return scores
    }

    /// The score for a reading's status: 3 for complied and complied late; for pending and
    /// overdue, 0 without progress, 1 under half-way, 2 from half-way (never 3: not done);
    /// 0 for violated; `nil` for lapsed, inconclusive (and disputed, which is no reading's status).
    public static func score(status: Status, progress: Double?) -> Int? {
        switch status {
        case .complied, .compliedLate: 3
        case .pending, .overdue:
            switch progress {
            case .some(let fraction) where fraction >= 0.5: 2
            case .some(let fraction) where fraction > 0: 1
            default: 0
            }
        case .violated: 0
        // Declared, not verified: reported as done, scored as substantial progress until a monitor confirms it.
        case .declared: 2
        case .lapsed, .inconclusive, .disputed: nil
        }
    }

    private func score(
        _ provision: ProvisionAssessment, year: Int, asOf: Day, observations: inout ObservationCache
    ) throws -> ImplementationScore {
        let scored = provision.reading(reading) ?? provision.reading(Provision.textReading) ?? provision.readings[0]
        var progress: Double?
        if scored.status == .pending || scored.status == .overdue {
            progress = try self.progress(of: provision.id, evidence: scored.evidence, observations: &observations)
        }
        let score = Self.score(status: scored.status, progress: progress)
        let disputed = provision.status == .disputed
        var note = scored.reason
        if let progress {
            note = "\(Int((progress * 100).rounded(.down)))% of the way; " + note
        } else if scored.status == .pending || scored.status == .overdue {
            note = "no measured progress; " + note
        }
        if scored.status == .compliedLate { note = "late: " + note }
        if disputed {
            note += "; disputed: " + provision.readings.map { "\($0.reading) \($0.status.rawValue)" }.joined(separator: ", ")
        }
        return ImplementationScore(
            agreement: agreement.id, provision: provision.id, year: year, asOf: asOf, score: score, status: provision.status,
            reading: scored.reading, readingStatus: scored.status, progress: progress, violated: scored.status == .violated,
            disputed: disputed, late: scored.status == .compliedLate, note: note
        )
    }

    /// Progress measured by the observations in the reading's evidence, for obligations
    /// and targets with an indicator; `nil` for the other kinds or without observations.
    private func progress(of id: String, evidence: [EvidenceItem], observations: inout ObservationCache) throws -> Double? {
        guard let provision = agreement.provision(id) else { return nil }
        let condition: IndicatorCondition? =
            switch provision.kind {
            case .target(let target): target.condition
            case .obligation(let obligation): obligation.observation
            default: nil
            }
        guard let condition else { return nil }
        let keys = Set(evidence.filter { $0.kind == .observation }.map(\.id))
        guard !keys.isEmpty else { return nil }
        let cited = try observations.of(condition.indicator).filter { keys.contains($0.key) }
        return ImplementationProgress.fraction(of: condition, observations: cited, start: try agreement.startDay(of: provision))
    }
}

/// Observations by indicator, fetched once per scoring run: every year cites the same ones.
private struct ObservationCache {
    let source: any EvidenceSource
    var byIndicator: [String: [Observation]] = [:]

    init(source: any EvidenceSource) { self.source = source }

    mutating func of(_ indicator: String) throws -> [Observation] {
        if let cached = byIndicator[indicator] { return cached }
        let fetched = try source.observations(indicator: indicator).map(ReadingJudge.judgedOnItsLastDay)
        byIndicator[indicator] = fetched
        return fetched
    }
}
