import Foundation
import TruceFormats
import TruceModel
import TruceStorage

/// Reading a list of events as pages of one state (streamed exports): an import, a revision and a
/// deletion landing between two pages change nothing the pages return, and the writes are not held off.
extension StorageContract {
    /// The check for a backend that keeps one state while it is written (SQLite in WAL mode, PostgreSQL):
    /// the pages must come back whole, never refused.
    public static let pagesOfOneStateUnrefused = Check(name: "pages of one export read one state, while others write") { storage in
        try await pagesReadOneState(storage, mayRefuse: false)
    }

    static func pagesReadOneStateOrRefuse(_ storage: any TruceStorage) async throws {
        try await pagesReadOneState(storage, mayRefuse: true)
    }

    /// Writes between the first and second page of an export and checks that the export still returns the
    /// events as they were when it began; with `mayRefuse`, a backend may instead stop with a `conflict`
    /// error, but never return a mix of the two states.
    static func pagesReadOneState(_ storage: any TruceStorage, mayRefuse: Bool) async throws {
        var events: [Event] = []
        for index in 1...30 {
            let iso = String(format: "2020-03-%02d", 1 + index / 3)
            events.append(event(String(format: "K%02d", index), iso, "Taliban", deaths: 1, revision: 100, dataset: index % 2 == 0 ? "acled" : "ucdp"))
        }
        try await importEvents(events, into: storage)
        for filter in [EventFilter(), EventFilter(dataset: "acled")] {
            let before = try await storage.events(matching: filter, limit: nil, offset: 0)
            try require(before.count > 10, "the list has several pages: \(before.count)")
            var read: [Event] = []
            var pages = 0
            var wrote = false
            do {
                let count = try await storage.forEachEventPage(matching: filter, pageSize: 4) { page in
                    try require(!page.isEmpty && page.count <= 4, "a page of 4 holds \(page.count) events")
                    read += page
                    pages += 1
                    guard !wrote else { return }
                    wrote = true
                    // New events before and after the page read so far, a revision and a deletion further on:
                    // each would show (or be missed) in a page read from the store as it now is.
                    let key = filter.dataset ?? "x"
                    try await importEvents(
                        [
                            event("NEW-\(key)-1", "2020-03-01", "Taliban", dataset: "acled"),
                            event("NEW-\(key)-2", "2020-03-09", "Taliban", dataset: "acled"),
                            event("NEW-\(key)-3", "2020-03-11", "Taliban", dataset: "ucdp"),
                        ], into: storage)
                    // Deletion lists name ACLED's events; both writes land on the list's last ACLED events.
                    let acled = before.filter { $0.dataset == "acled" }
                    let later = acled[acled.count - 1]
                    var revised = later
                    revised.fatalities = Fatalities(exactly: 40)
                    revised.revision = (later.revision ?? 0) + 100
                    let update = try await storage.importEvents(
                        from: ListedRecords(values: [revised]), kind: "acled", input: "revised.csv", importedAt: stamp, rejects: DiscardedRejects(),
                        progress: { _ in })
                    try require(update.counts.updated == 1, "the revision was stored while the export read: \(update.counts)")
                    let deletion = try await storage.importDeletions(
                        from: ListedRecords(values: [ACLEDDeletion(key: acled[acled.count - 2].key)]), input: "deleted.csv", importedAt: stamp,
                        rejects: DiscardedRejects(), progress: { _ in })
                    try require(deletion.counts.stored == 1, "the deletion was stored while the export read: \(deletion.counts)")
                }
                try require(count == read.count, "the count is what was read: \(count) for \(read.count)")
            } catch let error as TruceError where mayRefuse && error.code == .conflict {
                try require(pages == 1, "a refusal comes at the first page after the change, not later: after \(pages) pages")
                continue
            }
            try require(pages > 1, "several pages were read")
            try require(
                read == before,
                "the export returns the list as it was when it began: \(read.count) events for \(before.count); "
                    + "first difference at \(Array(zip(read, before)).firstIndex { $0 != $1 } ?? min(read.count, before.count)) (\(filter))")
            let after = try await storage.events(matching: filter, limit: nil, offset: 0)
            try require(after != before, "the writes made during the export are in the store after it")
        }
    }
}
