import Foundation
import Testing
import TruceModel
import TruceStorage
import TruceTestSupport

@testable import TruceStore

@Suite struct StoreCandidateTests {
    typealias F = CandidateFixtures

    @Test func migrationV3KeepsTheDataOfAVersion2Store() throws {
        let folder = try TestPaths.temporaryDirectory("truce-v2")
        let path = folder.appendingPathComponent("truce.sqlite").path
        let old = try Store.open(path: path, upTo: "v2")
        #expect(try old.appliedMigrations() == ["v1", "v2"])
        let events = try old.importACLED(path: TestPaths.example("events.csv"), importedAt: F.stamp)
        _ = try old.importObservations(path: TestPaths.example("observations.csv"), importedAt: F.stamp)
        let before = try old.counts()

        let store = try Store.open(path: path)
        #expect(
            try store.appliedMigrations() == [
                "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8-alerts", "v9-evidence-version", "v10-event-filter-indexes",
                "audit", "users-removal", "v11-fewer-event-indexes", "v12-event-date-spread",
            ])
        #expect(try store.counts() == before)
        #expect(try store.events(matching: EventFilter(), limit: nil).total == events.counts.stored)
        let report = try store.importArticles(F.attackReports(1), importedAt: F.stamp)
        #expect(report.articlesNew == 1 && report.events == 1)
        #expect(try store.snapshots().map(\.source) == ["acled", "observations", "articles"])
        #expect(try store.indexNames(on: "candidates").contains("candidates_for_clustering"))
    }

    @Test func articlesAndTheirCandidatesAreStoredOnceWithTheirText() throws {
        let store = try Store.inMemory()
        let items = F.attackReports(2)
        let first = try store.importArticles(items, settings: CoderSettings(dictionaries: ["verbs.txt"]), importedAt: F.stamp)
        #expect(first.articlesNew == 2 && first.articlesDuplicate == 0 && first.events == 2)
        #expect(first.snapshot != nil)

        let again = try store.importArticles(items + [items[0]], importedAt: F.stamp)
        #expect(again.articlesNew == 0 && again.articlesDuplicate == 3)
        #expect(again.duplicates == ["wire-0.txt", "wire-1.txt", "wire-0.txt"])
        #expect(again.snapshot == nil, "a run of duplicates makes no snapshot")
        #expect(try store.snapshots().count == 1)

        let cluster = try #require(try store.reviewClusters().first)
        #expect(cluster.reports.map(\.sentence).first == "Taliban fighters attacked a US base in Helmand on Wednesday, killing two soldiers.")
        #expect(cluster.reports.first?.article.sha256 == items[0].sha256)
        #expect(items[0].sha256.count == 64)
        let stored = try #require(try store.article(id: cluster.reports[0].articleID))
        #expect(stored.text == items[0].article.text && stored.publicationDate == F.day("2020-03-05"))
    }

    @Test func aSpanCountsUnicodeScalarsSoTheSentenceSurvivesAccents() throws {
        let store = try Store.inMemory()
        let sentence = "Les talibans ont attaqué une base à Helmand."
        let text = "Kaboul — Señor Ærø écrit. \(sentence) Fin."
        let a = F.article("fr.txt", text)
        _ = try store.importArticles([F.item(a, events: [F.event(sentence, in: a)])], importedAt: F.stamp)
        #expect(try store.reviewClusters().first?.reports.first?.sentence == sentence)
    }

    @Test func threeArticlesOfOneIncidentBecomeOneClusterAcrossRuns() throws {
        let store = try Store.inMemory()
        let reports = F.attackReports(3)
        let first = try store.importArticles(Array(reports.prefix(2)), importedAt: F.stamp)
        #expect(first.clustersNew == 1 && first.clustersExtended == 0)
        let second = try store.importArticles([reports[2]], importedAt: F.stamp)
        #expect(second.clustersNew == 0 && second.clustersExtended == 1)
        let clusters = try store.reviewClusters()
        #expect(clusters.count == 1)
        #expect(clusters.first?.reports.count == 3)
        #expect(Set(clusters.first?.articles.map(\.source) ?? []) == ["Wire 0", "Wire 1", "Wire 2"])
    }

    @Test func anotherDayPlaceActionOrModalityMakesAnotherCluster() throws {
        let store = try Store.inMemory()
        let sentence = "The Taliban attacked US forces."
        let base = F.article("base.txt", sentence)
        func variant(_ name: String, _ change: (inout CodedEvent) -> Void) -> ArticleImport {
            let a = F.article(name, sentence + " (\(name))")
            var e = F.event(sentence, in: a)
            change(&e)
            return F.item(a, events: [e])
        }
        let items = [
            F.item(base, events: [F.event(sentence, in: base)]),
            variant("next-day.txt") { $0.date = ResolvedDate(day: F.day("2020-03-05")) },  // within the window: joins
            variant("three-days-later.txt") { $0.date = ResolvedDate(day: F.day("2020-03-07")) },
            variant("kandahar.txt") { $0.location.admin1 = "Kandahar" },
            variant("protest.txt") { $0.code = "141" },
            variant("pledge.txt") { $0.modality = .promised },
            variant("unknown-place.txt") { $0.location = CodedLocation() },  // unknown place: joins
        ]
        let report = try store.importArticles(items, importedAt: F.stamp)
        #expect(report.clustersNew == 5)
        let clusters = try store.reviewClusters()
        let origins = clusters.map { Set($0.reports.map(\.article.origin)) }
        #expect(origins.contains(["base.txt", "next-day.txt", "unknown-place.txt"]))
        for alone in ["three-days-later.txt", "kandahar.txt", "protest.txt", "pledge.txt"] {
            #expect(origins.contains([alone]), "\(alone)")
        }
    }

    @Test func aPledgeNeverJoinsAnActButPledgesJoinEachOther() throws {
        let store = try Store.inMemory()
        let sentence = "The Taliban pledged to stop attacks on US forces."
        let items = (0..<3).map { index in
            let a = F.article("p\(index).txt", "\(sentence) \(index)")
            return F.item(a, events: [F.event(sentence, in: a, modality: index == 0 ? .done : .promised)])
        }
        _ = try store.importArticles(items, importedAt: F.stamp)
        let sizes = try store.reviewClusters().map(\.reports.count).sorted()
        #expect(sizes == [1, 2])
    }

    @Test func theSameQuoteAndTheSameFigureFromTwoArticlesClusterToo() throws {
        let store = try Store.inMemory()
        let quote = "We will leave when the conditions are met."
        let items = (0..<2).map { index in
            let a = F.article("q\(index).txt", "\"\(quote)\", the envoy said. Troops number 13,000. \(index)")
            let claim = CodedClaim(speaker: "The Envoy", verb: "said", quote: quote, span: F.span(of: quote, in: a.text))
            let figure = CodedFigure(
                indicator: "troop_level", value: 13_000, refersTo: ResolvedDate(day: F.day("2020-03-05")), kind: .current,
                span: F.span(of: "Troops number 13,000.", in: a.text))
            return F.item(a, claims: [claim], figures: [figure])
        }
        let report = try store.importArticles(items, importedAt: F.stamp)
        #expect(report.claims == 2 && report.figures == 2 && report.clustersNew == 2)
        let clusters = try store.reviewClusters()
        #expect(clusters.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.claim, .figure])
        #expect(clusters.allSatisfy { $0.reports.count == 2 })
    }

    @Test func aFailedRunStoresNothing() throws {
        let store = try Store.inMemory()
        let a = F.article("bad.txt", "Text.")
        // Two candidates with one ordinal cannot happen through importArticles; a negative span can.
        let broken = CodedEvent(code: "190", span: TextSpan(start: 5, end: 1), confidence: 1)
        #expect(throws: TruceError.self) {
            try store.importArticles(F.attackReports(1) + [F.item(a, events: [broken])], importedAt: F.stamp)
        }
        #expect(try store.reviewClusters(states: []).isEmpty)
        #expect(try store.snapshots().isEmpty)
    }
}
