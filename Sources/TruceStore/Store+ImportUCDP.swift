import TruceFormats
public import TruceStorage

extension Store {
    /// Imports a UCDP GED CSV file (GED 19.1, the current GED download, or HDX's layout)
    /// as events of the data set `ucdp`, keyed by GED's `id`. Valid rows are kept; each
    /// malformed row is counted and written to the rejects file; re-importing the same file
    /// stores nothing new; a row whose content changed is updated and its previous version kept.
    ///
    /// - Parameter actors: the UCDP Actor Dataset CSV, to code each side by its `ActorId`;
    ///   the import's notices then say how many side names it did not know. The list changes the
    ///   events (codes, `side_a_org`, …), so importing a file again with or without it updates them,
    ///   the earlier version kept in history.
    /// - Throws: `TruceError` naming the file when either file cannot be read or is not what it should be.
    public func importUCDP(
        path: String, actors: String? = nil, importedAt: String, progress: (ImportProgress) -> Void = { _ in }
    ) throws -> ImportReport {
        let list = try actors.map { try UCDPActorList(path: $0) }
        return try importEvents(
            from: UCDPReader(path: path, actors: list), kind: "ucdp", path: path, importedAt: importedAt, progress: progress)
    }
}
