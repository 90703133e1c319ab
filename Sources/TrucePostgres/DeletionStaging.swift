import Logging
import PostgresNIO
import TruceFormats

/// An ACLED deletion list copied in and applied: each listed event still stored leaves `events`
/// and is kept as it was in `event_deletions`; ids not stored are counted unchanged.
final class DeletionStaging: ImportStaging {
    let createTable = "CREATE TEMP TABLE import_rows (ordinal bigint, event_key text, deleted_on text) ON COMMIT DROP"
    let columns = ["ordinal", "event_key", "deleted_on"]
    private var listed = 0

    func write(_ deletion: ACLEDDeletion, ordinal: Int, snapshot: Int64, into row: inout CopyRowWriter) {
        listed += 1
        row.integer(ordinal, hashed: false)
        row.text(deletion.key, hashed: false)
        row.text(deletion.deletedOn?.iso, hashed: false)
        row.endRow()
    }

    func merge(snapshot: Int64, on connection: PostgresConnection, logger: Logger) async throws -> MergeCounts {
        let kept = try await connection.changes(
            """
            INSERT INTO event_deletions (dataset, event_key, deleted_on, snapshot_id, content)
            SELECT e.dataset, e.event_key, s.deleted_on, \(snapshot), to_jsonb(e) - 'id'
            FROM events e JOIN (SELECT DISTINCT ON (event_key) event_key, deleted_on FROM import_rows ORDER BY event_key, ordinal) s
                ON e.dataset = 'acled' AND e.event_key = s.event_key
            ON CONFLICT DO NOTHING
            """, logger: logger)
        try await connection.run(
            "DELETE FROM events e USING import_rows s WHERE e.dataset = 'acled' AND e.event_key = s.event_key", logger: logger)
        return MergeCounts(stored: kept, updated: 0, unchanged: listed - kept, stale: 0)
    }
}
