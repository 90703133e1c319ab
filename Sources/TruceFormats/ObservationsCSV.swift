public import TruceModel

/// Reads `observations.csv`: reported values of indicators on dates.
///
/// Columns (by name, any order, any case): `id,date,indicator,actor,country,value,unit,source,url,notes`, and
/// optionally `reported_by` (the actor id of the reporter: a party, or a monitor whose report verifies)
/// and the area the value is about, `admin1`, `admin2` and `place` (a count without a perpetrator).
/// Required: `id`, `date` (ISO or any layout `ACLEDDate` reads, or imprecise: `2016`, `March 2016`,
/// `2016-03-01/2016-03-15`), `indicator`, `value` (a number; `8,600` is allowed) and `source`.
/// Any other column is kept in the observation's `attributes`.
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

    /// The columns an observation is read from; any other is kept as an attribute.
    static let observationColumns: Set<String> = [
        "id", "date", "indicator", "actor", "country", "value", "unit", "source", "url", "notes", "reported_by", "admin1", "admin2", "place",
    ]

    @Sendable private static func observation(_ cells: EvidenceCells, provenance: Provenance) throws(EvidenceCells.Failure) -> Observation {
        let date = try cells.interval("date")
        return Observation(
            key: try cells.required("id"),
            indicator: try cells.required("indicator"),
            actor: cells.text("actor"),
            country: cells.text("country"),
            date: date.first,
            value: try cells.number("value"),
            unit: cells.text("unit"),
            source: try cells.required("source"),
            url: cells.text("url"),
            notes: cells.text("notes"),
            provenance: provenance,
            reportedBy: cells.text("reported_by"),
            latestDate: date.last,
            admin1: cells.text("admin1"),
            admin2: cells.text("admin2"),
            place: cells.text("place"),
            attributes: cells.attributes(except: observationColumns)
        )
    }
}
