public import TruceModel

/// Implementation scores with what they were computed from (`truce export pam --format json`).
public struct ScoresDocument: Encodable, Sendable {
    /// The id of the agreement scored.
    public var agreement: String
    /// The first year scored.
    public var fromYear: Int
    /// The last year scored, included.
    public var toYear: Int
    /// The last day whose evidence counts.
    public var asOf: Day
    /// The reading scored; `text` for the plain text.
    public var reading: String
    /// The scale of the scores: always `pam`, the Peace Accords Matrix's.
    public var scale = "pam"
    /// The scores, each for one provision and year.
    public var scores: [ImplementationScore]

    /// A document of `scores` for `agreement`, `fromYear` through `toYear`, as of `asOf`, under `reading`.
    public init(agreement: String, fromYear: Int, toYear: Int, asOf: Day, reading: String, scores: [ImplementationScore]) {
        self.agreement = agreement
        self.fromYear = fromYear
        self.toYear = toYear
        self.asOf = asOf
        self.reading = reading
        self.scores = scores
    }

    enum CodingKeys: String, CodingKey {
        case agreement, reading, scale, scores
        case fromYear = "from_year"
        case toYear = "to_year"
        case asOf = "as_of"
    }
}
