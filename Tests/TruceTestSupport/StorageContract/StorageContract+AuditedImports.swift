import TruceFormats
import TruceModel
public import TruceStorage

extension StorageContract {
    /// The entry of an import, made from its report as a front end makes it.
    static func importEntry(_ report: ImportReport) -> AuditEntry {
        auditEntry("import", "import", String(report.snapshot), after: "\(report.counts.stored) stored")
    }

    static func importsLandWithTheirEntries(_ store: any TruceStorage, _ refuseAuditEntries: @Sendable () async throws -> Void) async throws {
        let events = try await store.importEvents(
            from: ListedRecords(values: [event("E1", "2020-03-02", "Taliban"), event("E2", "2020-03-03", "Taliban")]), kind: "acled",
            input: "events.csv", importedAt: stamp, rejects: DiscardedRejects(), progress: { _ in }, recording: importEntry)
        let observations = try await store.importObservations(
            from: ListedRecords(values: [
                Observation(key: "O1", indicator: "troops", country: "USA", date: day("2020-07-13"), value: 8600, source: "DoD")
            ]),
            input: "observations.csv", importedAt: stamp, rejects: DiscardedRejects(), progress: { _ in }, recording: importEntry)
        let claims = try await store.importClaims(
            from: ListedRecords(values: [Claim(key: "C1", date: day("2020-03-04"), speaker: "s", quote: "q", aboutProvision: "riv", source: "Wire")]),
            input: "claims.csv", importedAt: stamp, rejects: DiscardedRejects(), progress: { _ in }, recording: importEntry)
        let deletions = try await store.importDeletions(
            from: ListedRecords(values: [ACLEDDeletion(key: "E2")]), input: "deleted.csv", importedAt: stamp, rejects: DiscardedRejects(),
            progress: { _ in }, recording: importEntry)
        // An import that changed nothing a person asked for records nothing: its entry is nil.
        let unchanged = try await store.importEvents(
            from: ListedRecords(values: [event("E1", "2020-03-02", "Taliban")]), kind: "acled", input: "events.csv", importedAt: stamp,
            rejects: DiscardedRejects(), progress: { _ in }, recording: { _ in nil })
        try require(unchanged.counts.unchanged == 1, "the same event again is unchanged")
        let articles = try await store.importArticles(
            [codedArticle("wire-1.txt", "Taliban fighters attacked US forces in Helmand.")], settings: CoderSettings(), importedAt: stamp
        ) { report in auditEntry("import", "articles", String(report.snapshot ?? 0), after: "\(report.articlesNew) new") }
        let entries = try await store.auditEntries(matching: AuditFilter(), limit: 10, offset: 0)
        try require(
            entries.map { "\($0.kind) \($0.recordID) \($0.after ?? "")" } == [
                "articles \(articles.snapshot ?? 0) 1 new", "import \(deletions.snapshot) 1 stored", "import \(claims.snapshot) 1 stored",
                "import \(observations.snapshot) 1 stored", "import \(events.snapshot) 2 stored",
            ], "one entry per import, made from its report: \(entries.map { "\($0.kind) \($0.recordID) \($0.after ?? "")" })")
        try require(try await store.snapshots().count == 6, "six imports landed")

        // A failing import appends nothing: the input is cut off after one row.
        do {
            _ = try await store.importEvents(
                from: ListedRecords([.value(event("E3", "2020-03-04", "Taliban")), .value(event("E4", "2020-03-05", "Taliban"))], failAfter: 1),
                kind: "acled", input: "cut.csv", importedAt: stamp, rejects: DiscardedRejects(), progress: { _ in }, recording: importEntry)
            try require(false, "an input that fails fails the import")
        } catch is ListedRecordsFailure {}
        try require(try await entryCount(store) == 5, "a failed import appends no entry")
        // An entry that cannot be made undoes the import.
        struct Unwritable: Error {}
        do {
            _ = try await store.importObservations(
                from: ListedRecords(values: [
                    Observation(key: "O2", indicator: "troops", country: "USA", date: day("2020-08-01"), value: 8000, source: "DoD")
                ]),
                input: "more.csv", importedAt: stamp, rejects: DiscardedRejects(), progress: { _ in }, recording: { _ in throw Unwritable() })
            try require(false, "an import whose entry cannot be made fails")
        } catch is Unwritable {}
        try require(try await store.observations(indicator: "troops", asOf: nil).map(\.key) == ["O1"], "the observation is not kept")
        try require(try await store.snapshots().count == 6, "no snapshot is left behind")

        try await refuseAuditEntries()
        let refused: [(String, @Sendable () async throws -> Void)] = [
            (
                "events",
                {
                    _ = try await store.importEvents(
                        from: ListedRecords(values: [event("E5", "2020-03-06", "Taliban")]), kind: "acled", input: "more.csv", importedAt: stamp,
                        rejects: DiscardedRejects(), progress: { _ in }, recording: importEntry)
                }
            ),
            (
                "claims",
                {
                    _ = try await store.importClaims(
                        from: ListedRecords(values: [
                            Claim(key: "C2", date: day("2020-03-05"), speaker: "s", quote: "q", aboutProvision: "riv", source: "W")
                        ]),
                        input: "more.csv", importedAt: stamp, rejects: DiscardedRejects(), progress: { _ in }, recording: importEntry)
                }
            ),
            (
                "deletions",
                {
                    _ = try await store.importDeletions(
                        from: ListedRecords(values: [ACLEDDeletion(key: "E1")]), input: "deleted.csv", importedAt: stamp, rejects: DiscardedRejects(),
                        progress: { _ in }, recording: importEntry)
                }
            ),
            (
                "articles",
                {
                    _ = try await store.importArticles(
                        [codedArticle("wire-2.txt", "A US soldier was killed in Helmand.")], settings: CoderSettings(), importedAt: stamp
                    ) { report in auditEntry("import", "articles", String(report.snapshot ?? 0)) }
                }
            ),
        ]
        for (name, write) in refused {
            var failed = false
            do { try await write() } catch { failed = true }
            try require(failed, "an import of \(name) fails when its entry is refused")
        }
        try require(try await store.snapshots().count == 6, "no import whose entry was refused left a snapshot")
        let current = try await store.events(from: day("2020-01-01"), to: day("2020-12-31"), countries: [], asOf: nil)
        try require(keys(current) == ["E1"], "no event is added or deleted: \(keys(current))")
        try require(try await store.claims(aboutProvision: "riv", asOf: nil).map(\.key) == ["C1"], "no claim is added")
        try require(try await store.reviewCounts()[.pending] == 1, "no article's candidates are added")
        try require(try await entryCount(store) == 5, "only the entries of the imports that landed are kept")
    }
}
