import Foundation
import TruceFormats
import TruceModel
import TruceStorage

/// The contract of the evidence version, which caches of assessments trust: every kind of write
/// that can change evidence or a review decision changes it; reading leaves it alone.
extension StorageContract {
    /// Every check of the evidence version and of capped counts.
    public static let evidenceVersion: [Check] = [
        Check(name: "every kind of write changes the evidence version", run: everyWriteChangesTheEvidenceVersion),
        Check(name: "a capped count stops at its cap", run: aCappedCountStopsAtItsCap),
    ]

    /// Runs `write` and fails unless the evidence version differs afterwards.
    static func expectBump(_ storage: any TruceStorage, _ what: String, _ write: () async throws -> Void) async throws {
        let before = try await storage.evidenceVersion()
        try await write()
        let after = try await storage.evidenceVersion()
        try require(after != before, "\(what) changes the evidence version (still \(after))")
    }

    static func everyWriteChangesTheEvidenceVersion(_ storage: any TruceStorage) async throws {
        let first = try await storage.evidenceVersion()
        try require(try await storage.evidenceVersion() == first, "reading the version twice gives the same number")
        try await expectBump(storage, "an import of events") {
            try await importEvents([event("E1", "2020-03-02", "Taliban"), event("E2", "2020-03-03", "Taliban")], into: storage)
        }
        try await expectBump(storage, "a re-import of unchanged events (a new snapshot)") {
            try await importEvents([event("E1", "2020-03-02", "Taliban")], into: storage)
        }
        try await expectBump(storage, "a revision of an event") {
            try await importEvents([event("E1", "2020-03-02", "Taliban", deaths: 3, revision: 9)], into: storage)
        }
        let unchanged = try await storage.evidenceVersion()
        _ = try await storage.events(from: day("2020-03-01"), to: day("2020-03-31"), countries: [], asOf: nil)
        _ = try await storage.eventCount(matching: EventFilter(actor: "tali"))
        _ = try await storage.snapshots()
        try require(try await storage.evidenceVersion() == unchanged, "reading evidence leaves the version alone")
        try await expectBump(storage, "an import of deletions") {
            _ = try await storage.importDeletions(
                from: ListedRecords(values: [ACLEDDeletion(key: "E2")]), input: "deleted.csv", importedAt: stamp, rejects: DiscardedRejects(),
                progress: { _ in })
        }
        try await expectBump(storage, "a stated coverage") {
            let report = try await importEvents([event("E3", "2020-04-02", "Taliban")], into: storage)
            let before = try await storage.evidenceVersion()
            try await storage.recordStatedCoverage(snapshot: report.snapshot, from: day("2020-04-01"), to: day("2020-04-30"), countries: [])
            try require(try await storage.evidenceVersion() != before, "recording a stated coverage changes the evidence version")
        }
        try await expectBump(storage, "an import of observations") {
            _ = try await storage.importObservations(
                from: ListedRecords(values: [Observation(key: "O1", indicator: "troop_level", date: day("2020-03-01"), value: 1, source: "DoD")]),
                input: "observations.csv", importedAt: stamp, rejects: DiscardedRejects(), progress: { _ in })
        }
        try await expectBump(storage, "an import of claims") {
            _ = try await storage.importClaims(
                from: ListedRecords(values: [
                    Claim(key: "C1", date: day("2020-03-04"), speaker: "Wire", quote: "q", aboutProvision: "riv", source: "W")
                ]),
                input: "claims.csv", importedAt: stamp, rejects: DiscardedRejects(), progress: { _ in })
        }
        var clusters: (attack: ReviewCluster, pledge: ReviewCluster)?
        try await expectBump(storage, "an import of coded articles") { clusters = try await storeArticles(storage) }
        let (attack, pledge) = try clusters.orThrow("articles were stored")
        try await expectBump(storage, "an edit of a candidate") { _ = try await storage.edit(attack.id, set: ["place=Lashkar Gah"], by: reviewer) }
        try await expectBump(storage, "replacing a candidate's edits") {
            try await storage.replaceEdits(attack.id, with: ReviewEdits(stored: [:], kind: .event), by: reviewer)
        }
        try await expectBump(storage, "an acceptance") { _ = try await storage.accept([attack.id], by: reviewer, allowNonAct: false, indicator: nil) }
        try await expectBump(storage, "reopening an accepted record") { try await storage.reopen(attack.id, by: reviewer) }
        try await expectBump(storage, "a rejection") { try await storage.reject([pledge.id], note: "rumour", by: reviewer) }
        try await expectBump(storage, "reopening a rejection") { try await storage.reopen(pledge.id, by: reviewer) }
        try await expectBump(storage, "a merge") { try await storage.merge(pledge.id, into: attack.id, by: reviewer) }
    }

    static func aCappedCountStopsAtItsCap(_ storage: any TruceStorage) async throws {
        let events = (1...12).map { event(String(format: "E%02d", $0), String(format: "2020-03-%02d", $0), $0 % 3 == 0 ? "ISKP" : "Taliban") }
        try await importEvents(events, into: storage)
        for filter in [EventFilter(), EventFilter(actor: "talib"), EventFilter(actor: "iskp", from: day("2020-03-04")), EventFilter(actor: "nobody")]
        {
            let exact = try await storage.eventCount(matching: filter)
            for cap in [0, 1, 3, exact, exact + 1, 100] {
                let capped = try await storage.eventCount(matching: filter, atMost: cap)
                try require(capped == min(exact, cap), "a count of \(exact) capped at \(cap) is \(min(exact, cap)), not \(capped): \(filter)")
            }
        }
    }
}
