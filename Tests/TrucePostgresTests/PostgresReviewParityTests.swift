import Foundation
import Testing
import TruceCoder
import TruceModel
import TrucePostgres
import TruceStorage
import TruceStore
import TruceTestSupport

/// The review queue on PostgreSQL does what it does on SQLite: the coder's fixture articles are
/// stored in both, clustered alike, and every review decision leaves both stores alike.
@Suite(.enabled(if: PostgresTestDatabase.isWanted)) struct PostgresReviewParityTests {
    static let stamp = "2026-01-01T00:00:00Z"

    /// The plain-text fixture articles, coded, with the publication date their file names give.
    static func codedArticles() throws -> [ArticleImport] {
        let folder = TestPaths.repository.appendingPathComponent("Tests/TruceCoderTests/Articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { ($0.hasSuffix(".txt") || $0.hasSuffix(".md")) && $0 != "README.md" }.sorted()
        let coder = ArticleCoder()
        return try names.map { name in
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
            let article = Article(
                origin: name, source: "Fixture", headline: name, text: String(decoding: bytes, as: UTF8.self),
                publicationDate: Day(iso: name.prefix(10)))
            return ArticleImport(article: article, bytes: bytes, result: coder.code(article))
        }
    }

    /// Runs `step` on both stores: both must give the same value, or fail with the same message.
    static func same<T: Equatable>(
        _ what: String, _ sqlite: any TruceStorage, _ postgres: any TruceStorage, _ step: (any TruceStorage) async throws -> T
    ) async throws {
        let onFile: Result<T, TruceError>
        let onServer: Result<T, TruceError>
        do { onFile = .success(try await step(sqlite)) } catch let error as TruceError { onFile = .failure(error) }
        do { onServer = .success(try await step(postgres)) } catch let error as TruceError { onServer = .failure(error) }
        switch (onFile, onServer) {
        case (.success(let a), .success(let b)): #expect(a == b, "\(what)")
        case (.failure(let a), .failure(let b)): #expect(a.message == b.message, "\(what): \(a.message) / \(b.message)")
        default: Issue.record("\(what): SQLite gave \(onFile), PostgreSQL \(onServer)")
        }
    }

    @Test func articlesAndEveryReviewDecisionLeaveBothStoresAlike() async throws {
        let items = try Self.codedArticles()
        let sqlite = try Store.inMemory()
        try await PostgresTestDatabase.with { (postgres: PostgresStore) async throws in
            try await Self.same("import", sqlite, postgres) { try await $0.importArticles(items, settings: CoderSettings(), importedAt: Self.stamp) }
            try await Self.same("import again", sqlite, postgres) {
                try await $0.importArticles(Array(items.prefix(2)), settings: CoderSettings(), importedAt: Self.stamp)
            }
            let clusters = try await sqlite.reviewClusters(states: [.pending])
            try #require(clusters.count >= 6, "the fixtures give a queue to review: \(clusters.count)")
            try await Self.same("the queue", sqlite, postgres) { try await $0.reviewClusters(states: Set(ClusterState.allCases)) }
            // Acts that can be accepted as they stand: statements (an appeal, CAMEO 02) have no ACLED type to draft.
            let acts = clusters.filter { cluster in
                guard cluster.isAct, cluster.kind == .event, case .success = cluster.draft() else { return false }
                return true
            }
            let others = clusters.filter { !$0.isAct }
            try #require(acts.count >= 3 && !others.isEmpty)
            let kim = ReviewStamp(reviewer: "kim", at: "2026-02-01T10:00:00Z")
            try await Self.same("accept an act", sqlite, postgres) { try await $0.accept([acts[0].id], by: kim, allowNonAct: false, indicator: nil) }
            try await Self.same("accept a non-act, refused", sqlite, postgres) {
                try await $0.accept([others[0].id], by: kim, allowNonAct: false, indicator: nil)
            }
            try await Self.same("edit", sqlite, postgres) { try await $0.edit(acts[1].id, set: ["place=Nad-e Ali"], by: kim) }
            try await Self.same("a wrong edit", sqlite, postgres) { try await $0.edit(acts[1].id, set: ["date=2020-13-01"], by: kim) }
            try await Self.same("merge", sqlite, postgres) {
                try await $0.merge(acts[2].id, into: acts[1].id, by: kim)
                return true
            }
            try await Self.same("reject", sqlite, postgres) {
                try await $0.reject([others[0].id], note: "a pledge", by: kim)
                return true
            }
            try await Self.same("accept the merged", sqlite, postgres) {
                try await $0.accept([acts[1].id], by: kim, allowNonAct: true, indicator: nil)
            }
            let later = ReviewStamp(reviewer: "ana", at: "2026-02-02T09:00:00Z")
            try await Self.same("reopen the accepted", sqlite, postgres) {
                try await $0.reopen(acts[0].id, by: later)
                return true
            }
            try await Self.same("reopen the merged", sqlite, postgres) {
                try await $0.reopen(acts[2].id, by: later)
                return true
            }
            try await Self.same("reopen the rejected", sqlite, postgres) {
                try await $0.reopen(others[0].id, by: later)
                return true
            }
            try await Self.same("decide on a decided cluster", sqlite, postgres) {
                try await $0.reject([acts[1].id], note: nil, by: later)
                return true
            }
            try await Self.same("an unknown cluster", sqlite, postgres) { try await $0.reviewCluster(9999) }

            try await Self.same("the queue at the end", sqlite, postgres) { try await $0.reviewClusters(states: Set(ClusterState.allCases)) }
            try await Self.same("the counts", sqlite, postgres) { try await $0.reviewCounts() }
            for cluster in clusters.prefix(8) {
                try await Self.same("the log of \(cluster.id)", sqlite, postgres) { try await $0.reviewActions(cluster: cluster.id) }
            }
            try await Self.same("an article", sqlite, postgres) { try await $0.article(id: 3) }
            try await Self.same("the snapshots", sqlite, postgres) { try await $0.snapshots() }
            let snapshots = try await sqlite.snapshotIDs(through: nil)
            for snapshot in [nil] + snapshots.map(Optional.some) {
                try await Self.same("the evidence as of \(snapshot.map(String.init) ?? "now")", sqlite, postgres) {
                    try await $0.events(from: Day(iso: "2000-01-01")!, to: Day(iso: "2030-01-01")!, countries: [], asOf: snapshot)
                }
            }
            try await Self.same("the record counts", sqlite, postgres) { try await $0.counts() }
            // Not only alike, but what the decisions should have left: one accepted cluster, its event the only current one.
            #expect(try await postgres.reviewCounts()[.accepted] == 1)
            #expect(try await postgres.eventCount(matching: EventFilter(dataset: "articles")) == 1)
            let sources = try await postgres.snapshots().map(\.source)
            #expect(sources == ["articles", "review", "review", "review"], "\(sources)")
        }
    }
}
