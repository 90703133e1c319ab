/// How far one provision was implemented by the end of one year, on the Peace
/// Accords Matrix's four-point scale: 0 not initiated, 1 minimal, 2 intermediate,
/// 3 full implementation.
///
/// Truce derives the score from its own assessment of the provision as of the
/// year's last day; the flags and the note keep what the single number loses
/// (a violation, a dispute between readings, lateness). docs/exports.md states the rule.
public struct ImplementationScore: Hashable, Sendable, Codable {
    /// The agreement's id.
    public var agreement: String
    /// The provision's id within the agreement.
    public var provision: String
    /// The calendar year the score is for.
    public var year: Int
    /// The day the provision was assessed as of: December 31, or an earlier last day for the final year.
    public var asOf: Day
    /// 0–3, or `nil` when the provision cannot be scored (lapsed, inconclusive).
    public var score: Int?
    /// The provision's status as `truce check` gives it (`disputed` when its readings disagree).
    public var status: Status
    /// The reading the score is taken from: `text` unless another was chosen.
    public var reading: String
    /// That reading's status.
    public var readingStatus: Status
    /// For a pending or overdue obligation or target measured by observations: how far
    /// the latest reported value has come from the starting value toward the target, 0–1.
    public var progress: Double?
    /// The scored reading is violated.
    public var violated: Bool
    /// The provision's readings disagree.
    public var disputed: Bool
    /// The provision was done, after its due date.
    public var late: Bool
    /// Why, in one line, with the assessment's reason.
    public var note: String

    /// A score row as given; the scorer derives the values, this only holds them.
    public init(
        agreement: String, provision: String, year: Int, asOf: Day, score: Int?, status: Status, reading: String,
        readingStatus: Status, progress: Double? = nil, violated: Bool = false, disputed: Bool = false, late: Bool = false,
        note: String
    ) {
        self.agreement = agreement
        self.provision = provision
        self.year = year
        self.asOf = asOf
        self.score = score
        self.status = status
        self.reading = reading
        self.readingStatus = readingStatus
        self.progress = progress
        self.violated = violated
        self.disputed = disputed
        self.late = late
        self.note = note
    }

    enum CodingKeys: String, CodingKey {
        case agreement, provision, year, score, status, reading, progress, violated, disputed, late, note
        case asOf = "as_of"
        case readingStatus = "reading_status"
    }

    // Absent values print as null, so every row has the same keys.
    /// Writes every key, `null` for an absent value, so every row has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(agreement, forKey: .agreement)
        try c.encode(provision, forKey: .provision)
        try c.encode(year, forKey: .year)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(score, forKey: .score)
        try c.encode(status, forKey: .status)
        try c.encode(reading, forKey: .reading)
        try c.encode(readingStatus, forKey: .readingStatus)
        try c.encode(progress, forKey: .progress)
        try c.encode(violated, forKey: .violated)
        try c.encode(disputed, forKey: .disputed)
        try c.encode(late, forKey: .late)
        try c.encode(note, forKey: .note)
    }
}
