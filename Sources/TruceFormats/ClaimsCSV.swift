public import TruceModel

/// Reads `claims.csv`: statements by named speakers, with modality and grade.
///
/// Columns (by name, any order, any case):
/// `id,date,speaker,speaker_actor,quote,about_provision,about_reading,modality,grade,review_state,source,url`.
/// Required: `id`, `date`, `speaker`, `quote`, `source`. `modality` defaults to
/// `asserted`, `grade` to `fair`, `review_state` to `accepted`; any other value
/// than the model's rejects the row, naming the allowed ones.
public struct ClaimsCSV {
    /// Columns a claims file must have.
    public static let requiredColumns = ["id", "date", "speaker", "quote", "source"]

    public let path: String
    /// The file's name, as provenance and rejections give it.
    public var fileName: String { table.fileName }
    private let table: TableReader

    /// Opens `path` and reads its header.
    ///
    /// - Throws: `TruceError` naming the file when it cannot be read, is empty, or lacks required columns.
    public init(path: String, encoding: TextEncodingChoice = .automatic) throws {
        table = try TableReader(path: path, encoding: encoding, kind: "claims", required: Self.requiredColumns, naIsMissing: false)
        self.path = path
    }

    /// The next row as a claim or a rejection; `nil` at the end.
    public mutating func next() throws -> ParsedRow<Claim>? {
        guard let result = try table.next() else { return nil }
        switch result {
        case .failure(let rejection):
            return .rejected(rejection)
        case .success(let record):
            do throws(EvidenceCells.Failure) {
                return .value(try claim(EvidenceCells(fields: record.fields, header: table.header), line: record.line))
            } catch {
                return .rejected(table.rejection(field: error.field, message: error.message))
            }
        }
    }

    /// Reads every remaining row.
    public mutating func readAll() throws -> (claims: [Claim], rejections: [RowRejection]) {
        var claims: [Claim] = []
        var rejections: [RowRejection] = []
        while let row = try next() {
            switch row {
            case .value(let claim): claims.append(claim)
            case .rejected(let rejection): rejections.append(rejection)
            }
        }
        return (claims, rejections)
    }

    public var bytesRead: Int { table.csv.bytesRead }
    public var totalBytes: Int { table.csv.totalBytes }
    public var notices: [String] { table.csv.notices }
    /// SHA-256 of the file's bytes (lower-case hex), once `next()` has returned `nil`.
    public var fileHash: String? { table.csv.fileHash }

    private func claim(_ cells: EvidenceCells, line: Int) throws(EvidenceCells.Failure) -> Claim {
        Claim(
            key: try cells.required("id"),
            date: try cells.day("date"),
            speaker: try cells.required("speaker"),
            speakerActor: cells.text("speaker_actor"),
            quote: try cells.required("quote"),
            aboutProvision: cells.text("about_provision"),
            aboutReading: cells.text("about_reading"),
            modality: try cells.choice("modality", default: Claim.Modality.asserted),
            grade: try cells.choice("grade", default: Claim.Grade.fair),
            reviewState: try cells.choice("review_state", default: Claim.ReviewState.accepted),
            source: try cells.required("source"),
            url: cells.text("url"),
            provenance: Provenance(snapshot: nil, file: table.fileName, line: line)
        )
    }
}
