import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TruceCore
import TruceModel
import TruceStorage
import TruceTestSupport

@testable import TruceServer

/// The map, the stacked timeline and the agreement editor, through HTTP.
@Suite struct ViewRouteTests {
    @Test func theMapDrawsEveryPlacedEventSizedByFatalities() async throws {
        let fixture = try await ServerFixture.make()
        let filter = EventFilter(actor: "taliban")
        let map = try await fixture.app.eventMap(matching: filter)
        try #require(map.points.count > 10)
        try await fixture.test { client in
            let page = try await client.get("/events/map?actor=taliban")
            #expect(page.status == .ok)
            #expect(page.text.components(separatedBy: "<circle class=\"event-point\"").count - 1 == map.points.count)
            let largest = try #require(map.points.max { $0.fatalities < $1.fatalities })
            let radius = String(format: "%.1f", EventMapSVG.radius(fatalities: largest.fatalities))
            #expect(page.text.contains("data-fatalities=\"\(largest.fatalities)\""))
            #expect(page.text.contains("r=\"\(radius)\""), "the largest point's radius follows its fatalities")
            #expect(page.text.contains("class=\"admin1-label\"") && page.text.contains(">Helmand</text>"))
            #expect(page.text.contains("value=\"taliban\""), "the form keeps the filter")
            let none = try await client.get("/events/map?actor=nobody-at-all")
            #expect(none.status == .ok && none.text.contains("No event with a latitude and longitude"))
        }
        #expect(EventMapSVG.radius(fatalities: 0) < EventMapSVG.radius(fatalities: 4))
        #expect(EventMapSVG.radius(fatalities: 100_000) == 24, "capped")
    }

    @Test func theTimelineStacksByTypeOrPairAndMarksTheRateWindows() async throws {
        let fixture = try await ServerFixture.make()
        let agreement = try await fixture.agreements.agreement(id: "doha-2020")
        let counts = try await fixture.app.dailyEventCounts(
            matching: EventFilter(), from: Day(iso: "2020-01-01")!, to: Day(iso: "2020-03-31")!, by: .type)
        #expect(counts.series.count > 1)
        for index in counts.counts.indices {
            #expect(counts.series.reduce(0) { $0 + $1.counts[index] } == counts.counts[index], "the series add up to each day's count")
        }
        let pairs = try await fixture.app.dailyEventCounts(
            matching: EventFilter(), from: Day(iso: "2020-01-01")!, to: Day(iso: "2020-03-31")!, by: .actorPair)
        #expect(pairs.series.count <= TruceApp.maximumTimelineSeries && pairs.series.allSatisfy { $0.name.contains(" – ") || $0.name == "other" })
        try await fixture.test { client in
            let page = try await client.get("/agreements/doha-2020/timeline?as_of=2020-03-31&stack=type")
            #expect(page.status == .ok)
            for series in counts.series {
                #expect(page.text.contains("\(HTML.escape(series.name)): \(series.counts.reduce(0, +))</li>"), "legend names \(series.name)")
            }
            #expect(page.text.contains("riv window") && page.text.contains("riv baseline"))
            #expect(page.text.contains("<option value=\"type\" selected>"))
            let signed = agreement.signed.iso
            #expect(page.text.contains("signed \(signed)"))
            #expect(page.text.contains("href=\"/events?from=2020-03-03&amp;to=2020-03-03\""), "a day links to its events")
            let bad = try await client.get("/agreements/doha-2020/timeline?stack=colour")
            #expect(bad.status == .badRequest && bad.text.contains("stack"))
        }
    }

    @Test func theEditorShowsEachProblemAtItsLineAndSavesValidYAML() async throws {
        let fixture = try await ServerFixture.make()
        let admin = try await fixture.session(.admin)
        let headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: admin.cookie]
        let original = try String(contentsOfFile: TestPaths.example("agreement.yaml"), encoding: .utf8)
        let broken = original.replacingOccurrences(of: "kind: rate", with: "kind: rat")
        let brokenLine = try #require(broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("kind: rat") }) + 1
        @Sendable func form(_ yaml: String) -> String {
            "csrf=\(admin.csrf)&yaml=\(yaml.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)"
        }
        try await fixture.test(publicRead: false) { client in
            let editor = try await client.execute(uri: "/agreements/doha-2020/edit", method: .get, headers: [.cookie: admin.cookie]) {
                String(buffer: $0.body)
            }
            #expect(editor.contains("<textarea class=\"yaml\" name=\"yaml\"") && editor.contains(HTML.escape("title:")))
            let refused = try await client.post("/agreements/doha-2020/edit", body: form(broken), headers: headers)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("<a href=\"#line-\(brokenLine)\">line \(brokenLine)"), "the problem names its line")
            #expect(refused.text.contains("<li id=\"line-\(brokenLine)\" class=\"error\">"), "and is shown at it")
            #expect(try await fixture.agreements.yaml(id: "doha-2020") == original, "nothing saved")

            let edited = original.replacingOccurrences(of: "reduction: 0.3", with: "reduction: 0.4")
            let saved = try await client.post("/agreements/doha-2020/edit", body: form(edited), headers: headers)
            #expect(saved.status == .seeOther && saved.headers[.location] == "/agreements/doha-2020")
            #expect(try await fixture.agreements.yaml(id: "doha-2020") == edited)

            let renamed = original.replacingOccurrences(of: "id: doha-2020", with: "id: doha-copy")
            let mismatch = try await client.post("/agreements/doha-2020/edit", body: form(renamed), headers: headers)
            #expect(mismatch.status == .unprocessableContent && mismatch.text.contains("keep the id"))
            let hostile = try await client.post(
                "/agreements/new", body: form("</textarea><script>alert(1)</script>\ntitle: [unclosed"), headers: headers)
            #expect(hostile.status == .unprocessableContent)
            #expect(
                !hostile.text.contains("<script>alert(1)") && hostile.text.contains("&lt;/textarea&gt;&lt;script&gt;"), "markup is echoed as text")
            let added = try await client.post("/agreements/new", body: form(renamed), headers: headers)
            #expect(added.status == .seeOther && added.headers[.location] == "/agreements/doha-copy")
        }
    }

    @Test func theOpenAPIDocumentListsExactlyTheRegisteredAPIRoutes() async throws {
        let fixture = try await ServerFixture.make()
        let registered = Set(
            Handlers.rules.filter { $0.path.hasPrefix("/api/v1") }.map { rule in
                let path = rule.path.split(separator: "/", omittingEmptySubsequences: false).map {
                    $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0)
                }
                return "\(rule.method.rawValue.lowercased()) \(path.joined(separator: "/"))"
            })
        try await fixture.test(publicRead: false) { client in
            let reply = try await client.get("/api/v1/openapi.json")
            #expect(reply.status == .ok, "open to anyone, so clients can read it before signing in")
            let document = try #require(reply.json as? [String: Any])
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            var documented = Set<String>()
            for (path, operations) in paths {
                for method in operations.keys { documented.insert("\(method) \(path)") }
                for parameter in path.split(separator: "/") where parameter.hasPrefix("{") {
                    let declared = operations.values.allSatisfy { operation in
                        ((operation as? [String: Any])?["parameters"] as? [[String: Any]])?.contains {
                            $0["name"] as? String == String(parameter.dropFirst().dropLast())
                        } ?? false
                    }
                    #expect(declared, "\(path) declares its parameter \(parameter)")
                }
            }
            #expect(registered.subtracting(documented).isEmpty, "undocumented routes: \(registered.subtracting(documented).sorted())")
            #expect(documented.subtracting(registered).isEmpty, "documented but not registered: \(documented.subtracting(registered).sorted())")
        }
    }
}
