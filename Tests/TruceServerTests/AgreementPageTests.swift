import Foundation
import HummingbirdTesting
import Testing
import TruceCore
import TruceModel

/// The agreement pages and the assessment API, through HTTP, over the Doha example.
@Suite struct AgreementPageTests {
    @Test func theListShowsTheKeptAgreement() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.test { client in
            let root = try await client.get("/")
            #expect(root.status == .seeOther && root.headers[.location] == "/agreements")
            let list = try await client.get("/agreements")
            #expect(list.status == .ok)
            #expect(list.headers[.contentType] == "text/html; charset=utf-8")
            #expect(list.text.contains("<a href=\"/agreements/doha-2020\">doha-2020</a>"))
            #expect(list.text.contains("Agreement for Bringing Peace to Afghanistan") && list.text.contains("2020-02-29"))
        }
    }

    @Test func theAssessmentPageShowsEveryProvisionWithItsStatusInWordsAndTheDisputedFirst() async throws {
        let fixture = try await ServerFixture.make()
        let agreement = try await fixture.agreements.agreement(id: "doha-2020")
        let expected = try await fixture.app.assess(AssessmentRequest(agreement: agreement, asOf: Day(iso: "2020-03-11"), registerActors: false))
        try await fixture.test { client in
            let page = try await client.get("/agreements/doha-2020?as_of=2020-03-11")
            #expect(page.status == .ok)
            for provision in expected.provisions {
                #expect(page.text.contains("id=\"p-\(provision.id)\""), "provision \(provision.id) has a section")
                for reading in provision.readings {
                    let label = reading.status.rawValue.replacingOccurrences(of: "_", with: " ")
                    #expect(page.text.contains("<span class=\"status status-\(reading.status.rawValue)\">\(label)</span>"))
                }
            }
            // The US reading of the prohibition is violated, the text's complied: disputed, in a banner and first.
            #expect(page.text.contains("class=\"disputed-banner\""))
            let disputed = try #require(page.text.range(of: "id=\"p-no-attacks-on-coalition\""))
            let first = try #require(page.text.range(of: "id=\"p-riv\""))
            #expect(disputed.lowerBound < first.lowerBound, "the disputed provision comes before the others")
            #expect(page.text.contains("violated from 2020-03-03"), "the status band says when the status changed")
            #expect(page.text.contains("due 2020-03-10"), "deadlines are marked on the band")
        }
    }

    @Test func theDrillDownShowsEvidenceWithSourcesAndProvenance() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.test { client in
            let page = try await client.get("/agreements/doha-2020/provisions/no-attacks-on-coalition?as_of=2020-03-11")
            #expect(page.status == .ok)
            #expect(page.text.contains("Reading: usa"))
            #expect(page.text.contains("<td>AFG90070</td>"), "the 3 March Helmand clash is evidence")
            #expect(page.text.contains("events.csv:71 (import 1)"), "provenance: file, line and import")
            #expect(page.text.contains("claims.csv:"), "claims are evidence too")
            #expect(page.text.contains("Reuters"), "sources are listed")
            let missing = try await client.get("/agreements/doha-2020/provisions/nothing-like-it?as_of=2020-03-11")
            #expect(missing.status == .notFound && missing.text.contains("<code>provision</code>"))
        }
    }

    @Test func theAssessmentAPIAnswersWhatTheCoreAnswers() async throws {
        let fixture = try await ServerFixture.make()
        let agreement = try await fixture.agreements.agreement(id: "doha-2020")
        let expected = try await fixture.app.assess(AssessmentRequest(agreement: agreement, asOf: Day(iso: "2020-07-13"), registerActors: false))
        try await fixture.test { client in
            let reply = try await client.get("/api/v1/agreements/doha-2020/assessment?as_of=2020-07-13")
            #expect(reply.status == .ok && reply.headers[.contentType] == "application/json; charset=utf-8")
            let decoded = try JSONDecoder().decode(Assessment.self, from: Data(reply.text.utf8))
            #expect(decoded == expected)
            let list = try await client.get("/api/v1/agreements")
            let items = try #require(list.json as? [[String: Any]])
            #expect(items.count == 1 && items[0]["id"] as? String == "doha-2020" && items[0]["provisions"] as? Int == 8)
            let whole = try await client.get("/api/v1/agreements/doha-2020")
            #expect(try JSONDecoder().decode(Agreement.self, from: Data(whole.text.utf8)) == agreement)
        }
    }

    @Test func theAssessmentDefaultsToTodayOnTheClock() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.test { client in
            let page = try await client.get("/agreements/doha-2020")
            #expect(page.text.contains("Assessed as of <strong>2020-09-13</strong>"))
        }
    }

    @Test func theTimelineCountsEventsPerDayAndLinksEachDay() async throws {
        let fixture = try await ServerFixture.make()
        let counts = try await fixture.app.dailyEventCounts(
            // The timeline starts at the rate provision's baseline (2020-01-01), before the signing.
            matching: .init(), from: Day(iso: "2020-01-01")!, to: Day(iso: "2020-03-20")!)
        try await fixture.test { client in
            let page = try await client.get("/agreements/doha-2020/timeline?as_of=2020-03-20")
            #expect(page.status == .ok)
            let bars = page.text.components(separatedBy: "<a class=\"day\"").count - 1
            #expect(bars == counts.counts.filter { $0 > 0 }.count && bars > 0, "one bar per day with events")
            #expect(page.text.contains("href=\"/events?from=2020-03-03&amp;to=2020-03-03\">"), "a day links to its events")
            #expect(page.text.contains("2020-03-03: \(counts.count(on: Day(iso: "2020-03-03")!)) events"))
            #expect(page.text.contains(">signed</text>") && page.text.contains("due prisoners-5000"))
        }
    }
}
