import Logging
import PostgresNIO
import TruceFormats
import TruceModel
import TruceStorage

/// Observations or claims copied in and merged by their key: a new key is stored, a changed record
/// replaces the stored one (which goes to `record_history`), an identical one is left alone.
final class RecordStaging<Value>: ImportStaging {
    /// The table (`observations`, `claims`) and its key column.
    let table: String
    let keyColumn: String
    /// The columns after the key, in the order `writeFields` writes them, ending with
    /// `content_hash, snapshot_id, source_file, source_line`.
    let fields: [String]
    /// Writes the key and fields of a record (not the ordinal), hash included.
    let writeFields: (Value, Int64, inout CopyRowWriter) -> Void

    init(table: String, keyColumn: String, fields: [String], writeFields: @escaping (Value, Int64, inout CopyRowWriter) -> Void) {
        self.table = table
        self.keyColumn = keyColumn
        self.fields = fields
        self.writeFields = writeFields
    }

    var createTable: String {
        "CREATE TEMP TABLE import_rows ON COMMIT DROP AS SELECT 0::bigint AS ordinal, \(allColumns.joined(separator: ", ")) FROM \(table) WITH NO DATA"
    }
    var allColumns: [String] { [keyColumn] + fields }
    var columns: [String] { ["ordinal"] + allColumns }

    func write(_ value: Value, ordinal: Int, snapshot: Int64, into row: inout CopyRowWriter) {
        row.integer(ordinal, hashed: false)
        writeFields(value, snapshot, &row)
        row.endRow()
    }

    func merge(snapshot: Int64, on connection: PostgresConnection, logger: Logger) async throws -> MergeCounts {
        let generations = try await Generations.number(key: [keyColumn], on: connection, logger: logger)
        var counts = MergeCounts()
        let join = "e.\(keyColumn) = s.\(keyColumn)"
        for generation in 1...generations {
            let picked = Generations.condition(generation, of: generations)
            let tally = try await connection.query(
                PostgresQuery(
                    unsafeSQL: """
                        SELECT count(*) FILTER (WHERE e.id IS NULL)::bigint, count(*) FILTER (WHERE e.content_hash <> s.content_hash)::bigint,
                            count(*) FILTER (WHERE e.content_hash = s.content_hash)::bigint
                        FROM import_rows s LEFT JOIN \(table) e ON \(join) WHERE \(picked)
                        """), logger: logger)
            for try await (new, revised, same) in tally.decode((Int, Int, Int).self) {
                counts.stored += new
                counts.updated += revised
                counts.unchanged += same
            }
            let replaced = "\(join) AND \(picked) AND e.content_hash <> s.content_hash"
            try await connection.run(
                PostgresQuery(
                    unsafeSQL: """
                        INSERT INTO record_history (record_table, record_key, snapshot_id, replaced_by_snapshot_id, content)
                        SELECT '\(table)', e.\(keyColumn), e.snapshot_id, \(snapshot), to_jsonb(e) - 'id' FROM \(table) e JOIN import_rows s ON \(replaced)
                        """), logger: logger)
            try await connection.run(
                PostgresQuery(
                    unsafeSQL: """
                        UPDATE \(table) e SET (\(fields.joined(separator: ", "))) = (\(fields.map { "s.\($0)" }.joined(separator: ", ")))
                        FROM import_rows s WHERE \(replaced)
                        """), logger: logger)
            try await connection.run(
                PostgresQuery(
                    unsafeSQL: """
                        INSERT INTO \(table) (\(allColumns.joined(separator: ", "))) SELECT \(allColumns.map { "s.\($0)" }.joined(separator: ", "))
                        FROM import_rows s WHERE \(picked) AND NOT EXISTS (SELECT 1 FROM \(table) e WHERE \(join))
                        """), logger: logger)
        }
        return counts
    }
}

extension RecordStaging where Value == Observation {
    /// Observations, hashed as every backend hashes them (`Observation.storedContent`).
    static func observations() -> RecordStaging<Observation> {
        RecordStaging(
            table: "observations", keyColumn: "observation_key",
            fields: [
                "indicator", "actor", "country", "observed_on", "value", "unit", "source", "url", "notes", "reported_by", "observed_until",
                "admin1", "admin2", "place", "attributes", "content_hash", "snapshot_id", "source_file", "source_line",
            ]
        ) { o, snapshot, row in
            let stored = o.storedContent
            row.text(o.key, hashed: false)
            for text in [o.indicator, o.actor, o.country, o.date.iso] { row.text(text, hashed: false) }
            row.real(o.value, hashed: false)
            for text in [o.unit, o.source, o.url, o.notes, o.reportedBy, o.latestDate?.iso, o.admin1, o.admin2, o.place, stored.attributesJSON] {
                row.text(text, hashed: false)
            }
            row.integer64(stored.hash)
            row.integer64(snapshot)
            row.text(o.provenance?.file ?? "", hashed: false)
            row.integer(o.provenance?.line ?? 0, hashed: false)
        }
    }
}

extension RecordStaging where Value == Claim {
    /// Claims, hashed as every backend hashes them (`Claim.storedContent`); the modality in its claims spelling (`asserted`).
    static func claims() -> RecordStaging<Claim> {
        RecordStaging(
            table: "claims", keyColumn: "claim_key",
            fields: [
                "said_on", "speaker", "speaker_actor", "quote", "about_provision", "about_reading", "modality", "grade", "review_state",
                "source", "url", "said_until", "attributes", "content_hash", "snapshot_id", "source_file", "source_line",
            ]
        ) { c, snapshot, row in
            let texts: [String?] = [
                c.date.iso, c.speaker, c.speakerActor, c.quote, c.aboutProvision, c.aboutReading, c.modality.claimSpelling, c.grade.rawValue,
                c.reviewState.rawValue, c.source, c.url,
            ]
            let stored = c.storedContent
            row.text(c.key, hashed: false)
            for text in texts + [c.latestDate?.iso, stored.attributesJSON] { row.text(text, hashed: false) }
            row.integer64(stored.hash)
            row.integer64(snapshot)
            row.text(c.provenance?.file ?? "", hashed: false)
            row.integer(c.provenance?.line ?? 0, hashed: false)
        }
    }
}
