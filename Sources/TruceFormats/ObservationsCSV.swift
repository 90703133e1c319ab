public import TruceModel

/// Reads `observations.csv`: reported values of indicators on dates.
///
/// Columns (by name, any order, any case): `id,date,indicator,actor,country,value,unit,source,url,notes`, and
/// optionally `reported_by` (the actor id of the reporter: a party, or a monitor whose report verifies).
/// Required: `id`, `date` (ISO or any layout `ACLEDDate` reads), `indicator`,
/// `value` (a number; `8,600` is allowed) and `source`.
public typealias ObservationsCSV = EvidenceCSV<Observation>

extension EvidenceCSV where Value == Observation {
    /// Columns an observations file must have.
    public static var requiredColumns: [String] { ["id", "date", "indicator", "value", "source"] }

    /// Opens `path` and reads its header.
    ///
    /// - Throws: `TruceError` naming the file when it cannot be read, is empty, or lacks required columns.
    public init(path: String, encoding: TextEncodingChoice = .automatic) throws {
        try self.init(.path(path), encoding: encoding, kind: "observations", required: Self.requiredColumns, build: Self.observation)
    }

    /// Reads an observations file already in memory (an upload); `name` stands for the path in provenance and messages.
    ///
    /// - Throws: `TruceError` naming `name` when the bytes are empty or lack required columns.
    public init(bytes: [UInt8], name: String, encoding: TextEncodingChoice = .automatic) throws {
        try self.init(.bytes(bytes, name: name), encoding: encoding, kind: "observations", required: Self.requiredColumns, build: Self.observation)
    }

    @Sendable private static func observation(_ cells: EvidenceCells, provenance: Provenance) throws(EvidenceCells.Failure) -> Observation {
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
            provenance: provenance,
            reportedBy: cells.text("reported_by")
        )
    }
}
