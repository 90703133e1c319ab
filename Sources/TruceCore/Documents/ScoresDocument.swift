public import TruceModel

/// Implementation scores with what they were computed from (`truce export pam --format json`).
public struct ScoresDocument: Encodable, Sendable {
    public var agreement: String
    public var fromYear: Int
    public var toYear: Int
    public var asOf: Day
    public var reading: String
    public var scale = "pam"
    public var scores: [ImplementationScore]

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
