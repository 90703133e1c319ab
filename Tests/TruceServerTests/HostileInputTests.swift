import Foundation
import HummingbirdTesting
import Testing
import TruceTestSupport

/// Hostile and malformed requests: each answered with a clear 4xx naming the request field, never a 500.
@Suite struct HostileInputTests {
    /// A query, and the field its 400 must name.
    @Test(arguments: [
        ("/api/v1/events?limit=-1", "limit"),
        ("/api/v1/events?limit=0", "limit"),
        ("/api/v1/events?limit=99999999999999999999999", "limit"),
        ("/api/v1/events?limit=501", "limit"),
        ("/api/v1/events?offset=-5", "offset"),
        ("/api/v1/events?offset=1e9", "offset"),
        ("/api/v1/events?offset=100000001", "offset"),
        ("/api/v1/events?from=2020-13-45", "from"),
        ("/api/v1/events?to=yesterday", "to"),
        ("/api/v1/events?from=2021-02-29", "from"),
        ("/api/v1/events?from=2020-03-05&to=2020-03-01", "to"),
        ("/api/v1/agreements/doha-2020/assessment?as_of=03/11/2020", "as_of"),
        ("/api/v1/agreements/doha-2020/assessment?as_of=1999-01-01", "as_of"),
        ("/api/v1/agreements/doha-2020/assessment?as_of=9999-12-31", "as_of"),
        ("/api/v1/agreements/doha-2020/assessment?as_of=2020-03-11&reading=nobody", "reading"),
        ("/api/v1/agreements/..%2F..%2Fetc%2Fpasswd", "agreement"),
        ("/api/v1/agreements/%2E%2E", "agreement"),
        ("/api/v1/agreements/doha-2020%00", "agreement"),
    ])
    func badQueriesNameTheirField(_ uri: String, _ field: String) async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.test { client in
            let reply = try await client.get(uri)
            #expect((400..<500).contains(reply.status.code), "\(uri): \(reply.status)")
            #expect(reply.error?["field"] == field, "\(uri): \(reply.text)")
            #expect(reply.error?["message"]?.isEmpty == false)
        }
    }

    @Test func aLongFilterIsRefused() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.test { client in
            let reply = try await client.get("/api/v1/events?actor=" + String(repeating: "a", count: 201))
            #expect(reply.status == .badRequest && reply.error?["field"] == "actor")
        }
    }

    @Test func pagesAnswerBadInputAsHTMLNamingTheField() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.test { client in
            let reply = try await client.get("/events?limit=abc")
            #expect(reply.status == .badRequest && reply.headers[.contentType] == "text/html; charset=utf-8")
            #expect(reply.text.contains("Request field: <code>limit</code>"))
            let traversal = try await client.get("/agreements/..%2F..%2Fetc%2Fpasswd")
            #expect(traversal.status == .badRequest && traversal.text.contains("<code>agreement</code>"))
            let unknown = try await client.get("/agreements/no-such-agreement")
            #expect(unknown.status == .notFound && unknown.text.contains("<code>agreement</code>"))
        }
    }

    @Test func sqlInFiltersIsMatchedLiterally() async throws {
        let fixture = try await ServerFixture.make()
        let before = try await fixture.app.eventCount(matching: .init())
        try await fixture.test { client in
            for value in ["'%20OR%201%3D1%20--", "x'%3B%20DROP%20TABLE%20events%3B%20--", "%25", "_"] {
                for field in ["actor", "type", "admin1", "country", "dataset"] {
                    let reply = try await client.get("/api/v1/events?\(field)=\(value)")
                    #expect(reply.status == .ok, "\(field)=\(value)")
                    #expect((reply.json as? [String: Any])?["total"] as? Int == 0, "\(field)=\(value) matches nothing")
                }
            }
        }
        #expect(try await fixture.app.eventCount(matching: .init()) == before, "the events are all still there")
    }

    @Test(arguments: [
        ("{bad", "body"),
        ("[1, 2]", "body"),
        ("", "body"),
        (#"{"limit": "many"}"#, "limit"),
        (#"{"limit": 2.5}"#, "limit"),
        (#"{"actor": true}"#, "actor"),
        (#"{"actor": {"$ne": 1}}"#, "actor"),
        (#"{"sort": "date"}"#, "sort"),
        (#"{"limit": 100000}"#, "limit"),
    ])
    func malformedJSONBodiesNameTheirField(_ body: String, _ field: String) async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.test { client in
            let reply = try await client.post("/api/v1/events/search", body: body, headers: [.contentType: "application/json"])
            #expect(reply.status == .badRequest, "\(body): \(reply.status)")
            #expect(reply.error?["field"] == field, "\(body): \(reply.text)")
        }
    }

    @Test func oversizedBodiesAreRefused() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.test(maximumBodyBytes: 1_000) { client in
            let body = #"{"actor": ""# + String(repeating: "a", count: 5_000) + #""}"#
            let reply = try await client.post("/api/v1/events/search", body: body)
            #expect(reply.status == .contentTooLarge, "\(reply.status)")
            #expect(reply.error?["field"] == "body" && reply.error?["code"] == "body_too_large")
            let yaml = try await client.post("/api/v1/agreements/check", body: String(repeating: "# padding\n", count: 500))
            #expect(yaml.status == .contentTooLarge && yaml.error?["field"] == "body")
        }
    }

    @Test func unknownRoutesAreNotFound() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.test { client in
            let reply = try await client.get("/api/v1/nothing/here")
            #expect(reply.status == .notFound && reply.error?["code"] == "not_found")
            let dots = try await client.get("/assets/../../etc/passwd")
            #expect(dots.status == .notFound)
        }
    }

    @Test func agreementYAMLIsCheckedWithEachErrorAtItsLine() async throws {
        let fixture = try await ServerFixture.make()
        let yaml = try String(contentsOfFile: TestPaths.example("agreement.yaml"), encoding: .utf8)
        try await fixture.test { client in
            let good = try await client.post("/api/v1/agreements/check", body: yaml)
            #expect(good.status == .ok)
            #expect(((good.json as? [String: Any])?["agreement"] as? [String: Any])?["id"] as? String == "doha-2020")
            let broken = yaml.replacingOccurrences(of: "signed: 2020-02-29", with: "signed: 2020-02-30")
            let bad = try await client.post("/api/v1/agreements/check", body: broken)
            #expect(bad.status == .unprocessableContent)
            let errors = try #require((bad.json as? [String: Any])?["errors"] as? [[String: Any]])
            let line = yaml.components(separatedBy: "\n").firstIndex { $0.hasPrefix("signed:") }.map { $0 + 1 }
            #expect(errors.contains { $0["line"] as? Int == line }, "the error is at the signing's line: \(errors)")
            let garbage = try await client.post("/api/v1/agreements/check", body: "id: [unclosed\n\t: :")
            #expect(garbage.status == .unprocessableContent)
        }
    }
}
