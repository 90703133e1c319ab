import GRDB
public import TruceFormats
public import TruceModel
public import TruceStorage

// Each audited import is the import itself (Store+Import.swift), on its own thread and in its own
// transaction, with the entry appended as that transaction's last statement.
extension Store: AuditedImports {
    public func importEvents<Source: ImportSource>(
        from source: Source, kind: String, input: String, importedAt: String, rejects: any RejectsDestination,
        progress: (ImportProgress) -> Void, recording entry: @escaping ImportEntry
    ) async throws -> ImportReport where Source.Value == Event {
        let reader = UncheckedBox(source)
        return try await onImportThread(progress: progress) { store, progress, cancellation in
            try store.runEventImport(
                from: reader.value, kind: kind, path: input, importedAt: importedAt, rejects: rejects, progress: progress,
                cancellation: cancellation, recording: entry)
        }
    }

    public func importObservations<Source: ImportSource>(
        from source: Source, input: String, importedAt: String, rejects: any RejectsDestination, progress: (ImportProgress) -> Void,
        recording entry: @escaping ImportEntry
    ) async throws -> ImportReport where Source.Value == Observation {
        try await importRecords(
            from: source, kind: "observations", input: input, importedAt: importedAt, rejects: rejects, progress: progress, recording: entry
        ) { observation, snapshot, db in try EvidenceWriter.write(observation, snapshot: snapshot, in: db) }
    }

    public func importClaims<Source: ImportSource>(
        from source: Source, input: String, importedAt: String, rejects: any RejectsDestination, progress: (ImportProgress) -> Void,
        recording entry: @escaping ImportEntry
    ) async throws -> ImportReport where Source.Value == Claim {
        try await importRecords(
            from: source, kind: "claims", input: input, importedAt: importedAt, rejects: rejects, progress: progress, recording: entry
        ) { claim, snapshot, db in try EvidenceWriter.write(claim, snapshot: snapshot, in: db) }
    }

    /// Observations and claims: each row written by `write`, the import's report and entry as for events.
    private func importRecords<Source: ImportSource>(
        from source: Source, kind: String, input: String, importedAt: String, rejects: any RejectsDestination,
        progress: (ImportProgress) -> Void, recording entry: @escaping ImportEntry,
        write: @escaping @Sendable (Source.Value, Int64, Database) throws -> StoreOutcome
    ) async throws -> ImportReport {
        let reader = UncheckedBox(source)
        return try await onImportThread(progress: progress) { store, progress, cancellation in
            var source = reader.value
            return try store.runImport(
                source: &source, kind: kind, path: input, importedAt: importedAt, rejects: rejects, progress: progress,
                cancellation: cancellation, recording: entry
            ) { db in
                { record, snapshot in try write(record, snapshot, db) }
            }
        }
    }

    public func importDeletions<Source: ImportSource>(
        from source: Source, input: String, importedAt: String, rejects: any RejectsDestination, progress: (ImportProgress) -> Void,
        recording entry: @escaping ImportEntry
    ) async throws -> ImportReport where Source.Value == ACLEDDeletion {
        let reader = UncheckedBox(source)
        return try await onImportThread(progress: progress) { store, progress, cancellation in
            var source = reader.value
            return try store.applyDeletions(
                from: &source, input: input, importedAt: importedAt, rejects: rejects, progress: progress, cancellation: cancellation,
                recording: entry)
        }
    }

    public func importArticles(
        _ items: [ArticleImport], settings: CoderSettings, importedAt: String, recording entry: @escaping ArticleImportEntry
    ) async throws -> ArticleImportReport {
        try await writing { store in try store.importArticles(items, settings: settings, importedAt: importedAt, recording: entry) }
    }
}
