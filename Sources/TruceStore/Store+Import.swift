import Foundation
import GRDB
public import TruceFormats
public import TruceModel
public import TruceStorage

/// What storing one record did.
enum StoreOutcome {
    case stored, updated, unchanged
    /// Older than the stored version: kept out, counted as unchanged, and told.
    case stale
}

extension Store {
    /// Imports an ACLED export. Valid rows are kept; each malformed row is
    /// counted and written to the rejects file; re-importing the same file
    /// stores nothing new (`event_id_cnty` is the key); a row whose content
    /// changed is updated in place and its previous version kept in history.
    ///
    /// A file of `bulkFrom` bytes or more is loaded with the secondary indexes
    /// dropped and built again at the end, inside the same transaction.
    public func importACLED(
        path: String, encoding: TextEncodingChoice = .automatic, importedAt: String, bulkFrom: Int = Store.bulkImportBytes,
        progress: (ImportProgress) -> Void = { _ in }
    ) throws -> ImportReport {
        try importEvents(
            from: ACLEDReader(path: path, encoding: encoding), kind: "acled", path: path, importedAt: importedAt, bulkFrom: bulkFrom,
            progress: progress)
    }

    /// Imports events from any event reader (ACLED, UCDP, GDELT, ...), read on a
    /// second thread, keyed by each event's `dataset` and `key`.
    ///
    /// - Parameter kind: the snapshot's source name, e.g. `ucdp`.
    public func importEvents<Source: ImportSource>(
        from reader: Source, kind: String, path: String, importedAt: String, bulkFrom: Int = Store.bulkImportBytes,
        rejects: (any RejectsDestination)? = nil, progress: (ImportProgress) -> Void = { _ in }
    ) throws -> ImportReport where Source.Value == Event {
        try runEventImport(
            from: reader, kind: kind, path: path, importedAt: importedAt, bulkFrom: bulkFrom, rejects: rejects, progress: progress,
            cancellation: nil)
    }

    /// ``importEvents(from:kind:path:importedAt:bulkFrom:rejects:progress:)``, stopped when `cancellation` is set.
    func runEventImport<Source: ImportSource>(
        from reader: Source, kind: String, path: String, importedAt: String, bulkFrom: Int = Store.bulkImportBytes,
        rejects: (any RejectsDestination)?, progress: (ImportProgress) -> Void, cancellation: ImportCancellation?,
        recording entry: ImportEntry? = nil
    ) throws -> ImportReport where Source.Value == Event {
        var source = PrefetchedSource(PreparedEventSource(reader))
        return try runImport(
            source: &source, kind: kind, path: path, importedAt: importedAt, bulkFrom: bulkFrom, rejects: rejects, progress: progress,
            cancellation: cancellation, recording: entry
        ) { db in
            let writer = try EventWriter(db)
            return { row, snapshot in try writer.write(row, snapshot: snapshot) }
        }
    }

    /// Imports reported observations (troop levels, prisoner releases, ...).
    public func importObservations(path: String, importedAt: String, progress: (ImportProgress) -> Void = { _ in }) throws -> ImportReport {
        var reader = try ObservationsCSV(path: path)
        return try runImport(source: &reader, kind: "observations", path: path, importedAt: importedAt, progress: progress) { db in
            let reporters = try db.columns(in: "observations").contains { $0.name == "reported_by" }
            return { observation, snapshot in try EvidenceWriter.write(observation, snapshot: snapshot, in: db, reporters: reporters) }
        }
    }

    /// Imports claims: public statements with speaker, modality and grade.
    public func importClaims(path: String, importedAt: String, progress: (ImportProgress) -> Void = { _ in }) throws -> ImportReport {
        var reader = try ClaimsCSV(path: path)
        return try runImport(source: &reader, kind: "claims", path: path, importedAt: importedAt, progress: progress) { db in
            { claim, snapshot in try EvidenceWriter.write(claim, snapshot: snapshot, in: db) }
        }
    }

    /// From this file size on, an ACLED import defers index building to its end.
    public static let bulkImportBytes = 32 << 20

    /// Where the path-based imports keep rejected rows: a folder beside the store.
    var rejectsBesideStore: RejectsFolder { RejectsFolder(RejectsFile.folder(besideStore: path)) }

    /// Runs one import in one transaction: a snapshot row, then every record.
    /// Any thrown error rolls everything back, so an import lands whole or not at all.
    /// When `cancellation` is set, the import stops at its next progress report (every 4,096 rows,
    /// and once more before its indexes are built and before it commits) with `CancellationError`.
    /// The audit entry `entry` makes of the report, if any, is the transaction's last statement.
    func runImport<Source: ImportSource>(
        source: inout Source, kind: String, path: String, importedAt: String, bulkFrom: Int = .max,
        rejects destination: (any RejectsDestination)? = nil, progress: (ImportProgress) -> Void, cancellation: ImportCancellation? = nil,
        recording entry: ImportEntry? = nil, prepare: (Database) throws -> (Source.Value, Int64) throws -> StoreOutcome
    ) throws -> ImportReport {
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        let destination = destination ?? rejectsBesideStore
        var rejects: (any RejectedRowsWriter)?
        var report: ImportReport?
        do {
            try database.write { db in
                try db.execute(
                    sql: "INSERT INTO snapshots (source, file_name, file_hash, imported_at) VALUES (?, ?, '', ?)",
                    arguments: [kind, fileName, importedAt]
                )
                let snapshot = db.lastInsertedRowID
                // A large file is loaded without the secondary indexes, which are built
                // again before the transaction ends, so the import stays atomic.
                let bulk = source.totalBytes >= bulkFrom
                if bulk { try EventIndexRebuild.drop(in: db) }
                let write = try prepare(db)
                var counts = ImportCounts()
                var stale = 0
                var sources: Set<String> = []
                var actors = ActorRegistration()
                var span = CoverageSpan()
                while let item = try source.next() {
                    counts.read += 1
                    switch item {
                    case .value(let record):
                        let outcome = try write(record, snapshot)
                        switch outcome {
                        case .stored: counts.stored += 1
                        case .updated: counts.updated += 1
                        case .unchanged: counts.unchanged += 1
                        case .stale:
                            counts.unchanged += 1
                            stale += 1
                        }
                        let written = outcome == .stored || outcome == .updated
                        if let prepared = record as? PreparedEvent {
                            sources.formUnion(prepared.newSources)
                            span.add(day: prepared.day, newCountry: prepared.newCountry)
                            actors.add(newNames: prepared.newActors, actor1: prepared.actor1, actor2: prepared.actor2, written: written)
                        } else if let event = record as? Event {
                            sources.formUnion(event.sources)
                            span.add(event)
                            let names = [event.actor1.name, event.actor2.name].compactMap { $0 }
                            actors.add(newNames: names, actor1: event.actor1.name, actor2: event.actor2.name, written: written)
                        }
                    case .rejected(let rejection):
                        counts.rejected += 1
                        if rejects == nil {
                            rejects = try destination.open(snapshot: snapshot, input: fileName)
                        }
                        try rejects?.append(rejection)
                    }
                    if counts.read % 4096 == 0 {
                        try cancellation?.check()
                        progress(ImportProgress(bytesRead: source.bytesRead, totalBytes: source.totalBytes, rows: counts.read))
                    }
                }
                progress(ImportProgress(bytesRead: source.bytesRead, totalBytes: source.totalBytes, rows: counts.read))
                try cancellation?.check()
                if bulk { try EventIndexRebuild.build(in: db) }
                try Self.recordNames(sources: sources, actors: actors.names, snapshot: snapshot, kind: kind, in: db)
                try span.record(snapshot: snapshot, in: db)
                try db.execute(
                    sql: """
                        UPDATE snapshots SET file_hash = ?, encoding_notice = ?, rows_read = ?, stored = ?, updated = ?,
                        unchanged = ?, rejected = ? WHERE id = ?
                        """,
                    arguments: [
                        source.fileHash ?? "", source.notices.isEmpty ? nil : source.notices.joined(separator: "\n"), counts.read,
                        counts.stored, counts.updated, counts.unchanged, counts.rejected, snapshot,
                    ]
                )
                var notices = source.notices
                if stale > 0 {
                    notices.append("\(stale) rows are older than the versions already stored (by their timestamp, or have none) and were left out")
                }
                report = ImportReport(
                    snapshot: snapshot, source: kind, file: fileName, fileHash: source.fileHash ?? "", counts: counts,
                    notices: notices, rejectsFile: rejects?.location
                )
                if let made = try report.flatMap({ try entry?($0) }) { _ = try Self.appendAuditEntry(made, in: db) }
                try cancellation?.check()
            }
        } catch {
            rejects?.discard()
            if let error = error as? DatabaseError {
                let reason = StoreErrors.translate(error, path: self.path, doing: "import \(fileName) into").message
                throw TruceError(.store, "the import of \(fileName) failed and nothing was stored: \(reason)")
            }
            throw error
        }
        try rejects?.close()
        return report!
    }

    /// Keeps the registry of actor and source names seen, for mapping them later: the actors of
    /// the rows the import stored or updated, and every source it read.
    private static func recordNames(sources: Set<String>, actors: Set<String>, snapshot: Int64, kind: String, in db: Database) throws {
        guard !["observations", "claims"].contains(kind) else { return }
        let actor = try db.cachedStatement(sql: "INSERT OR IGNORE INTO actors (name, first_snapshot_id) VALUES (?, ?)")
        for name in actors.sorted() {
            try actor.execute(arguments: [name, snapshot])
        }
        let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO sources (name, first_snapshot_id) VALUES (?, ?)")
        for name in sources.sorted() {
            try statement.execute(arguments: [name, snapshot])
        }
    }
}
