/// One agreement assessed as of a day: each provision's status timeline and
/// evidence, per reading. Deterministic for the same agreement and store.
public struct Assessment: Hashable, Sendable, Codable {
    /// The id of the agreement assessed.
    public var agreement: String
    /// The day the assessment is as of: no evidence after it counts.
    public var asOf: Day
    /// Every provision's assessment, in the agreement's order.
    public var provisions: [ProvisionAssessment]
    /// The imports whose records the assessment could use.
    public var snapshots: [Int64]
    /// Set when the agreement ended on or before `asOf`: the provisions are judged as of its last day.
    public var ended: Ending?
    /// Accepted claims about the agreement as a whole (`about_provision` `*`), oldest first; nil when none.
    public var statements: [EvidenceItem]?
    /// What the evidence names that the agreement lacks — a claim about a provision or reading it does
    /// not have — one sentence each; nil when nothing. Such claims are kept, never silently dropped.
    public var warnings: [String]?

    /// An assessment as given; the evaluator derives the values, this only holds them.
    public init(
        agreement: String, asOf: Day, provisions: [ProvisionAssessment], snapshots: [Int64] = [], ended: Ending? = nil,
        statements: [EvidenceItem]? = nil, warnings: [String]? = nil
    ) {
        self.statements = statements
        self.warnings = warnings
        self.agreement = agreement
        self.asOf = asOf
        self.provisions = provisions
        self.snapshots = snapshots
        self.ended = ended
    }

    enum CodingKeys: String, CodingKey {
        case agreement
        case asOf = "as_of"
        case provisions
        case snapshots
        case ended
        case statements
        case warnings
    }

    /// Whether any provision or reading is violated or overdue.
    public var isAlarming: Bool {
        provisions.contains { $0.status.isAlarming || $0.readings.contains { $0.status.isAlarming } }
    }

    /// The assessment of the provision `id`, or nil when the agreement has none by that id.
    public func provision(_ id: String) -> ProvisionAssessment? { provisions.first { $0.id == id } }
}

/// One provision's status as of the assessment's day, per reading.
public struct ProvisionAssessment: Hashable, Sendable, Codable {
    /// The provision's id.
    public var id: String
    /// The provision's kind: `prohibition`, `obligation`, `target` or `rate`.
    public var kind: String
    /// The provision's text, as the agreement gives it.
    public var text: String
    /// The readings' common status, or `disputed` when they disagree.
    public var status: Status
    /// One assessment per reading, the plain text (`text`) first.
    public var readings: [ReadingAssessment]

    /// A provision assessment as given; the evaluator derives the values, this only holds them.
    public init(id: String, kind: String, text: String, status: Status, readings: [ReadingAssessment]) {
        self.id = id
        self.kind = kind
        self.text = text
        self.status = status
        self.readings = readings
    }

    /// The assessment under the reading `name`, or nil when the provision has none by that name.
    public func reading(_ name: String) -> ReadingAssessment? { readings.first { $0.reading == name } }
}

/// A provision's status under one reading, with the timeline and the evidence behind it.
public struct ReadingAssessment: Hashable, Sendable, Codable {
    /// The reading's name; `text` for the plain text.
    public var reading: String
    /// The status as of the assessment's day: the last timeline entry's.
    public var status: Status
    /// Each change of status, oldest first; the last entry is the status as of the assessment's day.
    public var timeline: [TimelineEntry]
    /// Why, in one line ("43 matching events from 2020-03-03", "rate ratio 0.12 (90% CI 0.01–0.62)").
    public var reason: String
    /// The events, observations and claims behind the status, in date order.
    public var evidence: [EvidenceItem]
    /// The rate test's figures, for the rate kind.
    public var test: RateTest?
    /// For a provision on `each` of several actors: each member's own judgement; the reading's
    /// status and timeline are their sum. Absent otherwise.
    public var members: [MemberAssessment]?
    /// For an obligation or target on an indicator that is not yet met: the part of the way from the
    /// starting value to the target that the latest reports cover (0.6 for 3,000 of 5,000 released).
    public var progress: Double?

    /// A reading assessment as given; the evaluator derives the values, this only holds them.
    public init(
        reading: String, status: Status, timeline: [TimelineEntry], reason: String, evidence: [EvidenceItem],
        test: RateTest? = nil, members: [MemberAssessment]? = nil, progress: Double? = nil
    ) {
        self.progress = progress
        self.reading = reading
        self.status = status
        self.timeline = timeline
        self.reason = reason
        self.evidence = evidence
        self.test = test
        self.members = members
    }
}

/// One member's judgement of a provision that binds `each` of several actors.
public struct MemberAssessment: Hashable, Sendable, Codable {
    /// The member's actor id.
    public var member: String
    /// The member's status as of the assessment's day: the last timeline entry's.
    public var status: Status
    /// Each change of the member's status, oldest first.
    public var timeline: [TimelineEntry]
    /// Why the member has that status, in one line.
    public var reason: String

    /// A member assessment as given; the evaluator derives the values, this only holds them.
    public init(member: String, status: Status, timeline: [TimelineEntry], reason: String) {
        self.member = member
        self.status = status
        self.timeline = timeline
        self.reason = reason
    }
}

/// A status that held from one day until the next entry (or the assessment's day).
public struct TimelineEntry: Hashable, Sendable, Codable {
    /// The first day of the status.
    public var from: Day
    /// The status from that day on.
    public var status: Status

    /// An entry: `status` from `from` on.
    public init(from: Day, status: Status) {
        self.from = from
        self.status = status
    }
}

/// One piece of evidence behind a status: an event, an observation or a claim.
public struct EvidenceItem: Hashable, Sendable, Codable {
    /// Whether it is an event, an observation or a claim.
    public var kind: Kind
    /// The record's key: an event's key within its data set, an observation's or a claim's key.
    public var id: String
    /// The day the record refers to (an event's reported day).
    public var date: Day
    /// A one-line summary for people.
    public var summary: String
    /// Who reported it, as the record cites them.
    public var sources: [String]
    /// What the item did: `violates`, `satisfies`, `counted`, `baseline`, `context`, `supports_reading`.
    public var role: String
    /// The import, file and line the record came from.
    public var provenance: Provenance?
    /// For an event that other data sets report too: the incident's id (`Incident.id`), shared
    /// by every member, which was counted once. Absent for an event no other data set reports.
    public var incident: String?

    /// An evidence item as given; the evaluator derives the values, this only holds them.
    public init(
        kind: Kind, id: String, date: Day, summary: String, sources: [String], role: String, provenance: Provenance? = nil,
        incident: String? = nil
    ) {
        self.kind = kind
        self.id = id
        self.date = date
        self.summary = summary
        self.sources = sources
        self.role = role
        self.provenance = provenance
        self.incident = incident
    }

    /// What kind of record a piece of evidence is.
    public enum Kind: String, Hashable, Sendable, Codable {
        case event, observation, claim
    }
}

/// The figures of a Poisson rate-ratio test: counts, exposures in days, the
/// ratio and its confidence interval.
public struct RateTest: Hashable, Sendable, Codable {
    /// Matching events in the window.
    public var windowCount: Int
    /// Days in the window (the exposure).
    public var windowDays: Int
    /// Matching events in the baseline window.
    public var baselineCount: Int
    /// Days in the baseline window.
    public var baselineDays: Int
    /// The window's daily rate over the baseline's; nil when the baseline has no events.
    public var ratio: Double?
    /// The lower bound of the ratio's confidence interval.
    public var lower: Double
    /// The upper bound of the interval; nil when it is unbounded (no baseline events).
    public var upper: Double?
    /// The interval's confidence level, e.g. 0.95.
    public var confidence: Double
    /// The ratio the window must stay under: 1 − reduction.
    public var threshold: Double

    /// Test figures as given; the rate-ratio test derives them, this only holds them.
    public init(
        windowCount: Int, windowDays: Int, baselineCount: Int, baselineDays: Int, ratio: Double?, lower: Double,
        upper: Double?, confidence: Double, threshold: Double
    ) {
        self.windowCount = windowCount
        self.windowDays = windowDays
        self.baselineCount = baselineCount
        self.baselineDays = baselineDays
        self.ratio = ratio
        self.lower = lower
        self.upper = upper
        self.confidence = confidence
        self.threshold = threshold
    }

    enum CodingKeys: String, CodingKey {
        case windowCount = "window_count"
        case windowDays = "window_days"
        case baselineCount = "baseline_count"
        case baselineDays = "baseline_days"
        case ratio, lower, upper, confidence, threshold
    }
}
