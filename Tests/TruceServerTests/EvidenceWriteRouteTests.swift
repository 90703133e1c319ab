import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TruceStorage
import TruceTestSupport

@testable import TruceServer

/// Observations and claims written one at a time through the API: checked by the same readers as
/// their files, errors naming the request field, nothing stored for a bad record, every write audited.
@Suite struct EvidenceWriteRouteTests {
    @Test func anObservationIsCreatedThenReplacedAndBothAreAudited() async throws {
        let fixture = try await ServerFixture.make()
        let analyst = TokenRouteTests.cookie(try await fixture.session(.analyst))
        try await fixture.test(publicRead: false) { client in
            let body =
                #"{"id": "obs-api-1", "date": "2020-08-01", "indicator": "troop_level", "actor": "USA", "country": "Afghanistan", "value": 8600, "unit": "troops", "source": "Wire"}"#
            let created = try await client.post("/api/v1/observations", body: body, headers: analyst)
            #expect(created.status == .created && created.text.contains("\"create\""), "\(created.text)")
            let replaced = try await client.post("/api/v1/observations", body: body.replacingOccurrences(of: "8600", with: "8500"), headers: analyst)
            #expect(replaced.status == .ok && replaced.text.contains("\"update\""), "\(replaced.text)")
            let same = try await client.post("/api/v1/observations", body: body.replacingOccurrences(of: "8600", with: "8500"), headers: analyst)
            #expect(same.text.contains("\"unchanged\""), "\(same.text)")
        }
        let stored = try await fixture.app.storage.observations(indicator: "troop_level", asOf: nil).filter { $0.key == "obs-api-1" }
        #expect(stored.map(\.value) == [8500])
        let entries = try await fixture.store.auditEntries(matching: AuditFilter(kind: "observation", recordID: "obs-api-1"), limit: 10, offset: 0)
        #expect(entries.map(\.action) == ["update", "create"] && entries.allSatisfy { $0.actor == "ana" })
        #expect(entries.first?.after?.contains("\"value\":\"8500\"") == true)
    }

    @Test(arguments: [
        (#"{"date": "2020-08-01", "speaker": "USA", "quote": "q", "source": "W"}"#, "id"),
        (#"{"id": "c1", "date": "someday", "speaker": "USA", "quote": "q", "source": "W"}"#, "date"),
        (#"{"id": "c1", "date": "2020-08-01", "speaker": "USA", "quote": "q", "source": "W", "modality": "perhaps"}"#, "modality"),
        (#"{"id": "c1", "date": "2020-08-01", "speaker": "USA", "quote": "q", "source": "W", "a,b": "x"}"#, "a,b"),
        (#"{"id": "c1", "date": "2020-08-01", "speaker": true, "quote": "q", "source": "W"}"#, "speaker"),
        ("[1]", "body"), ("not json", "body"),
    ])
    func aBadClaimNamesItsFieldAndStoresNothing(_ body: String, _ field: String) async throws {
        let fixture = try await ServerFixture.make()
        let analyst = TokenRouteTests.cookie(try await fixture.session(.analyst))
        let snapshots = try await fixture.app.snapshots().count
        try await fixture.test(publicRead: false) { client in
            let reply = try await client.post("/api/v1/claims", body: body, headers: analyst)
            #expect(reply.status == .badRequest && reply.error?["field"] == field, "\(body): \(reply.text)")
        }
        #expect(try await fixture.app.snapshots().count == snapshots, "no import was made")
    }

    @Test func markupInAClaimIsKeptAsTextAndServedEscaped() async throws {
        let fixture = try await ServerFixture.make()
        let analyst = TokenRouteTests.cookie(try await fixture.session(.analyst))
        let admin = try await fixture.session(.admin)
        try await fixture.test(publicRead: false) { client in
            let body =
                #"{"id": "c-x", "date": "2020-08-01", "speaker": "<img src=x onerror=alert(1)>", "quote": "\"quoted\", <b>bold</b>", "source": "W", "review_state": "accepted"}"#
            let reply = try await client.post("/api/v1/claims", body: body, headers: analyst)
            #expect(reply.status == .created, "\(reply.text)")
            let page = try await client.execute(uri: "/admin/audit?kind=claim", method: .get, headers: [.cookie: admin.cookie]) {
                String(buffer: $0.body)
            }
            #expect(page.contains("c-x") && !page.contains("<img src=x") && page.contains("&lt;img src=x"))
        }
    }

    @Test func anEventIsCreatedEditedAndAuditedWithItsVersionBefore() async throws {
        let fixture = try await ServerFixture.make()
        let analyst = TokenRouteTests.cookie(try await fixture.session(.analyst))
        try await fixture.test(publicRead: false) { client in
            let body =
                #"{"date": "2020-08-02", "event_type": "Battles", "sub_event_type": "Armed clash", "actor1": "Taliban", "actor2": "Afghan forces", "country": "Afghanistan", "admin1": "Helmand", "latitude": 31.5, "longitude": 64.3, "fatalities": 3, "sources": "Wire; Radio", "notes": "<script>alert('x')</script>"}"#
            let created = try await client.post("/api/v1/events", body: body, headers: analyst)
            #expect(created.status == .created, "\(created.text)")
            let key = try #require((created.json as? [String: Any])?["key"] as? String)
            #expect(key.hasPrefix("manual-"))
            let edited = try await client.execute(
                uri: "/api/v1/events/manual/\(key)", method: .patch, headers: analyst, body: ByteBuffer(string: #"{"fatalities": 5, "admin2": null}"#)
            ) { Reply(status: $0.status, headers: $0.headers, text: String(buffer: $0.body)) }
            #expect(edited.status == .ok && edited.text.contains("\"update\""), "\(edited.text)")
            let page = try await client.execute(uri: "/events?dataset=manual", method: .get, headers: [.cookie: analyst[.cookie]!]) {
                String(buffer: $0.body)
            }
            #expect(page.contains("Taliban") && !page.contains("<script>alert('x')") && page.contains("&lt;script&gt;"))
        }
        let events = try await fixture.app.events(matching: EventFilter(dataset: "manual"), limit: 10, offset: 0).events
        #expect(events.count == 1 && events.first?.fatalities.best == 5 && events.first?.location.admin1 == "Helmand")
        #expect(events.first?.sources == ["Wire", "Radio"] && events.first?.location.latitude == 31.5)
        let entries = try await fixture.store.auditEntries(matching: AuditFilter(kind: "event"), limit: 10, offset: 0)
        #expect(entries.map(\.action) == ["update", "create"] && entries.allSatisfy { $0.actor == "ana" })
        #expect(entries.first?.before?.contains("\"best\":3") == true && entries.first?.after?.contains("\"best\":5") == true, "before and after")

        let admin = TokenRouteTests.cookie(try await fixture.session(.admin))
        let update = try #require(entries.first)
        try await fixture.test(publicRead: false) { client in
            let restored = try await client.execute(uri: "/api/v1/audit/\(update.id)/restore", method: .post, headers: admin) {
                Reply(status: $0.status, headers: $0.headers, text: String(buffer: $0.body))
            }
            #expect(restored.status == .ok && restored.text.contains("\"event\""), "\(restored.text)")
        }
        let back = try await fixture.app.events(matching: EventFilter(dataset: "manual"), limit: 10, offset: 0).events
        #expect(back.count == 1 && back.first?.fatalities.best == 3, "the version before the edit is current again")
        let last = try await fixture.store.auditEntries(matching: AuditFilter(kind: "event"), limit: 1, offset: 0).first
        #expect(last?.action == "restore" && last?.actor == "ada")
    }

    @Test(arguments: [
        (#"{"event_type": "Battles", "actor1": "T", "country": "AF"}"#, "date"),
        (#"{"date": "2020-08-02", "event_type": "Battles", "actor1": "T", "country": "AF", "latitude": 100}"#, "latitude"),
        (#"{"date": "2020-08-02", "event_type": "Battles", "actor1": "T", "country": "AF", "fatalities": -1}"#, "fatalities"),
        (#"{"date": "2020-08-02", "event_type": "Battles", "actor1": "T", "country": "AF", "colour": "red"}"#, "colour"),
        (#"{"date": "2020-13-02", "event_type": "Battles", "actor1": "T", "country": "AF"}"#, "date"),
        (#"{"date": "2020-08-02", "event_type": "Battles", "actor1": "", "country": "AF"}"#, "actor1"),
    ])
    func aBadEventNamesItsFieldAndStoresNothing(_ body: String, _ field: String) async throws {
        let fixture = try await ServerFixture.make()
        let analyst = TokenRouteTests.cookie(try await fixture.session(.analyst))
        try await fixture.test(publicRead: false) { client in
            let reply = try await client.post("/api/v1/events", body: body, headers: analyst)
            #expect(reply.status == .badRequest && reply.error?["field"] == field, "\(body): \(reply.text)")
            let missing = try await client.execute(
                uri: "/api/v1/events/manual/no-such", method: .patch, headers: analyst, body: ByteBuffer(string: #"{"fatalities": 1}"#)
            ) { Reply(status: $0.status, headers: $0.headers, text: String(buffer: $0.body)) }
            #expect(missing.status == .notFound && missing.error?["field"] == "key")
        }
        #expect(try await fixture.app.events(matching: EventFilter(dataset: "manual"), limit: 10, offset: 0).events.isEmpty)
    }
}
