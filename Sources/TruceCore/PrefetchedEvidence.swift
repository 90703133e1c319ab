import Foundation
import TruceModel
import TruceStorage

/// Lets the evaluator, which is pure and synchronous, judge evidence that an asynchronous
/// store holds: each round answers the evaluator's questions from what was fetched before
/// and notes the questions it could not answer; the core fetches those and runs again, until
/// a round asks nothing new. A question's answer may lead to another question (a deadline
/// set by another provision's completion), hence rounds; the evaluator asks each question
/// with the same arguments every time, so the rounds end.
final class PrefetchedEvidence: EvidenceSource, @unchecked Sendable {
    // @unchecked: the lock guards every field; one evaluation uses it at a time anyway.
    private let lock = NSLock()
    private var events: [EventQuestion: [Event]] = [:]
    private var scoped: [EventQuery: [Event]] = [:]
    private var observations: [String: [Observation]] = [:]
    private var claims: [String: [Claim]] = [:]
    private var snapshots: [Int64]?
    private var coverageAnswer: [Coverage]?
    private var namingClaims: [Claim]?
    private var missing = Questions()

    struct EventQuestion: Hashable {
        var from: Day
        var to: Day
        var countries: [String]
    }

    struct Questions {
        var events: Set<EventQuestion> = []
        var scoped: Set<EventQuery> = []
        var observations: Set<String> = []
        var claims: Set<String> = []
        var snapshots = false
        var coverage = false
        var namingClaims = false

        var isEmpty: Bool {
            events.isEmpty && scoped.isEmpty && observations.isEmpty && claims.isEmpty && !snapshots && !coverage && !namingClaims
        }
    }

    func events(from: Day, to: Day, countries: [String]) -> [Event] {
        let question = EventQuestion(from: from, to: to, countries: countries)
        return lock.withLock {
            if let answer = events[question] { return answer }
            missing.events.insert(question)
            return []
        }
    }

    func events(matching query: EventQuery) -> [Event] {
        lock.withLock {
            if let answer = scoped[query] { return answer }
            missing.scoped.insert(query)
            return []
        }
    }

    func observations(indicator: String) -> [Observation] {
        lock.withLock {
            if let answer = observations[indicator] { return answer }
            missing.observations.insert(indicator)
            return []
        }
    }

    func claims(aboutProvision provision: String) -> [Claim] {
        lock.withLock {
            if let answer = claims[provision] { return answer }
            missing.claims.insert(provision)
            return []
        }
    }

    func snapshotIDs() -> [Int64] {
        lock.withLock {
            if let snapshots { return snapshots }
            missing.snapshots = true
            return []
        }
    }

    func coverage() -> [Coverage] {
        lock.withLock {
            if let coverageAnswer { return coverageAnswer }
            missing.coverage = true
            return []
        }
    }

    func claimsNamingProvisions() -> [Claim] {
        lock.withLock {
            if let namingClaims { return namingClaims }
            missing.namingClaims = true
            return []
        }
    }

    /// Runs `evaluate` until it asks nothing that was not fetched, fetching from `store` between rounds.
    ///
    /// - Parameter snapshot: the import whose evidence counts, or `nil` for the evidence as it stands.
    static func run<T>(
        over store: any EvidenceStore, asOf snapshot: Int64?, maximumRounds: Int = 64, _ evaluate: (any EvidenceSource) throws -> T
    ) async throws -> T {
        let evidence = PrefetchedEvidence()
        for _ in 0..<maximumRounds {
            let result = try evaluate(evidence)
            let questions = evidence.takeMissing()
            if questions.isEmpty { return result }
            try await evidence.fetch(questions, from: store, asOf: snapshot)
        }
        throw TruceError(.evaluation, "the assessment kept asking for new evidence after \(maximumRounds) rounds; this is a bug in Truce")
    }

    private func takeMissing() -> Questions {
        lock.withLock {
            defer { missing = Questions() }
            return missing
        }
    }

    private func fetch(_ questions: Questions, from store: any EvidenceStore, asOf snapshot: Int64?) async throws {
        for question in questions.events {
            let answer = try await store.events(from: question.from, to: question.to, countries: question.countries, asOf: snapshot)
            lock.withLock { events[question] = answer }
        }
        // All at once: the store may read the events several scopes share in one pass.
        let queries = Array(questions.scoped)
        let answers = try await store.events(matchingEach: queries, asOf: snapshot)
        guard answers.count == queries.count else {
            throw TruceError(.evaluation, "the store answered \(answers.count) of \(queries.count) event queries; this is a bug in Truce")
        }
        lock.withLock {
            for (query, answer) in zip(queries, answers) { scoped[query] = answer }
        }
        for indicator in questions.observations {
            let answer = try await store.observations(indicator: indicator, asOf: snapshot)
            lock.withLock { observations[indicator] = answer }
        }
        for provision in questions.claims {
            let answer = try await store.claims(aboutProvision: provision, asOf: snapshot)
            lock.withLock { claims[provision] = answer }
        }
        if questions.coverage {
            let answer = try await store.coverage(through: snapshot)
            lock.withLock { coverageAnswer = answer }
        }
        if questions.namingClaims {
            let answer = try await store.claimsNamingProvisions(asOf: snapshot)
            lock.withLock { namingClaims = answer }
        }
        if questions.snapshots {
            let answer = try await store.snapshotIDs(through: snapshot)
            lock.withLock { snapshots = answer }
        }
    }
}
