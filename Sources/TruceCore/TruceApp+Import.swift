import Foundation
public import TruceFormats
public import TruceModel
public import TruceStorage

/// The kinds of evidence file Truce imports.
public enum DatasetKind: String, Sendable, CaseIterable {
    /// An ACLED CSV export, any generation of its layout.
    case acled
    /// A UCDP GED CSV file (19.1, the current download, or HDX's layout).
    case ucdp
    /// A GDELT 1.0 or 2.0 event export.
    case gdelt
    /// Reported values: troop levels, prisoners released, ...
    case observations
    /// Public statements with speaker, modality and grade.
    case claims
    /// ACLED's list of deleted events.
    case acledDeletions = "acled-deletions"
}

/// One import: what kind of file, where it is, and where its rejected rows go.
public struct ImportRequest: Sendable {
    /// What kind of file it is, which decides the reader.
    public var kind: DatasetKind
    /// The file to read.
    public var path: String
    /// How to decode the file's text.
    public var encoding: TextEncodingChoice
    /// For UCDP: the UCDP Actor Dataset CSV, to code each side by its ActorId.
    public var actorList: String?
    /// Where rejected rows are kept.
    public var rejects: any RejectsDestination
    /// For claims: the agreement they are about; a claim naming a provision or reading it lacks is
    /// kept and reported in the import's notices.
    public var agreement: Agreement?

    /// An import of the `kind` file at `path`; the encoding is detected unless given.
    public init(
        kind: DatasetKind, path: String, encoding: TextEncodingChoice = .automatic, actorList: String? = nil,
        rejects: any RejectsDestination
    ) {
        self.kind = kind
        self.path = path
        self.encoding = encoding
        self.actorList = actorList
        self.rejects = rejects
    }
}

extension TruceApp {
    /// Imports one evidence file in one transaction: every valid row is stored (or updates its
    /// earlier version), every malformed row is counted and handed to the request's rejects
    /// destination with its line, field and reason, and a snapshot records the import.
    ///
    /// - Throws: ``TruceError`` naming the file when it cannot be read or is not of its kind;
    ///   a failed import stores nothing.
    public func importDataset(_ request: ImportRequest, progress: (ImportProgress) -> Void = { _ in }) async throws -> ImportReport {
        let input = URL(fileURLWithPath: request.path).lastPathComponent
        let stamp = clock.timestamp
        let path = request.path
        switch request.kind {
        case .acled:
            return try await storage.importEvents(
                from: ACLEDReader(path: path, encoding: request.encoding), kind: DatasetKind.acled.rawValue, input: input,
                importedAt: stamp, rejects: request.rejects, progress: progress)
        case .ucdp:
            let list = try request.actorList.map { try UCDPActorList(path: $0) }
            return try await storage.importEvents(
                from: UCDPReader(path: path, actors: list, encoding: request.encoding), kind: DatasetKind.ucdp.rawValue, input: input,
                importedAt: stamp, rejects: request.rejects, progress: progress)
        case .gdelt:
            return try await storage.importEvents(
                from: GDELTReader(path: path, encoding: request.encoding), kind: DatasetKind.gdelt.rawValue, input: input,
                importedAt: stamp, rejects: request.rejects, progress: progress)
        case .observations:
            return try await storage.importObservations(
                from: ObservationsCSV(path: path, encoding: request.encoding), input: input, importedAt: stamp, rejects: request.rejects,
                progress: progress)
        case .claims:
            let claims = try ClaimsCSV(path: path, encoding: request.encoding)
            guard let agreement = request.agreement else {
                return try await storage.importClaims(from: claims, input: input, importedAt: stamp, rejects: request.rejects, progress: progress)
            }
            return try await storage.importClaims(
                from: CheckedClaims(claims, against: agreement), input: input, importedAt: stamp, rejects: request.rejects, progress: progress)
        case .acledDeletions:
            return try await storage.importDeletions(
                from: ACLEDDeletionsCSV(path: path, encoding: request.encoding), input: input, importedAt: stamp, rejects: request.rejects,
                progress: progress)
        }
    }

    /// Every import, oldest first.
    public func snapshots() async throws -> [Snapshot] {
        try await storage.snapshots()
    }

    /// The schema version the store is at (the last migration applied).
    public func schemaVersion() async throws -> String? {
        try await storage.appliedMigrations().last
    }
}
