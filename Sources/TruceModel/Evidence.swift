/// A reported value of an indicator on a date: "US troops in Afghanistan:
/// 8,600 on 2020-07-13, according to ...". Several sources may disagree.
public struct Observation: Hashable, Sendable, Codable {
    /// Unique within the store; the file's `id` column.
    public var key: String
    /// What is measured, e.g. `troop_level`, `prisoners_released`.
    public var indicator: String
    /// Whose value it is (an actor id or a data-set name), e.g. `USA`.
    public var actor: String?
    /// The country the value is about, if the file names one.
    public var country: String?
    /// The day the value refers to.
    public var date: Day
    /// The reported value, in `unit`.
    public var value: Double
    /// The value's unit (`troops`, `people`), if given.
    public var unit: String?
    /// Who reported the value, as cited.
    public var source: String
    /// Where the report can be read, if given.
    public var url: String?
    /// Free text the analyst kept with the row.
    public var notes: String?
    /// The import, file and line the observation was read from; nil when built in code.
    public var provenance: Provenance?
    /// The actor id of whoever reported the value — a party, or a monitor whose report verifies — when known.
    public var reportedBy: String?
    /// The last day the value may refer to, when its date is imprecise ("in March 2020": `date` is
    /// 1 March, this 31 March); nil when it refers to `date` itself.
    public var latestDate: Day?
    /// The first-level division (province) the value is about, for a count of a place without a
    /// perpetrator ("1,200 ceasefire violations in the region").
    public var admin1: String?
    /// The second-level division (district) the value is about.
    public var admin2: String?
    /// The place the value is about, as the data sets write places.
    public var place: String?
    /// The file's columns that Truce does not model, by lower-case header name.
    public var attributes: [String: String]

    /// An observation as given; importers validate the values before they build one.
    public init(
        key: String, indicator: String, actor: String? = nil, country: String? = nil, date: Day, value: Double,
        unit: String? = nil, source: String, url: String? = nil, notes: String? = nil, provenance: Provenance? = nil,
        reportedBy: String? = nil, latestDate: Day? = nil, admin1: String? = nil, admin2: String? = nil, place: String? = nil,
        attributes: [String: String] = [:]
    ) {
        self.latestDate = latestDate
        self.admin1 = admin1
        self.admin2 = admin2
        self.place = place
        self.attributes = attributes
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

    /// The day the report certainly refers to a time on or before: its last possible day. An imprecise
    /// report ("in March") is judged on it, so that it never settles a deadline earlier than it can show.
    public var certainDay: Day { latestDate ?? date }
}

/// Something someone said. Claims are evidence, never facts: each keeps its
/// modality (a promise is not an act) and a grade.
public struct Claim: Hashable, Sendable, Codable {
    /// Unique within the store; the file's `id` column.
    public var key: String
    /// The day the statement was made.
    public var date: Day
    /// Who said it, as reported ("Sonny Leggett, US Forces-Afghanistan spokesman").
    public var speaker: String
    /// The agreement actor the speaker speaks for, if known (`USA`).
    public var speakerActor: String?
    /// The statement, quoted or paraphrased.
    public var quote: String
    /// What the claim is about, as the file writes it: a provision id, several separated by `;`, or
    /// `*` for the agreement as a whole; nil when it is about none. See ``provisions`` and ``isAboutAgreement``.
    public var aboutProvision: String?
    /// The reading the claim supports, if any.
    public var aboutReading: String?
    /// What kind of statement it is: a promise is not an act; `done` is spelled `asserted` in
    /// claims files, stores and documents (see ``Modality/claimSpelling``).
    public var modality: Modality
    /// How far the claim is borne out.
    public var grade: Grade
    /// Whether a reviewer has accepted it; only accepted claims reach an assessment.
    public var reviewState: ReviewState
    /// Where the claim was reported, as cited.
    public var source: String
    /// Where the report can be read, if given.
    public var url: String?
    /// The import, file and line the claim was read from; nil when built in code.
    public var provenance: Provenance?
    /// The last day the statement may have been made, when its date is imprecise ("in 2016": `date`
    /// is 1 January, this 31 December); nil when it was made on `date`.
    public var latestDate: Day?
    /// The file's columns that Truce does not model, by lower-case header name.
    public var attributes: [String: String]

    /// A claim as given; by default asserted, graded fair and accepted, as a claims file states it.
    public init(
        key: String, date: Day, speaker: String, speakerActor: String? = nil, quote: String,
        aboutProvision: String? = nil, aboutReading: String? = nil, modality: Modality = .done,
        grade: Grade = .fair, reviewState: ReviewState = .accepted, source: String, url: String? = nil,
        provenance: Provenance? = nil, latestDate: Day? = nil, attributes: [String: String] = [:]
    ) {
        self.latestDate = latestDate
        self.attributes = attributes
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

    /// The value of ``aboutProvision`` that stands for the agreement as a whole.
    public static let wholeAgreement = "*"

    /// The provisions the claim is about, each once, in the order written (`troops;withdrawal`).
    public var provisions: [String] {
        guard let aboutProvision else { return [] }
        var seen = Set<String>()
        return aboutProvision.split(separator: ";").map(Self.trimmed)
            .filter { !$0.isEmpty && $0 != Self.wholeAgreement && seen.insert($0).inserted }
    }

    /// Whether the claim is about the agreement as a whole (`*`).
    public var isAboutAgreement: Bool {
        aboutProvision?.split(separator: ";").contains { Self.trimmed($0) == Self.wholeAgreement } ?? false
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    /// Whether the claim is about `provision`, alone or among others; `*` asks for claims about the agreement as a whole.
    public func isAbout(_ provision: String) -> Bool {
        provision == Self.wholeAgreement ? isAboutAgreement : provisions.contains(provision)
    }

    /// The day the statement was certainly made by: its last possible day.
    public var certainDay: Day { latestDate ?? date }

    /// How far the claim is borne out, as civilian-harm monitors grade claims.
    public enum Grade: String, Hashable, Sendable, Codable, CaseIterable {
        case confirmed, fair, weak, contested, discounted
    }

    /// Where a claim stands with reviewers: a candidate from the coder, accepted, or rejected.
    public enum ReviewState: String, Hashable, Sendable, Codable, CaseIterable {
        case candidate, accepted, rejected
    }
}

/// One import of one file: the unit that every assessment can name.
public struct Snapshot: Hashable, Sendable, Codable {
    /// The store's id for the import, named by assessments.
    public var id: Int64
    /// `acled`, `observations`, `claims`, ...
    public var source: String
    /// The imported file's path as given to the import.
    public var file: String
    /// SHA-256 of the file's bytes, hex.
    public var fileHash: String
    /// When the import ran, ISO 8601.
    public var importedAt: String
    /// What the import did with the file's rows.
    public var counts: ImportCounts

    /// A snapshot as the store records it.
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
    /// Data rows read from the file.
    public var read: Int
    /// Rows stored as new records.
    public var stored: Int
    /// Rows that replaced an earlier version of the same record (a revision).
    public var updated: Int
    /// Rows identical to what the store already held.
    public var unchanged: Int
    /// Rows refused, each with its line, field and reason in the rejects file.
    public var rejected: Int

    /// Counts as given; zero for any not given.
    public init(read: Int = 0, stored: Int = 0, updated: Int = 0, unchanged: Int = 0, rejected: Int = 0) {
        self.read = read
        self.stored = stored
        self.updated = updated
        self.unchanged = unchanged
        self.rejected = rejected
    }
}
