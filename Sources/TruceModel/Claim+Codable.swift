/// A claim's JSON: every field by its name, the modality spelled as claims files spell it
/// (`asserted`, not `done`), so documents and stores keep the claims vocabulary.
extension Claim {
    enum CodingKeys: String, CodingKey {
        case key, date, speaker, speakerActor, quote, aboutProvision, aboutReading, modality, grade, reviewState, source, url, provenance
    }

    /// Reads a claim; the modality in its claims spelling (``Modality/init(claimSpelling:)``).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let spelled = try container.decode(String.self, forKey: .modality)
        guard let modality = Modality(claimSpelling: spelled) else {
            throw DecodingError.dataCorruptedError(forKey: .modality, in: container, debugDescription: "unknown modality '\(spelled)'")
        }
        self.init(
            key: try container.decode(String.self, forKey: .key), date: try container.decode(Day.self, forKey: .date),
            speaker: try container.decode(String.self, forKey: .speaker),
            speakerActor: try container.decodeIfPresent(String.self, forKey: .speakerActor),
            quote: try container.decode(String.self, forKey: .quote),
            aboutProvision: try container.decodeIfPresent(String.self, forKey: .aboutProvision),
            aboutReading: try container.decodeIfPresent(String.self, forKey: .aboutReading), modality: modality,
            grade: try container.decode(Grade.self, forKey: .grade), reviewState: try container.decode(ReviewState.self, forKey: .reviewState),
            source: try container.decode(String.self, forKey: .source), url: try container.decodeIfPresent(String.self, forKey: .url),
            provenance: try container.decodeIfPresent(Provenance.self, forKey: .provenance))
    }

    /// Writes every field, the modality in its claims spelling (``Modality/claimSpelling``).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(date, forKey: .date)
        try container.encode(speaker, forKey: .speaker)
        try container.encodeIfPresent(speakerActor, forKey: .speakerActor)
        try container.encode(quote, forKey: .quote)
        try container.encodeIfPresent(aboutProvision, forKey: .aboutProvision)
        try container.encodeIfPresent(aboutReading, forKey: .aboutReading)
        try container.encode(modality.claimSpelling, forKey: .modality)
        try container.encode(grade, forKey: .grade)
        try container.encode(reviewState, forKey: .reviewState)
        try container.encode(source, forKey: .source)
        try container.encodeIfPresent(url, forKey: .url)
        try container.encodeIfPresent(provenance, forKey: .provenance)
    }
}
