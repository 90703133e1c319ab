import Foundation
import Testing
import TruceCoder
import TruceCore
import TruceModel
import TruceStorage
import TruceStore
import TruceTestSupport

/// Coded articles and their review, through the core over a real SQLite store.
@Suite struct ReviewTests {
    static let text = """
        KABUL, March 4, 2020 — Taliban fighters attacked an Afghan army checkpoint in Helmand province on Tuesday, \
        killing four soldiers, officials said.
        """

    @Test func codedArticlesWaitForReviewAndEveryDecisionIsStamped() async throws {
        let clock = WallClock.fixed(ISO8601DateFormatter().date(from: "2020-03-05T08:00:00Z")!)
        let app = TruceApp(storage: try Store.inMemory(), clock: clock)
        let article = ArticleCleaner.article(raw: Self.text, markup: .plain, origin: "wire.txt", source: "Wire", date: Fixtures.day("2020-03-04"))
        let coded = ArticleCoder().code(article)
        try #require(!coded.events.isEmpty, "the coder finds the attack")
        let item = ArticleImport(article: article, bytes: Array(Self.text.utf8), result: coded)
        let report = try await app.storeCodedArticles([item], settings: CoderSettings())
        #expect(report.articlesNew == 1 && report.events == coded.events.count)
        let again = try await app.storeCodedArticles([item], settings: CoderSettings())
        #expect(again.articlesDuplicate == 1 && again.snapshot == nil, "the same bytes are stored once")

        let pending = try await app.reviewClusters()
        let first = try #require(pending.first)
        try await app.reject([first.id], note: "checked: a duplicate wire", reviewer: "ana")
        let (cluster, actions) = try await app.reviewCluster(first.id)
        #expect(cluster.state == .rejected && cluster.reviewer == "ana" && cluster.reviewedAt == "2020-03-05T08:00:00Z")
        #expect(actions.map(\.action) == ["reject"])
        #expect(try await app.reviewCounts()[.rejected] == 1)
        try await app.reopen(first.id, reviewer: "ana")
        #expect(try await app.reviewCluster(first.id).cluster.state == .pending)
    }
}

extension ReviewTests {
    /// Article intake from bytes, as an upload arrives: each article succeeds or fails alone, the
    /// same bytes are stored once, and progress reaches every article.
    @Test func articlesFromBytesAreCodedAndStoredEachAlone() async throws {
        let clock = WallClock.fixed(ISO8601DateFormatter().date(from: "2020-03-05T08:00:00Z")!)
        let app = TruceApp(storage: try Store.inMemory(), clock: clock)
        let inputs: [ArticleInput] = [
            .bytes(Array(Self.text.utf8), origin: "wire.txt"),
            .bytes([], origin: "empty.txt"),
            .bytes(Array("<html><body><script>x()</script></body></html>".utf8), origin: "furniture.html"),
            .bytes(Array(Self.text.utf8), origin: "copy.txt"),
        ]
        var seen: [Int] = []
        let intake = try await app.importArticles(ArticleIntakeRequest(inputs: inputs, settings: CodingSettings(source: "Wire"))) { seen.append($0.rows) }
        #expect(seen == [1, 2, 3, 4])
        #expect(intake.inputs == 4)
        #expect(intake.failures.map(\.origin) == ["empty.txt", "furniture.html"])
        #expect(intake.stored.articlesNew == 1 && intake.stored.articlesDuplicate == 1 && intake.stored.duplicates == ["copy.txt"])
        #expect(intake.stored.events > 0)

        let window = await #expect(throws: TruceError.self) {
            try await app.importArticles(ArticleIntakeRequest(inputs: inputs, window: 40))
        }
        #expect(window?.parameter == "window")
    }

    /// The review cluster document users see, pinned by a golden file.
    @Test func clusterDocumentMatchesItsGoldenFile() async throws {
        let clock = WallClock.fixed(ISO8601DateFormatter().date(from: "2020-03-05T08:00:00Z")!)
        let app = TruceApp(storage: try Store.inMemory(), clock: clock)
        _ = try await app.importArticles(
            ArticleIntakeRequest(inputs: [.bytes(Array(Self.text.utf8), origin: "wire.txt")], settings: CodingSettings(source: "Wire")))
        let first = try #require(try await app.reviewClusters().first)
        try await app.reject([first.id], note: "a duplicate wire", reviewer: "ana")
        let (cluster, actions) = try await app.reviewCluster(first.id)
        try DocumentGoldenTests.check([ClusterDocument(cluster, actions: actions)], against: "review-cluster.json")
    }
}
