import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TruceStorage
import TruceTestSupport

@testable import TruceServer

/// The review queue through HTTP: an article uploaded by an analyst is coded into candidates, which
/// are listed with their sentences, filtered and sorted, edited, accepted and rejected through the
/// core's review use cases, every decision audited.
@Suite struct ReviewRouteTests {
    static let article = """
        KABUL, March 4, 2020 — Taliban fighters attacked an Afghan army checkpoint in Helmand province on Tuesday, \
        killing four soldiers, officials said. The Taliban said they would attack <script>alert(1)</script> more checkpoints next week.
        """

    func reply(
        _ client: any TestClientProtocol, _ uri: String, _ method: HTTPRequest.Method, _ headers: HTTPFields, _ body: String? = nil
    )
        async throws -> Reply
    {
        try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) {
            Reply(status: $0.status, headers: $0.headers, text: String(buffer: $0.body))
        }
    }

    @Test func anUploadedArticleIsReviewedThroughTheAPI() async throws {
        let fixture = try await ServerFixture.make()
        let analyst = TokenRouteTests.cookie(try await fixture.session(.analyst))
        try await fixture.test(publicRead: false) { client in
            let upload = try await reply(client, "/api/v1/imports/articles?name=wire.txt&source=Wire", .post, analyst, Self.article)
            #expect(upload.status == .created, "\(upload.text)")
            #expect(try await fixture.store.auditEntries(matching: AuditFilter(kind: "articles"), limit: 1, offset: 0).first?.actor == "ana")

            let queue = try await reply(client, "/api/v1/review?sort=confidence", .get, analyst)
            let page = try #require(queue.json as? [String: Any], "\(queue.text)")
            let clusters = try #require(page["clusters"] as? [[String: Any]])
            #expect(page["total"] as? Int == clusters.count && !clusters.isEmpty)
            let confidences = clusters.compactMap { ($0["reports"] as? [[String: Any]])?.compactMap { $0["confidence"] as? Double }.max() }
            #expect(confidences == confidences.sorted(), "least confident first: \(confidences)")
            #expect(
                clusters.allSatisfy { (($0["reports"] as? [[String: Any]])?.first?["sentence"] as? String)?.isEmpty == false },
                "sentences beside each")
            let event = try #require(
                clusters.first { $0["kind"] as? String == "event" && $0["problem"] == nil && $0["is_act"] as? Bool == true },
                "the attack needs no edit")
            let id = try #require(event["id"] as? Int)

            let onlyClaims = try await reply(client, "/api/v1/review?kind=claim", .get, analyst)
            let claims = try #require((onlyClaims.json as? [String: Any])?["clusters"] as? [[String: Any]])
            #expect(claims.allSatisfy { $0["kind"] as? String == "claim" })
            let none = try await reply(client, "/api/v1/review?min_confidence=1&max_confidence=1&event_type=Protests", .get, analyst)
            #expect((none.json as? [String: Any])?["total"] as? Int == 0)

            let unknownField = try await reply(client, "/api/v1/review/\(id)", .patch, analyst, #"{"colour": "red"}"#)
            #expect(unknownField.status == .badRequest && unknownField.error?["field"] == "colour", "\(unknownField.text)")
            let badCount = try await reply(client, "/api/v1/review/\(id)", .patch, analyst, #"{"fatalities": "many"}"#)
            #expect(badCount.status == .badRequest && badCount.error?["field"] == "fatalities", "\(badCount.text)")
            let edited = try await reply(client, "/api/v1/review/\(id)", .patch, analyst, #"{"fatalities": 5, "admin1": "Kandahar"}"#)
            #expect(edited.status == .ok, "\(edited.text)")
            let edits = try #require((edited.json as? [String: Any])?["edits"] as? [String: String])
            #expect(edits["fatalities"] == "5" && edits["admin1"] == "Kandahar")

            let accepted = try await reply(client, "/api/v1/review/\(id)/accept", .post, analyst, "")
            #expect(accepted.status == .ok, "\(accepted.text)")
            #expect(((accepted.json as? [String: Any])?["cluster"] as? [String: Any])?["state"] as? String == "accepted")
            let twice = try await reply(client, "/api/v1/review/\(id)/accept", .post, analyst, "")
            #expect(twice.status == .badRequest && twice.error?["field"] == "cluster", "\(twice.text)")
            let stored = try await fixture.app.events(matching: EventFilter(admin1: "Kandahar"), limit: 10, offset: 0)
            #expect(stored.events.contains { $0.fatalities.best == 5 }, "the edited record is the evidence")

            let decisions = try await fixture.store.auditEntries(
                matching: AuditFilter(kind: "review_cluster", recordID: String(id)), limit: 10, offset: 0)
            #expect(decisions.map(\.action) == ["accept", "edit"] && decisions.allSatisfy { $0.actor == "ana" })
            #expect(
                decisions.first?.before?.contains("\"state\":\"pending\"") == true
                    && decisions.first?.after?.contains("\"state\":\"accepted\"") == true)

            if let other = clusters.first(where: { $0["id"] as? Int != id })?["id"] as? Int {
                let rejected = try await reply(client, "/api/v1/review/\(other)/reject", .post, analyst, #"{"note": "duplicate wire"}"#)
                #expect(rejected.status == .ok && rejected.text.contains("duplicate wire"), "\(rejected.text)")
            }
            let missing = try await reply(client, "/api/v1/review/999999/accept", .post, analyst, "")
            #expect(missing.status == .notFound && missing.error?["field"] == "cluster")
        }
    }

    @Test func theReviewPageShowsSentencesEscapedAndDecidesByForm() async throws {
        let fixture = try await ServerFixture.make()
        let session = try await fixture.session(.analyst)
        _ = try await fixture.app.importArticleUpload(Array(Self.article.utf8), name: "wire.txt", source: "Wire", by: "ana")
        try await fixture.test(publicRead: false) { client in
            let page = try await reply(client, "/review", .get, [.cookie: session.cookie])
            #expect(page.status == .ok && page.text.contains("Taliban fighters attacked"))
            #expect(!page.text.contains("<script>alert(1)") && page.text.contains("&lt;script&gt;"), "sentences are escaped")
            let id = try #require(try await fixture.app.reviewQueue(.init(order: .id)).clusters.first?.id)
            #expect(page.text.contains("action=\"/review/\(id)/reject\""))
            let form: HTTPFields = [.cookie: session.cookie, .contentType: "application/x-www-form-urlencoded"]
            let rejected = try await reply(client, "/review/\(id)/reject", .post, form, "csrf=\(session.csrf)&note=seen")
            #expect(rejected.status == .seeOther)
            #expect(try await fixture.app.reviewCluster(id).cluster.state == .rejected)
        }
    }

    @Test(arguments: [
        ("/api/v1/review?limit=0", "limit"), ("/api/v1/review?limit=100000", "limit"), ("/api/v1/review?offset=-1", "offset"),
        ("/api/v1/review?min_confidence=2", "min_confidence"), ("/api/v1/review?max_confidence=nan", "max_confidence"),
        ("/api/v1/review?kind=rumour", "kind"), ("/api/v1/review?modality=maybe", "modality"), ("/api/v1/review?sort=random", "sort"),
        ("/api/v1/review/abc", "cluster"), ("/api/v1/review/0", "cluster"),
    ])
    func badReviewQueriesNameTheirField(_ uri: String, _ field: String) async throws {
        let fixture = try await ServerFixture.make()
        let analyst = TokenRouteTests.cookie(try await fixture.session(.analyst))
        try await fixture.test(publicRead: false) { client in
            let reply = try await reply(client, uri, .get, analyst)
            #expect(reply.status == .badRequest && reply.error?["field"] == field, "\(uri): \(reply.text)")
        }
    }

    @Test(arguments: ["not json", "[1, 2]", #"{"fatalities": true}"#, #"{"fatalities": [5]}"#, "{}"])
    func malformedEditsAreRefused(_ body: String) async throws {
        let fixture = try await ServerFixture.make()
        let analyst = TokenRouteTests.cookie(try await fixture.session(.analyst))
        _ = try await fixture.app.importArticleUpload(Array(Self.article.utf8), name: "wire.txt", source: "Wire", by: "ana")
        let id = try #require(try await fixture.app.reviewQueue(.init(order: .id)).clusters.first?.id)
        try await fixture.test(publicRead: false) { client in
            let reply = try await reply(client, "/api/v1/review/\(id)", .patch, analyst, body)
            #expect(reply.status == .badRequest && reply.error?["field"] != nil, "\(body): \(reply.text)")
        }
        #expect(try await fixture.app.reviewCluster(id).cluster.edits.isEmpty, "nothing was kept")
    }
}
