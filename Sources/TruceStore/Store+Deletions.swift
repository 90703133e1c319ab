import GRDB
import TruceFormats
public import TruceStorage

extension Store {
    /// Applies an ACLED deletion list: each listed event leaves the current data
    /// and is kept, as it was, in `event_deletions`, so that assessments made with
    /// earlier snapshots can still be reproduced. Counts: `stored` deletions
    /// applied, `unchanged` ids not in the store (or already deleted).
    public func importACLEDDeletions(path: String, importedAt: String, progress: (ImportProgress) -> Void = { _ in }) throws -> ImportReport {
        var reader = try ACLEDDeletionsCSV(path: path)
        return try applyDeletions(from: &reader, input: path, importedAt: importedAt, rejects: nil, progress: progress)
    }

    func applyDeletions<Source: ImportSource>(
        from source: inout Source, input: String, importedAt: String, rejects: (any RejectsDestination)?, progress: (ImportProgress) -> Void,
        cancellation: ImportCancellation? = nil, recording entry: ImportEntry? = nil
    ) throws -> ImportReport where Source.Value == ACLEDDeletion {
        let columns = EventWriter.columns.map { "'\($0)', \($0)" }.joined(separator: ", ")
        return try runImport(
            source: &source, kind: "acled-deletions", path: input, importedAt: importedAt, rejects: rejects, progress: progress,
            cancellation: cancellation, recording: entry
        ) { db in
            let keep = try db.makeStatement(
                sql: """
                    INSERT OR IGNORE INTO event_deletions (dataset, event_key, deleted_on, snapshot_id, content)
                    SELECT dataset, event_key, ?, ?, json_object(\(columns)) FROM events WHERE dataset = 'acled' AND event_key = ?
                    """)
            let remove = try db.makeStatement(sql: "DELETE FROM events WHERE dataset = 'acled' AND event_key = ?")
            return { deletion, snapshot in
                try keep.execute(arguments: [deletion.deletedOn?.iso, snapshot, deletion.key])
                guard db.changesCount > 0 else { return .unchanged }
                try remove.execute(arguments: [deletion.key])
                return .stored
            }
        }
    }
}
