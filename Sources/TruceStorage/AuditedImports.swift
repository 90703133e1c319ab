public import TruceFormats
public import TruceModel

/// Makes the audit entry of an import from its report, inside the import's transaction; nil records
/// nothing (a write that changed nothing).
public typealias ImportEntry = @Sendable (ImportReport) throws -> AuditEntry?

/// Makes the audit entry of an article intake from what storage recorded, inside its transaction; nil
/// records nothing (no article was new).
public typealias ArticleImportEntry = @Sendable (ArticleImportReport) throws -> AuditEntry?

/// Imports that carry their audit entry: each runs as ``ImportStore`` (or ``ArticleStore``) describes and
/// appends the entry that `entry` makes of its report as the last statement of the import's own
/// transaction, so that the import and its entry land together or not at all. An import that fails
/// appends nothing; an entry that cannot be made or appended undoes the import. The entry is one
/// INSERT at the end: it costs nothing per row.
public protocol AuditedImports: ImportStore & ArticleStore & AuditLog {
    /// ``ImportStore/importEvents(from:kind:input:importedAt:rejects:progress:)`` with its entry.
    func importEvents<Source: ImportSource>(
        from source: Source, kind: String, input: String, importedAt: String, rejects: any RejectsDestination,
        progress: (ImportProgress) -> Void, recording entry: @escaping ImportEntry
    ) async throws -> ImportReport where Source.Value == Event

    /// ``ImportStore/importObservations(from:input:importedAt:rejects:progress:)`` with its entry.
    func importObservations<Source: ImportSource>(
        from source: Source, input: String, importedAt: String, rejects: any RejectsDestination, progress: (ImportProgress) -> Void,
        recording entry: @escaping ImportEntry
    ) async throws -> ImportReport where Source.Value == Observation

    /// ``ImportStore/importClaims(from:input:importedAt:rejects:progress:)`` with its entry.
    func importClaims<Source: ImportSource>(
        from source: Source, input: String, importedAt: String, rejects: any RejectsDestination, progress: (ImportProgress) -> Void,
        recording entry: @escaping ImportEntry
    ) async throws -> ImportReport where Source.Value == Claim

    /// ``ImportStore/importDeletions(from:input:importedAt:rejects:progress:)`` with its entry.
    func importDeletions<Source: ImportSource>(
        from source: Source, input: String, importedAt: String, rejects: any RejectsDestination, progress: (ImportProgress) -> Void,
        recording entry: @escaping ImportEntry
    ) async throws -> ImportReport where Source.Value == ACLEDDeletion

    /// ``ArticleStore/importArticles(_:settings:importedAt:)`` with its entry.
    func importArticles(
        _ items: [ArticleImport], settings: CoderSettings, importedAt: String, recording entry: @escaping ArticleImportEntry
    ) async throws -> ArticleImportReport
}

// An import without an entry is the audited import recording nothing, so each backend writes its
// imports once.
extension AuditedImports {
    /// ``ImportStore/importEvents(from:kind:input:importedAt:rejects:progress:)``: the audited import, recording nothing.
    public func importEvents<Source: ImportSource>(
        from source: Source, kind: String, input: String, importedAt: String, rejects: any RejectsDestination,
        progress: (ImportProgress) -> Void
    ) async throws -> ImportReport where Source.Value == Event {
        try await importEvents(
            from: source, kind: kind, input: input, importedAt: importedAt, rejects: rejects, progress: progress, recording: { _ in nil })
    }

    /// ``ImportStore/importObservations(from:input:importedAt:rejects:progress:)``: the audited import, recording nothing.
    public func importObservations<Source: ImportSource>(
        from source: Source, input: String, importedAt: String, rejects: any RejectsDestination, progress: (ImportProgress) -> Void
    ) async throws -> ImportReport where Source.Value == Observation {
        try await importObservations(
            from: source, input: input, importedAt: importedAt, rejects: rejects, progress: progress, recording: { _ in nil })
    }

    /// ``ImportStore/importClaims(from:input:importedAt:rejects:progress:)``: the audited import, recording nothing.
    public func importClaims<Source: ImportSource>(
        from source: Source, input: String, importedAt: String, rejects: any RejectsDestination, progress: (ImportProgress) -> Void
    ) async throws -> ImportReport where Source.Value == Claim {
        try await importClaims(from: source, input: input, importedAt: importedAt, rejects: rejects, progress: progress, recording: { _ in nil })
    }

    /// ``ImportStore/importDeletions(from:input:importedAt:rejects:progress:)``: the audited import, recording nothing.
    public func importDeletions<Source: ImportSource>(
        from source: Source, input: String, importedAt: String, rejects: any RejectsDestination, progress: (ImportProgress) -> Void
    ) async throws -> ImportReport where Source.Value == ACLEDDeletion {
        try await importDeletions(
            from: source, input: input, importedAt: importedAt, rejects: rejects, progress: progress, recording: { _ in nil })
    }
}
