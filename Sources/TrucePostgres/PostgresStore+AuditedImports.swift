public import TruceFormats
public import TruceModel
public import TruceStorage

// Each audited import is the import itself (PostgresStore+Import.swift), with the entry appended in its
// transaction before it commits.
extension PostgresStore: AuditedImports {
    public func importEvents<Source: ImportSource>(
        from source: Source, kind: String, input: String, importedAt: String, rejects: any RejectsDestination,
        progress: (ImportProgress) -> Void, recording entry: @escaping ImportEntry
    ) async throws -> ImportReport where Source.Value == Event {
        try await runImport(
            source: source, kind: kind, input: input, importedAt: importedAt, rejects: rejects, progress: progress, staging: EventStaging(),
            recording: entry)
    }

    public func importObservations<Source: ImportSource>(
        from source: Source, input: String, importedAt: String, rejects: any RejectsDestination, progress: (ImportProgress) -> Void,
        recording entry: @escaping ImportEntry
    ) async throws -> ImportReport where Source.Value == Observation {
        try await runImport(
            source: source, kind: "observations", input: input, importedAt: importedAt, rejects: rejects, progress: progress,
            staging: RecordStaging.observations(), recording: entry)
    }

    public func importClaims<Source: ImportSource>(
        from source: Source, input: String, importedAt: String, rejects: any RejectsDestination, progress: (ImportProgress) -> Void,
        recording entry: @escaping ImportEntry
    ) async throws -> ImportReport where Source.Value == Claim {
        try await runImport(
            source: source, kind: "claims", input: input, importedAt: importedAt, rejects: rejects, progress: progress,
            staging: RecordStaging.claims(), recording: entry)
    }

    public func importDeletions<Source: ImportSource>(
        from source: Source, input: String, importedAt: String, rejects: any RejectsDestination, progress: (ImportProgress) -> Void,
        recording entry: @escaping ImportEntry
    ) async throws -> ImportReport where Source.Value == ACLEDDeletion {
        try await runImport(
            source: source, kind: "acled-deletions", input: input, importedAt: importedAt, rejects: rejects, progress: progress,
            staging: DeletionStaging(), recording: entry)
    }

    public func importArticles(
        _ items: [ArticleImport], settings: CoderSettings, importedAt: String, recording entry: @escaping ArticleImportEntry
    ) async throws -> ArticleImportReport {
        try await storeArticles(items, settings: settings, importedAt: importedAt, recording: entry)
    }
}
