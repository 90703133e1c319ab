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
    /// For events: the period and area the data set states it covers, recorded in place of the span
    /// of its rows (an export for February whose first events fall on the 3rd still covers the 1st).
    public var statedCoverage: StatedCoverage?

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

/// The period and area a data set says it covers: from the first to the last day, in the countries
/// (any area when empty).
public struct StatedCoverage: Sendable, Hashable {
    /// The first day covered.
    public var from: Day
    /// The last day covered, included.
    public var to: Day
    /// The countries covered, as the data sets write them; any area when empty.
    public var countries: [String]

    /// What an import's report says of it.
    var notice: String {
        let area = countries.isEmpty ? "" : " in \(countries.joined(separator: ", "))"
        return "covers \(from) to \(to)\(area), as the data set states, not only the span of its rows"
    }

    /// The coverage from `from` to `to` in `countries`.
    public init(from: Day, to: Day, countries: [String] = []) {
        self.from = from
        self.to = to
        self.countries = countries
    }
}

extension TruceApp {
    /// Imports one evidence file, with the coverage the data set states recorded for an import of events.
    /// Given `actor`, the import is recorded in the audit log as theirs, in the import's own transaction.
    ///
    /// - Throws: as ``importDataset(_:progress:recording:)``; ``TruceError`` (`invalidInput`, parameter `covers`) when a
    ///   stated coverage ends before it starts or is given for a file that is not of events.
    public func importDatasetWithCoverage(
        _ request: ImportRequest, auditedAs actor: String? = nil, progress: (ImportProgress) -> Void = { _ in }
    ) async throws -> ImportReport {
        let entry = actor.map { importEntry(by: $0, coverage: request.statedCoverage) }
        guard let stated = request.statedCoverage else { return try await importDataset(request, progress: progress, recording: entry) }
        guard [.acled, .ucdp, .gdelt].contains(request.kind) else {
            throw TruceError(.invalidInput, "a stated coverage belongs to an import of events, not of \(request.kind.rawValue)", parameter: "covers")
        }
        guard stated.from <= stated.to else {
            throw TruceError(.invalidInput, "the stated coverage ends (\(stated.to)) before it starts (\(stated.from))", parameter: "covers")
        }
        var report = try await importDataset(request, progress: progress, recording: entry)
        do {
            try await storage.recordStatedCoverage(snapshot: report.snapshot, from: stated.from, to: stated.to, countries: stated.countries)
        } catch {
            // The rows have landed in their own transaction; a second import of the same file comes back
            // unchanged and records the coverage on its own snapshot, so the remedy is simply to run it again.
            throw TruceError(
                .store,
                "the rows of \(URL(fileURLWithPath: request.path).lastPathComponent) were imported (snapshot \(report.snapshot)), "
                    + "but the coverage the data set states was not recorded (\(error)); import the same file again with the same "
                    + "coverage: its rows come back unchanged and the coverage is recorded",
                parameter: "covers", cause: error)
        }
        report.notices.append(stated.notice)
        return report
    }

    /// The audit entry of an import made by `actor`: the import's summary, with the notice of the coverage
    /// the data set states, when it states one (recorded right after the import).
    public func importEntry(by actor: String, coverage: StatedCoverage? = nil) -> ImportEntry {
        let audit = self.audit
        return { report in
            var report = report
            if let coverage { report.notices.append(coverage.notice) }
            return try audit.entry(
                "import", kind: "import", id: String(report.snapshot), by: actor, before: ImportSummary?.none, after: ImportSummary(report))
        }
    }

    /// Imports one evidence file in one transaction: every valid row is stored (or updates its
    /// earlier version), every malformed row is counted and handed to the request's rejects
    /// destination with its line, field and reason, and a snapshot records the import.
    ///
    /// The audit entry `entry` makes of the import's report, if any, is appended in the same transaction.
    ///
    /// - Throws: ``TruceError`` naming the file when it cannot be read or is not of its kind;
    ///   a failed import stores nothing.
    public func importDataset(
        _ request: ImportRequest, progress: (ImportProgress) -> Void = { _ in }, recording entry: ImportEntry? = nil
    ) async throws -> ImportReport {
        let entry = entry ?? { _ in nil }
        let input = URL(fileURLWithPath: request.path).lastPathComponent
        let stamp = clock.timestamp
        let path = request.path
        switch request.kind {
        case .acled:
            return try await storage.importEvents(
                from: ACLEDReader(path: path, encoding: request.encoding), kind: DatasetKind.acled.rawValue, input: input,
                importedAt: stamp, rejects: request.rejects, progress: progress, recording: entry)
        case .ucdp:
            let list = try request.actorList.map { try UCDPActorList(path: $0) }
            return try await storage.importEvents(
                from: UCDPReader(path: path, actors: list, encoding: request.encoding), kind: DatasetKind.ucdp.rawValue, input: input,
                importedAt: stamp, rejects: request.rejects, progress: progress, recording: entry)
        case .gdelt:
            return try await storage.importEvents(
                from: GDELTReader(path: path, encoding: request.encoding), kind: DatasetKind.gdelt.rawValue, input: input,
                importedAt: stamp, rejects: request.rejects, progress: progress, recording: entry)
        case .observations:
            return try await storage.importObservations(
                from: ObservationsCSV(path: path, encoding: request.encoding), input: input, importedAt: stamp, rejects: request.rejects,
                progress: progress, recording: entry)
        case .claims:
            let claims = try ClaimsCSV(path: path, encoding: request.encoding)
            guard let agreement = request.agreement else {
                return try await storage.importClaims(
                    from: claims, input: input, importedAt: stamp, rejects: request.rejects, progress: progress, recording: entry)
            }
            return try await storage.importClaims(
                from: CheckedClaims(claims, against: agreement), input: input, importedAt: stamp, rejects: request.rejects, progress: progress,
                recording: entry)
        case .acledDeletions:
            return try await storage.importDeletions(
                from: ACLEDDeletionsCSV(path: path, encoding: request.encoding), input: input, importedAt: stamp, rejects: request.rejects,
                progress: progress, recording: entry)
        }
    }

    /// Every import, oldest first.
    public func snapshots() async throws -> [Snapshot] {
        try await storage.snapshots()
    }

    /// Checks the whole store for damage, that it is Truce's, and that its schema is current.
    public func verifyStore() async throws -> StoreVerification {
        try await storage.verify()
    }

    /// The schema version the store is at (the last migration applied).
    public func schemaVersion() async throws -> String? {
        try await storage.appliedMigrations().last
    }
}
