import GRDB
import TruceFormats
import TruceModel
import TruceStorage

/// Writes observations and claims, keyed by their `id` column: a changed row
/// is updated, an identical one left alone.
enum EvidenceWriter {
    /// - Parameter reporters: whether the table has the columns of the current schema (`reported_by`,
    ///   and the area, imprecise date and attributes of v5); a store below migration v4, which only tests
    ///   open, has not.
    static func write(_ o: Observation, snapshot: Int64, in db: Database, reporters: Bool = true) throws -> StoreOutcome {
        let stored = o.storedContent
        let (hash, attributes) = (stored.hash, stored.attributesJSON)
        var values: [(any DatabaseValueConvertible)?] = [
            o.indicator, o.actor, o.country, o.date.iso, o.value, o.unit, o.source, o.url, o.notes, hash, snapshot,
            o.provenance?.file ?? "", o.provenance?.line ?? 0,
        ]
        var columns = [
            "indicator", "actor", "country", "observed_on", "value", "unit", "source", "url", "notes", "content_hash",
            "snapshot_id", "source_file", "source_line",
        ]
        if reporters {
            values.insert(contentsOf: [o.reportedBy, o.latestDate?.iso, o.admin1, o.admin2, o.place, attributes], at: 0)
            columns.insert(contentsOf: ["reported_by", "observed_until", "admin1", "admin2", "place", "attributes"], at: 0)
        }
        return try upsert(
            table: "observations", keyColumn: "observation_key", key: o.key, columns: columns, values: values, hash: hash, in: db)
    }

    static func write(_ c: Claim, snapshot: Int64, in db: Database) throws -> StoreOutcome {
        let stored = c.storedContent
        let (hash, attributes) = (stored.hash, stored.attributesJSON)
        let values: [(any DatabaseValueConvertible)?] = [
            c.latestDate?.iso, attributes,
            c.date.iso, c.speaker, c.speakerActor, c.quote, c.aboutProvision, c.aboutReading, c.modality.claimSpelling, c.grade.rawValue,
            c.reviewState.rawValue, c.source, c.url, hash, snapshot, c.provenance?.file ?? "", c.provenance?.line ?? 0,
        ]
        return try upsert(
            table: "claims", keyColumn: "claim_key", key: c.key,
            columns: [
                "said_until", "attributes",
                "said_on", "speaker", "speaker_actor", "quote", "about_provision", "about_reading", "modality", "grade", "review_state",
                "source", "url", "content_hash", "snapshot_id", "source_file", "source_line",
            ], values: values, hash: hash, in: db)
    }

    private static func upsert(
        table: String, keyColumn: String, key: String, columns: [String], values: [(any DatabaseValueConvertible)?], hash: Int64,
        in db: Database
    ) throws -> StoreOutcome {
        let marks = Array(repeating: "?", count: columns.count + 1).joined(separator: ", ")
        try db.execute(
            sql: "INSERT INTO \(table) (\(keyColumn), \(columns.joined(separator: ", "))) VALUES (\(marks)) ON CONFLICT DO NOTHING",
            arguments: StatementArguments([key] + values))
        if db.changesCount > 0 { return .stored }
        let fields = ([keyColumn] + columns).map { "'\($0)', \($0)" }.joined(separator: ", ")
        try db.execute(
            sql: """
                INSERT INTO record_history (record_table, record_key, snapshot_id, replaced_by_snapshot_id, content)
                SELECT ?, \(keyColumn), snapshot_id, ?, json_object(\(fields)) FROM \(table) WHERE \(keyColumn) = ? AND content_hash <> ?
                """,
            arguments: [table, values[values.count - 3], key, hash])
        let assignments = columns.map { "\($0) = ?" }.joined(separator: ", ")
        try db.execute(
            sql: "UPDATE \(table) SET \(assignments) WHERE \(keyColumn) = ? AND content_hash <> ?",
            arguments: StatementArguments(values + [key, hash]))
        return db.changesCount > 0 ? .updated : .unchanged
    }
}
