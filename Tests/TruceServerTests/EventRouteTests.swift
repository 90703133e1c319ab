import Foundation
import HummingbirdTesting
import Testing
import TruceCore
import TruceModel
import TruceStorage
import TruceStore
import TruceTestSupport

/// The events table, its exports and the events API, through HTTP.
@Suite struct EventRouteTests {
    @Test func theTableFiltersAndPages() async throws {
        let fixture = try await ServerFixture.make()
        let filter = EventFilter(actor: "taliban", from: Day(iso: "2020-03-01"), to: Day(iso: "2020-03-31"))
        let expected = try await fixture.app.events(matching: filter, limit: 5, offset: 5)
        try #require(expected.total > 10)
        try await fixture.test { client in
            let page = try await client.get("/events?actor=taliban&from=2020-03-01&to=2020-03-31&limit=5&offset=5")
            #expect(page.status == .ok)
            #expect(page.text.contains("6–10 of \(expected.total)"))
            for event in expected.events { #expect(page.text.contains("acled:\(event.key)")) }
            #expect(page.text.contains("offset=0\">Previous</a>") && page.text.contains("offset=10\">Next</a>"))
            #expect(page.text.contains("value=\"taliban\""), "the form keeps the filter")
            #expect(page.text.contains("/events/export.csv?from=2020-03-01&amp;to=2020-03-31&amp;actor=taliban"))
        }
    }

    @Test func typeAdmin1AndDatasetFilterTheTable() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.test { client in
            let riots = try await client.get("/api/v1/events?type=riots")
            #expect((riots.json as? [String: Any])?["total"] as? Int == 1)
            let kabul = try await client.get("/api/v1/events?admin1=kabul&dataset=test")
            #expect((kabul.json as? [String: Any])?["total"] as? Int == 1)
            let none = try await client.get("/api/v1/events?admin1=kabul&dataset=acled&type=riots")
            #expect((none.json as? [String: Any])?["total"] as? Int == 0)
        }
    }

    @Test func exportsCarryTheSameFilters() async throws {
        let fixture = try await ServerFixture.make()
        let filter = EventFilter(from: Day(iso: "2020-03-03"), to: Day(iso: "2020-03-04"))
        let count = try await fixture.app.eventCount(matching: filter)
        try #require(count > 1)
        try await fixture.test { client in
            let csv = try await client.get("/events/export.csv?from=2020-03-03&to=2020-03-04")
            #expect(csv.status == .ok && csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.headers[.contentDisposition] == "attachment; filename=\"events.csv\"")
            let lines = csv.text.split(separator: "\n")
            #expect(lines.count == count + 1, "a header and one line per event")
            #expect(lines.first?.hasPrefix("event_id_cnty") == true)
            let geo = try await client.get("/events/export.geojson?from=2020-03-03&to=2020-03-04")
            let collection = try #require(geo.json as? [String: Any])
            #expect(collection["type"] as? String == "FeatureCollection")
            #expect((collection["features"] as? [Any])?.count == count)
        }
    }

    /// Exports are streamed a page at a time: one of many pages arrives whole, and reads back as the store's events.
    @Test func aStreamedExportOfManyEventsArrivesCompleteAndWellFormed() async throws {
        let fixture = try await ServerFixture.make()
        let asia = TestPaths.shared("acled/acled_asia_2015_v6.csv")
        _ = try await fixture.app.importDataset(ImportRequest(kind: .acled, path: asia, rejects: RejectsInMemory()))
        var expected: [String] = []
        try await fixture.app.forEachEvent(matching: EventFilter(dataset: "acled"), limit: nil) { expected.append($0.key) }
        try #require(expected.count > 10 * TruceApp.exportPageSize, "the export spans many pages")
        let (csv, geojson) = try await fixture.test { client in
            (try await client.get("/events/export.csv?dataset=acled"), try await client.get("/events/export.geojson?dataset=acled"))
        }
        #expect(csv.status == .ok && geojson.status == .ok)
        // The CSV reads back, through the importer, as the same events in the same order.
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("export.csv")
        try Data(csv.text.utf8).write(to: file)
        let again = TruceApp(storage: try Store.inMemory())
        let report = try await again.importDataset(ImportRequest(kind: .acled, path: file.path, rejects: RejectsInMemory()))
        #expect(report.counts.rejected == 0)
        var reread: [String] = []
        try await again.forEachEvent(matching: EventFilter(), limit: nil) { reread.append($0.key) }
        #expect(reread == expected)
        let collection = try #require(geojson.json as? [String: Any], "the GeoJSON is one JSON text")
        let ids = try #require(collection["features"] as? [[String: Any]]).map { $0["id"] as? String }
        #expect(ids == expected.map { "acled:\($0)" })
    }

    @Test func theEventsAPIAndItsJSONSearchAgree() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.test { client in
            let get = try await client.get("/api/v1/events?actor=taliban&limit=3&offset=2")
            let post = try await client.post("/api/v1/events/search", body: #"{"actor": "taliban", "limit": 3, "offset": 2}"#)
            #expect(get.status == .ok && post.status == .ok)
            #expect(get.text == post.text)
            let list = try #require(get.json as? [String: Any])
            #expect((list["events"] as? [Any])?.count == 3)
        }
    }

    @Test func markupInEventsIsShownAsText() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.test { client in
            let page = try await client.get("/events?dataset=test")
            #expect(page.status == .ok)
            #expect(!page.text.contains("<script>alert"), "no planted script survives")
            #expect(!page.text.contains("<img src=x"), "no planted element survives")
            #expect(!page.text.contains("<b>Wire</b>"))
            #expect(page.text.contains("&lt;script&gt;alert(&#39;notes&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"))
            #expect(page.text.contains("&lt;img src=x onerror=alert(1)&gt;Militia"))
            // Echoed filters are escaped too.
            let echoed = try await client.get("/events?actor=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E")
            #expect(echoed.status == .ok && !echoed.text.contains("<script>alert(1)"))
            #expect(echoed.text.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""))
        }
    }

    @Test func theStylesheetIsServedByTheBinary() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.test { client in
            let css = try await client.get("/assets/truce.css")
            #expect(css.status == .ok && css.headers[.contentType] == "text/css; charset=utf-8")
            #expect(css.text.contains(".status-violated"))
            let page = try await client.get("/agreements")
            #expect(!page.text.contains("http://") || page.text.contains("xmlns=\"http://www.w3.org/2000/svg\""), "no external asset")
            #expect(!page.text.contains("https://"))
        }
    }
}
