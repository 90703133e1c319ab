public import TruceFormats
public import TruceModel

/// Storing what an import reads. Each import is one transaction that records a snapshot:
/// it lands whole or not at all, rejected rows included.
public protocol ImportStore: Sendable {
    /// Stores events keyed by their data set and key: a new key is stored; a changed event
    /// whose data set timestamp is not older than the stored one is updated, its previous
    /// version kept in history; an older copy is left out (counted unchanged, with a notice).
    ///
    /// - Parameters:
    ///   - kind: the snapshot's source name, e.g. `acled`.
    ///   - input: the name of the input (a file name), recorded in the snapshot.
    ///   - importedAt: the time recorded in the snapshot (ISO 8601).
    func importEvents<Source: ImportSource>(
        from source: Source, kind: String, input: String, importedAt: String, rejects: any RejectsDestination,
        progress: (ImportProgress) -> Void
    ) async throws -> ImportReport where Source.Value == Event

    /// Stores reported observations, keyed by their id.
    func importObservations<Source: ImportSource>(
        from source: Source, input: String, importedAt: String, rejects: any RejectsDestination, progress: (ImportProgress) -> Void
    ) async throws -> ImportReport where Source.Value == Observation

    /// Stores claims, keyed by their id.
    func importClaims<Source: ImportSource>(
        from source: Source, input: String, importedAt: String, rejects: any RejectsDestination, progress: (ImportProgress) -> Void
    ) async throws -> ImportReport where Source.Value == Claim

    /// Applies an ACLED deletion list: each listed event leaves the current data and is kept as
    /// it was for earlier snapshots. Counts: `stored` deletions applied, `unchanged` ids unknown.
    func importDeletions<Source: ImportSource>(
        from source: Source, input: String, importedAt: String, rejects: any RejectsDestination, progress: (ImportProgress) -> Void
    ) async throws -> ImportReport where Source.Value == ACLEDDeletion

    /// Records the period and area an import of events covers as its data set states them (an export
    /// of Afghanistan for February 2020), in place of the span of its rows, which understates a period
    /// with quiet days at either end. Assessments read it through ``EvidenceStore/coverage(through:)``.
    ///
    /// - Parameters:
    ///   - countries: the area; any area when empty.
    /// - Throws: ``TruceError`` (`notFound`) when no import of events has that snapshot.
    func recordStatedCoverage(snapshot: Int64, from: Day, to: Day, countries: [String]) async throws
}

extension ImportStore {
    /// A backend that cannot record a stated coverage yet says so rather than ignore it; implement it.
    public func recordStatedCoverage(snapshot: Int64, from: Day, to: Day, countries: [String]) async throws {
        throw TruceError(.store, "this store cannot record the coverage a data set states; the span of its rows is kept")
    }
}
