import TruceEngine
import TruceFormats
public import TruceModel
import TruceStorage

/// What to assess: an agreement as of a day, optionally under one reading or with the
/// evidence of an earlier snapshot.
public struct AssessmentRequest: Sendable {
    /// The agreement to assess.
    public var agreement: Agreement
    /// The last day whose evidence counts; today when `nil`.
    public var asOf: Day?
    /// Only this reading, where a provision has it; the others by their text.
    public var reading: String?
    /// The evidence as it stood after this import, to reproduce an earlier assessment.
    public var snapshot: Int64?
    /// A provision whose timeline and evidence the caller will show; checked to exist.
    public var explain: String?
    /// How incidents are linked across data sets.
    public var linking: LinkingRules
    /// Whether to record the agreement's actors in the store (for listing unmapped names later)
    /// when it does not hold them yet; off for a store that may not be written.
    public var registerActors: Bool

    /// A request for `agreement`; by default as of today, under every reading, on the latest evidence, registering actors.
    public init(
        agreement: Agreement, asOf: Day? = nil, reading: String? = nil, snapshot: Int64? = nil, explain: String? = nil,
        linking: LinkingRules = LinkingRules(), registerActors: Bool = true
    ) {
        self.registerActors = registerActors
        self.agreement = agreement
        self.asOf = asOf
        self.reading = reading
        self.snapshot = snapshot
        self.explain = explain
        self.linking = linking
    }
}

extension TruceApp {
    /// Reads and checks an agreement file; `warn` hears what loads but deserves a look (a deadline
    /// before the signing, say).
    ///
    /// - Throws: ``AgreementErrors`` with every problem and its line and column, or ``TruceError``
    ///   (`unreadableFile`) when the file cannot be read.
    public func agreement(path: String, warn: (TruceError) -> Void = { _ in }) throws -> Agreement {
        try AgreementLoader.load(path: path, warn: warn)
    }

    /// Checks an agreement written in YAML; `name` names it in error locations.
    public func agreement(yaml: String, name: String, warn: (TruceError) -> Void = { _ in }) throws -> Agreement {
        try AgreementLoader.parse(yaml: yaml, file: name, warn: warn)
    }

    /// Assesses every provision of the agreement against the stored evidence, and records the
    /// agreement's actors (when asked and not yet recorded) so that unmapped names can be listed
    /// without naming it again. Assessing writes nothing else.
    ///
    /// - Throws: ``TruceError`` with `parameter` `explain`, `reading` or `snapshot` when the request
    ///   names a provision, reading or snapshot that does not exist; what the evaluator or store throws.
    public func assess(_ request: AssessmentRequest) async throws -> Assessment {
        let agreement = request.agreement
        try Self.check(request)
        if let snapshot = request.snapshot {
            try await checkSnapshot(snapshot)
        }
        if request.registerActors, try await !storage.isRegistered(agreement) {
            try await storage.register(agreement)
        }
        let evaluator = Evaluator(agreement: agreement, linking: request.linking)
        let asOf = request.asOf ?? clock.today
        return try await PrefetchedEvidence.run(over: storage, asOf: request.snapshot) { evidence in
            try evaluator.evaluate(evidence, asOf: asOf, reading: request.reading)
        }
    }

    /// Scores each provision for each year on the Peace Accords Matrix's scale (see
    /// ``ImplementationScorer``); the years default to the signing's through the last day's.
    public func implementationScores(_ request: ScoresRequest) async throws -> ScoresDocument {
        let agreement = request.agreement
        try Self.checkReading(request.reading, of: agreement)
        let lastDay = request.asOf ?? clock.today
        let first = request.fromYear ?? agreement.signed.year
        let last = request.toYear ?? lastDay.year
        guard last <= lastDay.year else {
            throw TruceError(.invalidInput, "the last year, \(last), is after the last day assessed, \(lastDay)", parameter: "to_year")
        }
        guard first <= last else {
            throw TruceError(.invalidInput, "the first year, \(first), is after the last year, \(last)", parameter: "from_year")
        }
        let scorer = ImplementationScorer(agreement: agreement, reading: request.reading)
        let scores = try await PrefetchedEvidence.run(over: storage, asOf: nil) { evidence in
            try scorer.scores(evidence, years: first...last, through: lastDay)
        }
        return ScoresDocument(agreement: agreement.id, fromYear: first, toYear: last, asOf: lastDay, reading: request.reading, scores: scores)
    }

    private func checkSnapshot(_ snapshot: Int64) async throws {
        let known = try await storage.snapshotIDs(through: nil)
        guard known.contains(snapshot) else {
            let range = known.isEmpty ? "the store holds no import yet" : "its imports are \(known.first!)–\(known.last!)"
            throw TruceError(.notFound, "the store has no snapshot \(snapshot): \(range)", parameter: "snapshot")
        }
    }

    static func check(_ request: AssessmentRequest) throws {
        let agreement = request.agreement
        if let explain = request.explain, agreement.provision(explain) == nil {
            throw TruceError(
                .notFound, "no provision '\(explain)' in \(agreement.id); its provisions: \(agreement.provisions.map(\.id).joined(separator: ", "))",
                parameter: "explain")
        }
        if let reading = request.reading { try checkReading(reading, of: agreement) }
    }

    static func checkReading(_ reading: String, of agreement: Agreement) throws {
        guard reading != Provision.textReading, !agreement.provisions.contains(where: { $0.readings.contains { $0.name == reading } }) else {
            return
        }
        let known = [Provision.textReading] + Set(agreement.provisions.flatMap { $0.readings.map(\.name) }).sorted()
        throw TruceError(
            .notFound, "no provision of \(agreement.id) has a reading '\(reading)'; its readings: \(known.joined(separator: ", "))",
            parameter: "reading")
    }
}

/// What to score: an agreement's provisions, year by year.
public struct ScoresRequest: Sendable {
    /// The agreement to score.
    public var agreement: Agreement
    /// The first year to score; the signing's year when nil.
    public var fromYear: Int?
    /// The last year to score, at most `asOf`'s year; `asOf`'s year when nil.
    public var toYear: Int?
    /// The last day whose evidence counts; today when `nil`.
    public var asOf: Day?
    /// The reading to score; checked to exist. The plain text (`text`) by default.
    public var reading: String

    /// A request to score `agreement` under `reading`; a nil year or day takes the default described above.
    public init(agreement: Agreement, fromYear: Int? = nil, toYear: Int? = nil, asOf: Day? = nil, reading: String = Provision.textReading) {
        self.agreement = agreement
        self.fromYear = fromYear
        self.toYear = toYear
        self.asOf = asOf
        self.reading = reading
    }
}
