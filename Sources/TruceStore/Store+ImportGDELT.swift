import TruceFormats
public import TruceStorage

extension Store {
    /// Imports a GDELT event export (1.0 or 2.0, tab-separated, rows of 57, 58 or 61
    /// columns, which may be mixed in one file). Valid rows are kept under the dataset
    /// `gdelt`, keyed by `GLOBALEVENTID`; each malformed row is counted and written to the
    /// rejects file; re-importing the same file stores nothing new.
    ///
    /// - Throws: `TruceError` naming the file when it cannot be read, is empty or is not a
    ///   GDELT export; a failed import stores nothing.
    public func importGDELT(
        path: String, importedAt: String, bulkFrom: Int = Store.bulkImportBytes, progress: (ImportProgress) -> Void = { _ in }
    ) throws -> ImportReport {
        try importEvents(from: GDELTReader(path: path), kind: "gdelt", path: path, importedAt: importedAt, bulkFrom: bulkFrom, progress: progress)
    }
}
