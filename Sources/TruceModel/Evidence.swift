/// A reported value of an indicator on a date: "US troops in Afghanistan:
/// 8,600 on 2020-07-13, according to ...". Several sources may disagree.
public struct Observation: Hashable, Sendable, Codable {
    /// Unique within the store; the file's `id` column.
    public var key: String
    /// What is measured, e.g. `troop_level`, `prisoners_released`.
    public var indicator: String
    /// Whose value it is (an actor id or a data-set name), e.g. `USA`.
    public var actor: String?
    public var country: String?
    /// The day the value refers to.
    public var date: Day
    public var value: Double
    public var unit: String?
    public var source: String
    public var url: String?
    public var notes: String?
    public var provenance: Provenance?
    /// The actor id of whoever reported the value — a party, or a monitor whose report verifies — when known.
    public var reportedBy: String?

    public init(
        key: String, indicator: String, actor: String? = nil, country: String? = nil, date: Day, value: Double,
        unit: String? = nil, source: String, url: String? = nil, notes: String? = nil, provenance: Provenance? = nil,
        reportedBy: String? = nil
    ) {
        self.reportedBy = reportedBy
        self.key = key
        self.indicator = indicator
        self.actor = actor
        self.country = country
        self.date = date
        self.value = value
        self.unit = unit
        self.source = source
        self.url = url
        self.notes = notes
        self.provenance = provenance
    }
}

/// Something someone said. Claims are evidence, never facts: each keeps its
/// modality (a promise is not an act) and a grade.
public struct Claim: Hashable, Sendable, Codable {
    public var key: String
    public var date: Day
    /// Who said it, as reported ("Sonny Leggett, US Forces-Afghanistan spokesman").
    public var speaker: String
    /// The agreement actor the speaker speaks for, if known (`USA`).
    public var speakerActor: String?
    /// The statement, quoted or paraphrased.
    public var quote: String
    /// The provision the claim is about, if any.
    public var aboutProvision: String?
    /// The reading the claim supports, if any.
    public var aboutReading: String?
    public var modality: Modality
    public var grade: Grade
    public var reviewState: ReviewState
    public var source: String
    public var url: String?
    public var provenance: Provenance?

    public init(
        key: String, date: Day, speaker: String, speakerActor: String? = nil, quote: String,
        aboutProvision: String? = nil, aboutReading: String? = nil, modality: Modality = .asserted,
        grade: Grade = .fair, reviewState: ReviewState = .accepted, source: String, url: String? = nil,
        provenance: Provenance? = nil
    ) {
        self.key = key
        self.date = date
        self.speaker = speaker
        self.speakerActor = speakerActor
        self.quote = quote
        self.aboutProvision = aboutProvision
        self.aboutReading = aboutReading
        self.modality = modality
        self.grade = grade
        self.reviewState = reviewState
        self.source = source
        self.url = url
        self.provenance = provenance
    }

    /// What kind of statement: reporting an act is not promising one.
    public enum Modality: String, Hashable, Sendable, Codable, CaseIterable {
        case asserted, promised, demanded, denied, hypothetical, negated
    }

    /// How far the claim is borne out, as civilian-harm monitors grade claims.
    public enum Grade: String, Hashable, Sendable, Codable, CaseIterable {
        case confirmed, fair, weak, contested, discounted
    }

    public enum ReviewState: String, Hashable, Sendable, Codable, CaseIterable {
        case candidate, accepted, rejected
    }
}

/// One import of one file: the unit that every assessment can name.
public struct Snapshot: Hashable, Sendable, Codable {
    public var id: Int64
    /// `acled`, `observations`, `claims`, ...
    public var source: String
    public var file: String
    /// SHA-256 of the file's bytes, hex.
    public var fileHash: String
    /// When the import ran, ISO 8601.
    public var importedAt: String
    public var counts: ImportCounts

    public init(id: Int64, source: String, file: String, fileHash: String, importedAt: String, counts: ImportCounts) {
        self.id = id
        self.source = source
        self.file = file
        self.fileHash = fileHash
        self.importedAt = importedAt
        self.counts = counts
    }
}

/// What an import did with the rows it read.
public struct ImportCounts: Hashable, Sendable, Codable {
    public var read: Int
    public var stored: Int
    public var updated: Int
    public var unchanged: Int
    public var rejected: Int

    public init(read: Int = 0, stored: Int = 0, updated: Int = 0, unchanged: Int = 0, rejected: Int = 0) {
        self.read = read
        self.stored = stored
        self.updated = updated
        self.unchanged = unchanged
        self.rejected = rejected
    }
}
