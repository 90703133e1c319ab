import Foundation
import PostgresNIO
public import TruceFormats
public import TruceModel
public import TruceStorage

extension PostgresStore: ImportStore {
    /// Runs one import in one transaction: a snapshot row, every record (read, parsed and encoded for COPY
    /// on a second thread, see ``CopyChunks``) copied into a temporary table (or, for events into an empty
    /// table, the table itself) with one `COPY … FROM STDIN` (sent in chunks of about 1 MiB, so memory
    /// stays flat), then merged set by set. Any error — the input's, the server's, a lost connection — rolls
    /// everything back, so an import lands whole or not at all. The audit entry `entry` makes of the
    /// report, if any, is appended in the same transaction. After the commit, a table whose statistics the
    /// import left stale is analyzed (``StaleStatistics``), within the import's time.
    func runImport<Source: ImportSource, Staging: ImportStaging>(
        source: Source, kind: String, input: String, importedAt: String, rejects destination: any RejectsDestination,
        progress: (ImportProgress) -> Void, staging: Staging, recording entry: ImportEntry? = nil
    ) async throws -> ImportReport where Staging.Value == Source.Value {
        let fileName = URL(fileURLWithPath: input).lastPathComponent
        var rejects: (any RejectedRowsWriter)?
        let logger = self.logger
        let report: ImportReport
        do {
            report = try await withTransaction(doing: "import \(fileName) into") { connection in
                let snapshot = try await SnapshotNumbering.insert(
                    source: kind, file: fileName, fileHash: "", importedAt: importedAt, on: connection, logger: logger)
                let target = try await staging.copyTarget(on: connection, logger: logger)
                // The file is read, parsed and encoded on a thread of its own while this task sends the chunks and the
                // server stores them; the staging belongs to that thread until the chunks end.
                var source = PrefetchedSource(CopyChunks(source, staging: staging, snapshot: snapshot), batchSize: 1, queueLength: 4)
                var counts = ImportCounts()
                var reported = 0
                try await connection.copyRows(into: target.table, columns: target.columns, logger: logger) { writer in
                    while let item = try source.next() {
                        switch item {
                        case .value(let chunk):
                            counts.read += chunk.count
                            // postgres-nio waits for the socket to drain after each write: with 64 KiB chunks that wait
                            // took 9/10 of a 20,000-row import (19.5 s against 5.6 s with 1 MiB, debug build).
                            try await writer.write(chunk.rows)
                        case .rejected(let rejection):
                            counts.read += 1
                            counts.rejected += 1
                            if rejects == nil { rejects = try destination.open(snapshot: snapshot, input: fileName) }
                            try rejects?.append(rejection)
                        }
                        if counts.read - reported >= 4096 {
                            reported = counts.read
                            progress(ImportProgress(bytesRead: source.bytesRead, totalBytes: source.totalBytes, rows: counts.read))
                        }
                    }
                }
                progress(ImportProgress(bytesRead: source.bytesRead, totalBytes: source.totalBytes, rows: counts.read))
                let merged = try await staging.merge(snapshot: snapshot, on: connection, logger: logger)
                counts.stored = merged.stored
                counts.updated = merged.updated
                counts.unchanged = merged.unchanged
                let fileHash = source.fileHash ?? ""
                let notice = source.notices.isEmpty ? nil : source.notices.joined(separator: "\n")
                try await connection.run(
                    """
                    UPDATE snapshots SET file_hash = \(fileHash), encoding_notice = \(notice), rows_read = \(counts.read),
                    stored = \(counts.stored), updated = \(counts.updated), unchanged = \(counts.unchanged), rejected = \(counts.rejected)
                    WHERE id = \(snapshot)
                    """, logger: logger)
                var notices = source.notices
                if merged.stale > 0 {
                    notices.append(
                        "\(merged.stale) rows are older than the versions already stored (by their timestamp, or have none) and were left out")
                }
                let report = ImportReport(
                    snapshot: snapshot, source: kind, file: fileName, fileHash: fileHash, counts: counts, notices: notices,
                    rejectsFile: rejects?.location)
                if let made = try entry?(report) {
                    _ = try await Self.appendAuditEntry(made, on: connection, logger: logger, location: location)
                }
                try await JobCompletion.markDone(snapshot: snapshot, on: connection, logger: logger)
                try await connection.run("SELECT pg_notify('truce_evidence', \(String(snapshot)))", logger: logger)
                return report
            }
        } catch {
            rejects?.discard()
            if let error = error as? TruceError, error.code == .store {
                throw TruceError(.store, "the import of \(fileName) failed and nothing was stored: \(error.message)", cause: error.cause)
            }
            throw error
        }
        try rejects?.close()
        var analyzed = report
        analyzed.notices += await StaleStatistics.refresh(staging.staleStatistics, in: self)
        return analyzed
    }
}
