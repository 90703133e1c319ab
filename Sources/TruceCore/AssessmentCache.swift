public import TruceModel
import TruceStorage

/// Assessments kept for reuse: an assessment is a pure function of the agreement, the day, the
/// reading, the snapshot, the linking rules and the evidence, so one computed for the same of all
/// these is the same answer. The evidence is named by the store's ``EvidenceStore/evidenceVersion()``,
/// read on every call: any import, review decision or edit changes it, and the next call assesses afresh.
///
/// Bounded: it keeps the ``capacity`` most recently used assessments. Concurrent calls for the same
/// key share one computation. Failures are not kept.
public actor AssessmentCache {
    /// The core that assesses on a miss.
    public let app: TruceApp
    /// The most assessments kept.
    public let capacity: Int

    private struct Key: Hashable {
        let agreement: Agreement
        let asOf: Day
        let reading: String?
        let snapshot: Int64?
        let linking: LinkingRules
        let evidence: Int64
    }

    private enum Entry {
        case ready(Assessment)
        case computing(Task<Assessment, any Error>)
    }

    private var entries: [Key: Entry] = [:]
    /// Values made from kept assessments (``derived(_:named:_:)``), dropped with their assessment.
    private var derivations: [Key: [String: any Sendable]] = [:]
    /// When each key was last used (a counter, not a clock), for evicting the least recently used.
    private var lastUsed: [Key: UInt64] = [:]
    private var uses: UInt64 = 0
    /// The newest evidence version seen: entries of older ones can never be asked for again.
    private var newestEvidence: Int64 = .min

    /// A cache over `app` keeping at most `capacity` assessments (at least one).
    public init(app: TruceApp, capacity: Int = 256) {
        self.app = app
        self.capacity = max(1, capacity)
    }

    /// How many assessments are kept now.
    public var count: Int { entries.count }
    /// How many assessments were computed (misses), for tests and statistics.
    public private(set) var computed = 0

    /// The assessment `request` asks for: a kept one when the agreement, day, reading, snapshot,
    /// linking rules and evidence are the same, else ``TruceApp/assess(_:)``'s answer, kept.
    /// Requests that register actors write to the store and are not cached: use ``TruceApp/assess(_:)``.
    ///
    /// - Throws: what ``TruceApp/assess(_:)`` throws; what the store throws reading the evidence version.
    public func assessment(_ request: AssessmentRequest) async throws -> Assessment {
        try await keyedAssessment(request).assessment
    }

    /// `make`'s value for the assessment `request` asks for (as ``assessment(_:)`` answers it), made
    /// once per kept assessment and dropped with it: for a front end that turns an assessment into
    /// something costly to redo, such as a rendered page. `name` tells apart the values made from one
    /// assessment. `make` must be a pure function of the assessment and the request's agreement,
    /// since its value is reused for as long as the assessment is.
    ///
    /// - Throws: what ``assessment(_:)`` throws.
    public func derived<Value: Sendable>(
        _ request: AssessmentRequest, named name: String, _ make: @Sendable (Assessment) -> Value
    ) async throws -> Value {
        let (key, assessment) = try await keyedAssessment(request)
        guard let key else { return make(assessment) }
        if let kept = derivations[key]?[name] as? Value { return kept }
        let value = make(assessment)
        // The assessment may have been dropped while it was computed (newer evidence, eviction).
        if case .ready = entries[key] { derivations[key, default: [:]][name] = value }
        derivedMade += 1
        return value
    }

    /// How many derived values were made (misses), for tests and statistics.
    public private(set) var derivedMade = 0

    /// The assessment `request` asks for and the key it is kept under (none when it is not kept).
    private func keyedAssessment(_ request: AssessmentRequest) async throws -> (key: Key?, assessment: Assessment) {
        var request = request
        guard !request.registerActors else { return (nil, try await app.assess(request)) }
        // The key names the day itself, so "today" is fixed before keying.
        let asOf = request.asOf ?? app.clock.today
        request.asOf = asOf
        let evidence = try await app.storage.evidenceVersion()
        if evidence > newestEvidence {
            newestEvidence = evidence
            entries = entries.filter { $0.key.evidence >= evidence }
            lastUsed = lastUsed.filter { $0.key.evidence >= evidence }
            derivations = derivations.filter { $0.key.evidence >= evidence }
        }
        let key = Key(
            agreement: request.agreement, asOf: asOf, reading: request.reading, snapshot: request.snapshot, linking: request.linking,
            evidence: evidence)
        uses += 1
        switch entries[key] {
        case .ready(let assessment):
            lastUsed[key] = uses
            return (key, assessment)
        case .computing(let task):
            lastUsed[key] = uses
            return (key, try await task.value)
        case nil:
            // An unstructured task, so that a caller cancelled while waiting does not cancel the
            // others waiting on the same assessment.
            let app = self.app
            let task = Task { try await app.assess(request) }
            computed += 1
            entries[key] = .computing(task)
            lastUsed[key] = uses
            do {
                let assessment = try await task.value
                if case .computing = entries[key] { entries[key] = .ready(assessment) }
                evictBeyondCapacity()
                return (key, assessment)
            } catch {
                if case .computing = entries[key] {
                    entries[key] = nil
                    lastUsed[key] = nil
                }
                throw error
            }
        }
    }

    /// Drops every kept assessment.
    public func removeAll() {
        entries = [:]
        lastUsed = [:]
        derivations = [:]
    }

    private func evictBeyondCapacity() {
        while entries.count > capacity, let oldest = lastUsed.min(by: { $0.value < $1.value })?.key {
            entries[oldest] = nil
            lastUsed[oldest] = nil
            derivations[oldest] = nil
        }
    }
}
