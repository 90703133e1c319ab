public import TruceModel

/// Reads `claims.csv`: statements by named speakers, with modality and grade.
///
/// Columns (by name, any order, any case):
/// `id,date,speaker,speaker_actor,quote,about_provision,about_reading,modality,grade,review_state,source,url`.
/// Required: `id`, `date`, `speaker`, `quote`, `source`. `modality` defaults to
/// `asserted`, `grade` to `fair`, `review_state` to `accepted`; any other value
/// than the model's rejects the row, naming the allowed ones. `date` may be imprecise (`2016`,
/// `March 2016`, `2016-03-01/2016-03-15`); `about_provision` may list several provisions separated
/// by `;`, or be `*` for the agreement as a whole. Any other column is kept in the claim's `attributes`.
public typealias ClaimsCSV = EvidenceCSV<Claim>

extension EvidenceCSV where Value == Claim {
    /// Columns a claims file must have.
    public static var requiredColumns: [String] { ["id", "date", "speaker", "quote", "source"] }

    /// Opens `path` and reads its header.
    ///
    /// - Throws: `TruceError` naming the file when it cannot be read, is empty, or lacks required columns.
    public init(path: String, encoding: TextEncodingChoice = .automatic) throws {
        try self.init(.path(path), encoding: encoding, kind: "claims", required: Self.requiredColumns, build: Self.claim)
    }

    /// Reads a claims file already in memory (an upload); `name` stands for the path in provenance and messages.
    ///
    /// - Throws: `TruceError` naming `name` when the bytes are empty or lack required columns.
    public init(bytes: [UInt8], name: String, encoding: TextEncodingChoice = .automatic) throws {
        try self.init(.bytes(bytes, name: name), encoding: encoding, kind: "claims", required: Self.requiredColumns, build: Self.claim)
    }

    /// The columns a claim is read from; any other is kept as an attribute.
    static let claimColumns: Set<String> = [
        "id", "date", "speaker", "speaker_actor", "quote", "about_provision", "about_reading", "modality", "grade", "review_state", "source", "url",
    ]

    @Sendable private static func claim(_ cells: EvidenceCells, provenance: Provenance) throws(EvidenceCells.Failure) -> Claim {
        let date = try cells.interval("date")
        return Claim(
            key: try cells.required("id"),
            date: date.first,
            speaker: try cells.required("speaker"),
            speakerActor: cells.text("speaker_actor"),
            quote: try cells.required("quote"),
            aboutProvision: cells.text("about_provision"),
            aboutReading: cells.text("about_reading"),
            modality: try modality(cells),
            grade: try cells.choice("grade", default: Claim.Grade.fair),
            reviewState: try cells.choice("review_state", default: Claim.ReviewState.accepted),
            source: try cells.required("source"),
            url: cells.text("url"),
            provenance: provenance,
            latestDate: date.last,
            attributes: cells.attributes(except: claimColumns)
        )
    }

    /// The `modality` cell in the claims spelling (`asserted`, `promised`, …); `asserted` when empty.
    private static func modality(_ cells: EvidenceCells) throws(EvidenceCells.Failure) -> Modality {
        guard let value = cells.text("modality") else { return .done }
        if let modality = Modality(claimSpelling: value) { return modality }
        let allowed = Modality.allCases.map(\.claimSpelling).joined(separator: ", ")
        throw cells.failure("modality", "expected one of \(allowed), got '\(value)'")
    }
}
