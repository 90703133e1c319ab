public import TruceModel

/// One entry of an ACLED deletion list: an event ACLED withdrew, and when.
public struct ACLEDDeletion: Hashable, Sendable {
    /// The deleted event's `event_id_cnty`.
    public var key: String
    /// The day of deletion, when the list gives it (`deleted_timestamp`, seconds since 1970, or a date).
    public var deletedOn: Day?
    public var provenance: Provenance?

    public init(key: String, deletedOn: Day? = nil, provenance: Provenance? = nil) {
        self.key = key
        self.deletedOn = deletedOn
        self.provenance = provenance
    }
}

/// Reads an ACLED deletion list: `event_id_cnty` and optionally `deleted_timestamp`.
public typealias ACLEDDeletionsCSV = EvidenceCSV<ACLEDDeletion>

extension EvidenceCSV where Value == ACLEDDeletion {
    /// Columns a deletion list must have.
    public static var requiredColumns: [String] { ["event_id_cnty"] }

    /// Opens `path` and reads its header.
    ///
    /// - Throws: `TruceError` naming the file when it cannot be read, is empty, or lacks `event_id_cnty`.
    public init(path: String, encoding: TextEncodingChoice = .automatic) throws {
        try self.init(.path(path), encoding: encoding, kind: "ACLED deletions", required: Self.requiredColumns, build: Self.deletion)
    }

    /// Reads a deletion list already in memory (an upload); `name` stands for the path in provenance and messages.
    ///
    /// - Throws: `TruceError` naming `name` when the bytes are empty or lack required columns.
    public init(bytes: [UInt8], name: String, encoding: TextEncodingChoice = .automatic) throws {
        try self.init(.bytes(bytes, name: name), encoding: encoding, kind: "ACLED deletions", required: Self.requiredColumns, build: Self.deletion)
    }

    @Sendable private static func deletion(_ cells: EvidenceCells, provenance: Provenance) throws(EvidenceCells.Failure) -> ACLEDDeletion {
        let key = try cells.required("event_id_cnty")
        var day: Day?
        if let stamp = cells.text("deleted_timestamp") {
            if let seconds = Int(stamp), seconds >= 0 {
                day = Day(ordinal: seconds / 86_400)
            } else if let date = ACLEDDate.parse(stamp) {
                day = date
            } else {
                throw cells.failure("deleted_timestamp", "expected seconds since 1970 or a date, got '\(stamp)'")
            }
        }
        return ACLEDDeletion(key: key, deletedOn: day, provenance: provenance)
    }
}
