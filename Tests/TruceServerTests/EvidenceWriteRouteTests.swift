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
}
