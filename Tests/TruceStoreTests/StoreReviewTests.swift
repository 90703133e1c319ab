import Foundation
import Testing
import TruceModel
import TruceStorage
import TruceTestSupport

@testable import TruceStore

@Suite struct StoreReviewTests {
    typealias F = CandidateFixtures
    let alice = ReviewStamp(reviewer: "alice", at: "2026-01-02T10:00:00Z")
    let bob = ReviewStamp(reviewer: "bob", at: "2026-01-03T10:00:00Z")

    func storeWithAttack(reports: Int = 3) throws -> (Store, Int64) {
        let store = try Store.inMemory()
        _ = try store.importArticles(F.attackReports(reports), importedAt: F.stamp)
        let id = try #require(try store.reviewClusters().first?.id)
        return (store, id)
    }

    func articleEvents(_ store: Store) throws -> [Event] {
        try store.events(matching: EventFilter(dataset: "articles"), limit: nil).events
    }

    @Test func acceptingAClusterWritesOneEventWithItsArticlesAsProvenance() throws {
        let (store, id) = try storeWithAttack()
        let accepted = try store.accept([id], by: alice)
        #expect(accepted.count == 1)

        let events = try store.events(from: F.day("2020-03-01"), to: F.day("2020-03-31"), countries: ["Afghanistan"])
        let event = try #require(events.first)
        #expect(events.count == 1)
        #expect(event.dataset == "articles" && event.key == "article:\(id)")
        #expect(event.date.day == F.day("2020-03-04") && event.date.precision == .day)
        #expect(event.actor1.name == "Taliban" && event.actor2.name == "United States")
        #expect(event.type == EventType(event: "Battles", subEvent: "Armed clash", cameo: "190"))
        #expect(event.location.country == "Afghanistan" && event.location.admin1 == "Helmand")
        // Lows 2, 3, 2 → 3; bests 2, 3, 4 → median 3; highs 2, 5 → 5.
        #expect(event.fatalities == Fatalities(low: 3, best: 3, high: 5))
        #expect(event.sources == ["Wire 0", "Wire 1", "Wire 2"])
        #expect(event.notes?.contains("reported by 3 articles") == true)
        #expect(event.provenance?.file == "wire-0.txt" && event.provenance?.snapshot == accepted[0].snapshot)
        let cited = try #require(event.attributes["articles"])
        let articles = try #require(try JSONSerialization.jsonObject(with: Data(cited.utf8)) as? [[String: String]])
        #expect(articles.map { $0["origin"] } == ["wire-0.txt", "wire-1.txt", "wire-2.txt"])
        #expect(articles.allSatisfy { $0["sha256"]?.count == 64 && $0["headline"] != nil && $0["source"] != nil })
        #expect(event.attributes["reviewer"] == "alice" && event.attributes["modality"] == "done")

        let cluster = try store.reviewCluster(id)
        #expect(cluster.state == .accepted && cluster.evidenceKey == "article:\(id)" && cluster.reviewer == "alice")
        #expect(try store.reviewActions(cluster: id).map(\.action) == ["accept"])
        #expect(try store.snapshots().last?.source == "review")
        #expect(try store.reviewClusters().isEmpty, "an accepted cluster leaves the queue")
    }

    @Test func aNonActIsRefusedUnlessAllowed() throws {
        let store = try Store.inMemory()
        let sentence = "The Taliban pledged to stop attacking US forces."
        let a = F.article("pledge.txt", sentence)
        _ = try store.importArticles([F.item(a, events: [F.event(sentence, in: a, modality: .promised)])], importedAt: F.stamp)
        let id = try #require(try store.reviewClusters().first?.id)
        #expect {
            try store.accept([id], by: alice)
        } throws: { error in
            let message = (error as? TruceError)?.message ?? ""
            return message.contains("promised") && message.contains("only acts") && (error as? TruceError)?.parameter == "allow_non_act"
        }
        #expect(try articleEvents(store).isEmpty)
        try store.accept([id], by: alice, allowNonAct: true)
        #expect(try articleEvents(store).first?.attributes["modality"] == "promised")
    }

    @Test func anEditToModalityDoneLetsAnActThrough() throws {
        let store = try Store.inMemory()
        let sentence = "The Taliban denied attacking US forces, but witnesses saw the attack."
        let a = F.article("denied.txt", sentence)
        _ = try store.importArticles([F.item(a, events: [F.event(sentence, in: a, modality: .denied)])], importedAt: F.stamp)
        let id = try #require(try store.reviewClusters().first?.id)
        try store.edit(id, set: ["modality=done"], by: alice)
        try store.accept([id], by: alice)
        #expect(try articleEvents(store).count == 1)
    }

    @Test func editsAreCheckedAndTheErrorNamesTheField() throws {
        let (store, id) = try storeWithAttack(reports: 1)
        let cases: [(String, String)] = [
            ("date=2020-13-01", "field 'date'"), ("fatalities=many", "field 'fatalities'"), ("code=19x", "field 'code'"),
            ("modality=maybe", "field 'modality'"), ("colour=red", "field 'colour'"), ("indicator=troops", "field 'indicator'"),
            ("no equals sign", "field=value"),
        ]
        for (assignment, expected) in cases {
            #expect { try store.edit(id, set: ["actor1=Someone", assignment], by: alice) } throws: { error in
                (error as? TruceError)?.message.contains(expected) == true
            }
        }
        #expect(try store.reviewCluster(id).edits.isEmpty, "a rejected edit keeps none of its fields")

        let edited = try store.edit(
            id,
            set: [
                "date=2020-03-03..2020-03-04", "actor2=", "fatalities=1..2..4", "place=Lashkar Gah", "code=183",
                "event_type=Explosions/Remote violence",
            ], by: alice)
        guard case .success(.event(let event)) = edited.draft() else {
            Issue.record("an edited cluster has a draft")
            return
        }
        #expect(event.date.earliest == F.day("2020-03-03") && event.date.latest == F.day("2020-03-04"))
        #expect(event.actor2.name == nil && event.fatalities == Fatalities(low: 1, best: 2, high: 4))
        #expect(event.location.place == "Lashkar Gah" && event.type.cameo == "183")
        #expect(event.type.event == "Explosions/Remote violence" && event.type.subEvent == nil, "the coded sub-event type was for 190")
        #expect(try store.reviewActions(cluster: id).map(\.action) == ["edit"])
    }

    @Test func aChangedCodeWithoutAnEventTypeAsksForOne() throws {
        let store = try Store.inMemory()
        let sentence = "A bomb went off near a police post in Kunduz."
        let a = F.article("bomb.txt", sentence)
        let event = F.event(sentence, in: a, actor2: nil, code: "183", eventType: nil, subEventType: nil, admin1: "Kunduz")
        _ = try store.importArticles([F.item(a, events: [event])], importedAt: F.stamp)
        let id = try #require(try store.reviewClusters().first?.id)
        #expect { try store.accept([id], by: alice) } throws: { error in
            let message = (error as? TruceError)?.message ?? ""
            return message.contains("field 'event_type'") && message.contains("cluster \(id)") && (error as? TruceError)?.parameter == "edits"
        }
        try store.edit(id, set: ["event_type=Explosions/Remote violence"], by: alice)
        try store.accept([id], by: alice)
        #expect(try articleEvents(store).first?.type.event == "Explosions/Remote violence")
    }

    @Test func mergingMovesReportsAndReopeningTakesThemBack() throws {
        let store = try Store.inMemory()
        let reports = F.attackReports(2)
        _ = try store.importArticles([reports[0]], importedAt: F.stamp)
        // The same incident placed elsewhere by a second wire: clustered apart.
        var other = reports[1]
        other.result.events[0].location = CodedLocation(country: "Afghanistan", admin1: "Nimroz")
        _ = try store.importArticles([other], importedAt: F.stamp)
        let ids = try store.reviewClusters().map(\.id)
        #expect(ids.count == 2)

        try store.merge(ids[1], into: ids[0], by: alice)
        #expect(try store.reviewClusters().map(\.id) == [ids[0]])
        #expect(try store.reviewCluster(ids[0]).reports.count == 2)
        #expect(try store.reviewCluster(ids[1]).state == .merged)
        #expect { try store.accept([ids[1]], by: alice) } throws: { error in
            (error as? TruceError)?.message.contains("merged into cluster \(ids[0])") == true
        }

        try store.reopen(ids[1], by: bob)
        #expect(try store.reviewCluster(ids[0]).reports.count == 1)
        #expect(try store.reviewCluster(ids[1]).reports.map(\.article.origin) == ["wire-1.txt"])
        #expect(try store.reviewCluster(ids[1]).state == .pending)
        #expect { try store.merge(ids[0], into: ids[0], by: alice) } throws: { error in error is TruceError }
    }

    @Test func aRejectedClusterIsKeptMarkedAndCanBeReopened() throws {
        let (store, id) = try storeWithAttack(reports: 2)
        try store.reject([id], note: "a rumour, denied by both sides", by: alice)
        let rejected = try store.reviewCluster(id)
        #expect(rejected.state == .rejected && rejected.note == "a rumour, denied by both sides" && rejected.reports.count == 2)
        #expect(try store.reviewClusters(states: [.rejected]).map(\.id) == [id])
        #expect(try articleEvents(store).isEmpty)
        #expect { try store.accept([id], by: alice) } throws: { error in
            (error as? TruceError)?.message.contains("reopen it first") == true
        }
        try store.reopen(id, by: bob)
        #expect(try store.reviewCluster(id).state == .pending)
        #expect(try store.reviewActions(cluster: id).map { "\($0.action) \($0.reviewer)" } == ["reject alice", "reopen bob"])
    }

    @Test func reopeningAnAcceptedEventWithdrawsItButEarlierSnapshotsKeepIt() throws {
        let (store, id) = try storeWithAttack()
        let accepted = try store.accept([id], by: alice)
        try store.reopen(id, by: bob)
        #expect(try articleEvents(store).isEmpty)
        let then = try store.asOf(snapshot: accepted[0].snapshot)
        #expect(try then.events(from: F.day("2020-03-01"), to: F.day("2020-03-31"), countries: []).map(\.key) == ["article:\(id)"])

        try store.accept([id], by: bob)
        #expect(try articleEvents(store).map(\.key) == ["article:\(id)"])
        #expect(try store.reviewActions(cluster: id).map(\.action) == ["accept", "reopen", "accept"])
    }

    @Test func anUnknownClusterSaysHowToListThem() throws {
        let (store, _) = try storeWithAttack(reports: 1)
        #expect { try store.accept([999], by: alice) } throws: { error in
            (error as? TruceError).map { $0.message.contains("no candidate cluster") && $0.parameter == "cluster" } == true
        }
    }

    @Test func acceptedClaimsAndFiguresBecomeClaimsAndObservations() throws {
        let store = try Store.inMemory()
        let quote = "Violence has dropped sharply since the signing."
        let a = F.article("envoy.txt", published: "2020-03-06", "\"\(quote)\", the envoy said. US troops now number 12,000; the goal is 8,600.")
        let claim = CodedClaim(
            speaker: "Zalmay Khalilzad", speakerActor: CodedActor(name: "USA", text: "the envoy"), verb: "said", quote: quote,
            span: F.span(of: quote, in: a.text), aboutProvision: "riv")
        let now = CodedFigure(
            indicator: "troop_level", value: 12_000, kind: .current, actor: CodedActor(name: "USA", text: "US"),
            span: F.span(of: "US troops now number 12,000; the goal is 8,600.", in: a.text))
        let goal = CodedFigure(
            indicator: "troop_level", value: 8_600,
            refersTo: ResolvedDate(earliest: F.day("2020-07-01"), latest: F.day("2020-07-31"), precision: .month),
            kind: .target, span: now.span)
        _ = try store.importArticles([F.item(a, claims: [claim], figures: [now, goal])], importedAt: F.stamp)
        let clusters = try store.reviewClusters()
        let claimCluster = try #require(clusters.first { $0.kind == .claim })
        let figures = clusters.filter { $0.kind == .figure }
        let current = try #require(figures.first { $0.isAct })
        let target = try #require(figures.first { !$0.isAct })

        try store.accept([claimCluster.id, current.id], by: alice, indicator: "us_troops")
        #expect(try store.observations(indicator: "us_troops").map(\.value) == [12_000], "--indicator names the indicator")
        try store.reopen(current.id, by: alice)
        try store.accept([current.id], by: alice, indicator: "troop_level")
        let claims = try store.claims(aboutProvision: "riv")
        #expect(claims.map(\.quote) == [quote])
        #expect(claims.first?.reviewState == .accepted && claims.first?.speakerActor == "USA" && claims.first?.date == F.day("2020-03-06"))
        let observations = try store.observations(indicator: "troop_level")
        #expect(observations.map(\.value) == [12_000] && observations.first?.actor == "USA")
        #expect(observations.first?.notes?.contains("envoy.txt") == true)

        #expect { try store.accept([target.id], by: alice) } throws: { error in
            (error as? TruceError)?.message.contains("target figure") == true
        }
        try store.reopen(claimCluster.id, by: bob)
        #expect(try store.claims(aboutProvision: "riv").isEmpty)
    }
}
