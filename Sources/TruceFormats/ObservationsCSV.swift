public import TruceModel

/// Reads `observations.csv`: reported values of indicators on dates.
///
/// Columns (by name, any order, any case): `id,date,indicator,actor,country,value,unit,source,url,notes`.
/// Required: `id`, `date` (ISO or any layout `ACLEDDate` reads), `indicator`,
/// `value` (a number; `8,600` is allowed) and `source`.
public struct ObservationsCSV {
    /// Columns an observations file must have.
    public static let requiredColumns = ["id", "date", "indicator", "value", "source"]

    public let path: String
    /// The file's name, as provenance and rejections give it.
    public var fileName: String { table.fileName }
    private let table: TableReader

    /// Opens `path` and reads its header.
    ///
    /// - Throws: `TruceError` naming the file when it cannot be read, is empty, or lacks required columns.
    public init(path: String, encoding: TextEncodingChoice = .automatic) throws {
        table = try TableReader(path: path, encoding: encoding, kind: "observations", required: Self.requiredColumns, naIsMissing: false)
        self.path = path
    }

    /// The next row as an observation or a rejection; `nil` at the end.
    public mutating func next() throws -> ParsedRow<Observation>? {
        guard let result = try table.next() else { return nil }
        switch result {
        case .failure(let rejection):
            return .rejected(rejection)
        case .success(let record):
            do throws(EvidenceCells.Failure) {
                return .value(try observation(EvidenceCells(fields: record.fields, header: table.header), line: record.line))
            } catch {
                return .rejected(table.rejection(field: error.field, message: error.message))
            }
        }
    }

    /// Reads every remaining row.
    public mutating func readAll() throws -> (observations: [Observation], rejections: [RowRejection]) {
        var observations: [Observation] = []
        var rejections: [RowRejection] = []
        while let row = try next() {
            switch row {
            case .value(let observation): observations.append(observation)
            case .rejected(let rejection): rejections.append(rejection)
            }
        }
        return (observations, rejections)
    }

    public var bytesRead: Int { table.csv.bytesRead }
    public var totalBytes: Int { table.csv.totalBytes }
    public var notices: [String] { table.csv.notices }
    /// SHA-256 of the file's bytes (lower-case hex), once `next()` has returned `nil`.
    public var fileHash: String? { table.csv.fileHash }

    private func observation(_ cells: EvidenceCells, line: Int) throws(EvidenceCells.Failure) -> Observation {
        Observation(
            key: try cells.required("id"),
            indicator: try cells.required("indicator"),
            actor: cells.text("actor"),
            country: cells.text("country"),
            date: try cells.day("date"),
            value: try cells.number("value"),
            unit: cells.text("unit"),
            source: try cells.required("source"),
            url: cells.text("url"),
            notes: cells.text("notes"),
            provenance: Provenance(snapshot: nil, file: table.fileName, line: line)
        )
    }
}
