import Foundation
import TruceFormats
import TruceModel
import TruceStorage

/// The contract of article and review storage: coded articles stored once by their bytes and filed
/// into clusters; decisions that are transactions, logged with their stamp, and reversible.
extension StorageContract {
    static let reviewer = ReviewStamp(reviewer: "ana", at: "2026-01-02T00:00:00Z")

    /// An article of one sentence reporting one event, coded as given.
    static func codedArticle(
        _ origin: String, _ sentence: String, actor1: String = "Taliban", actor2: String = "United States", country: String = "Afghanistan",
        modality: Modality = .done, published: String = "2020-03-06"
    ) -> ArticleImport {
        let article = Article(origin: origin, source: "Wire", headline: "Report", text: sentence, publicationDate: day(published))
        let event = CodedEvent(
            date: ResolvedDate(day: day("2020-03-05")), actor1: CodedActor(name: actor1, text: actor1),
            actor2: CodedActor(name: actor2, text: actor2), code: "190", acledEventType: "Battles", acledSubEventType: "Armed clash",
            location: CodedLocation(country: country, admin1: "Helmand"), fatalities: CodedFatalities(low: 1, best: 1, high: 1),
            modality: modality, span: TextSpan(start: 0, end: sentence.unicodeScalars.count), confidence: 0.7)
        return ArticleImport(article: article, bytes: Array(sentence.utf8), result: CodingResult(events: [event]))
    }

    /// Stores an attack told by two wires (one cluster), a copy of the first wire's bytes, and a pledge elsewhere (another cluster).
    static func storeArticles(_ storage: any TruceStorage) async throws -> (attack: ReviewCluster, pledge: ReviewCluster) {
        let attack = "Taliban fighters attacked US forces in Helmand, killing one soldier."
        let items = [
            codedArticle("wire-1.txt", attack),
            codedArticle("wire-2.txt", "A US soldier was killed when the Taliban attacked a base in Helmand."),
            codedArticle("copy.txt", attack),
            codedArticle(
                "pledge.txt", "Militants pledged to stop attacks on the army in Kunduz.", actor1: "Militants", actor2: "Army", country: "Pakistan",
                modality: .promised),
        ]
        let report = try await storage.importArticles(items, settings: CoderSettings(), importedAt: stamp)
        try require(report.snapshot != nil, "a run that stores articles records a snapshot")
        try require(report.articlesNew == 3 && report.articlesDuplicate == 1, "the same bytes are stored once: \(report)")
        try require(report.duplicates == ["copy.txt"], "duplicates are named by origin: \(report.duplicates)")
        try require(report.events == 3 && report.clustersNew == 2, "three candidate events in two clusters: \(report)")
        let clusters = try await storage.reviewClusters(states: [.pending])
        try require(clusters.map(\.id) == clusters.map(\.id).sorted(), "clusters are ordered by id")
        let attackCluster = try clusters.first { $0.reports.count == 2 }.orThrow("the two wires about one attack share a cluster")
        let pledgeCluster = try clusters.first { $0.reports.count == 1 }.orThrow("the pledge is a cluster of its own")
        return (attackCluster, pledgeCluster)
    }

    static func articlesAreStoredOnceAndFiledIntoClusters(_ storage: any TruceStorage) async throws {
        let (attack, pledge) = try await storeArticles(storage)
        try require(attack.kind == .event && attack.state == .pending && attack.isAct, "an attack reported as done waits as an act")
        try require(!pledge.isAct && pledge.modality == .promised, "a pledge keeps its modality: \(pledge.modality)")
        let counts = try await storage.reviewCounts()
        try require(counts[.pending] == 2, "two clusters pending: \(counts)")
        let again = try await storage.importArticles(
            [codedArticle("wire-1-again.txt", "Taliban fighters attacked US forces in Helmand, killing one soldier.")], settings: CoderSettings(),
            importedAt: stamp)
        try require(again.snapshot == nil && again.articlesDuplicate == 1, "a run of stored articles stores nothing: \(again)")
        let report = try attack.reports.first.orThrow("a cluster has its reports")
        let article = try await storage.article(id: report.articleID).orThrow("a stored article is found by its id")
        try require(article.origin == report.article.origin && article.source == "Wire", "the article keeps its origin and source")
        try require(try await storage.article(id: 9_999) == nil, "an unknown article is nil")
    }

    static func acceptingWritesEvidenceOnlyForActsAllOrNone(_ storage: any TruceStorage) async throws {
        let (attack, pledge) = try await storeArticles(storage)
        do {
            _ = try await storage.accept([attack.id, pledge.id], by: reviewer, allowNonAct: false, indicator: nil)
            throw ContractViolation("a pledge is refused unless non-acts are allowed")
        } catch let error as TruceError {
            try require(error.parameter == "allow_non_act", "the refusal is the model's acts-only rule: \(error)")
        }
        try require(try await storage.reviewCluster(attack.id).state == .pending, "accepting is all or none")
        let accepted = try await storage.accept([attack.id], by: reviewer, allowNonAct: false, indicator: nil)
        try require(accepted.count == 1 && accepted[0].cluster == attack.id, "one record per cluster: \(accepted)")
        guard case .event(let event) = accepted[0].record else { throw ContractViolation("an event cluster becomes an event") }
        try require(event.key == attack.key && event.dataset == "articles", "the event is keyed by its cluster in `articles`: \(event.key)")
        let stored = try await storage.events(from: day("2020-03-01"), to: day("2020-03-31"), countries: [], asOf: nil)
        try require(keys(stored) == [attack.key], "the accepted event is evidence: \(keys(stored))")
        let decided = try await storage.reviewCluster(attack.id)
        try require(decided.state == .accepted && decided.reviewer == "ana" && decided.reviewedAt == reviewer.at, "the decision is stamped")
        try require(try await storage.reviewActions(cluster: attack.id).map(\.action) == ["accept"], "the decision is logged")
        _ = try await storage.accept([pledge.id], by: reviewer, allowNonAct: true, indicator: nil)
        try require(try await storage.reviewCluster(pledge.id).state == .accepted, "a non-act is accepted when allowed")
        try await storage.reopen(attack.id, by: reviewer)
        let after = try await storage.events(from: day("2020-03-01"), to: day("2020-03-31"), countries: ["Afghanistan"], asOf: nil)
        try require(after.isEmpty, "reopening takes the record out of the current evidence: \(keys(after))")
        let earlier = try await storage.events(from: day("2020-03-01"), to: day("2020-03-31"), countries: [], asOf: accepted[0].snapshot)
        try require(keys(earlier) == [attack.key], "the snapshot of the acceptance still holds it")
    }

    static func rejectEditMergeAndReopen(_ storage: any TruceStorage) async throws {
        let (attack, pledge) = try await storeArticles(storage)
        try await storage.reject([pledge.id], note: "a rumour", by: reviewer)
        let rejected = try await storage.reviewCluster(pledge.id)
        try require(rejected.state == .rejected && rejected.note == "a rumour", "a rejected cluster is kept with its note")
        try await storage.reopen(pledge.id, by: reviewer)
        try require(try await storage.reviewCluster(pledge.id).state == .pending, "reopening puts a rejected cluster back")

        let edited = try await storage.edit(attack.id, set: ["place=Lashkar Gah"], by: reviewer)
        try require(edited.edits.values["place"] == "Lashkar Gah", "an edit is kept: \(edited.edits.values)")
        do {
            _ = try await storage.edit(attack.id, set: ["actor1=Someone", "colour=red"], by: reviewer)
            throw ContractViolation("an unknown field is refused")
        } catch is TruceError {}
        try require(try await storage.reviewCluster(attack.id).edits.values["actor1"] == nil, "a refused edit keeps none of its fields")
        try await storage.replaceEdits(attack.id, with: ReviewEdits(stored: [:], kind: .event), by: reviewer)
        try require(try await storage.reviewCluster(attack.id).edits.isEmpty, "replacing the edits restores them wholesale")

        try await storage.merge(pledge.id, into: attack.id, by: reviewer)
        let merged = try await storage.reviewCluster(pledge.id)
        try require(merged.state == .merged && merged.mergedInto == attack.id, "the merged cluster points at its target")
        try require(try await storage.reviewCluster(attack.id).reports.count == 3, "the target holds every report")
        try await storage.reopen(pledge.id, by: reviewer)
        try require(try await storage.reviewCluster(pledge.id).reports.count == 1, "reopening a merge takes the reports back")
        try require(try await storage.reviewCluster(attack.id).reports.count == 2, "and the target gives them up")
        do {
            _ = try await storage.reviewCluster(9_999)
            throw ContractViolation("an unknown cluster is an error")
        } catch is TruceError {}
        let actions = try await storage.reviewActions(cluster: pledge.id).map(\.action)
        try require(actions == ["reject", "reopen", "merge", "reopen"], "every decision is logged in order: \(actions)")
    }
}

extension Optional {
    /// The value, or a contract violation saying what was expected.
    func orThrow(_ expected: String) throws -> Wrapped {
        guard let self else { throw ContractViolation(expected) }
        return self
    }
}
