import Foundation
import Testing
import TruceCore
import TruceFormats
import TruceModel
import TruceStorage
import TruceStore
import TruceTestSupport

/// Keeping agreements in the store through the core, and counting events per day.
@Suite struct AgreementLibraryTests {
    static let clock = WallClock.fixed(Date(timeIntervalSince1970: 1_600_000_000))

    @Test func anAgreementIsCheckedKeptListedAndRemoved() async throws {
        let library = AgreementLibrary(store: try Store.inMemory(), clock: Self.clock)
        let added = try await library.add(path: TestPaths.example("agreement.yaml"))
        #expect(added.id == "doha-2020")
        #expect(try await library.agreements().map(\.id) == ["doha-2020"])
        #expect(try await library.agreement(id: "doha-2020") == added)
        let yaml = try String(contentsOfFile: TestPaths.example("agreement.yaml"), encoding: .utf8)
        #expect(try await library.yaml(id: "doha-2020") == yaml, "the text is kept as written, comments and all")
        try await library.remove(id: "doha-2020")
        #expect(try await library.agreements().isEmpty)
        await #expect(throws: TruceError(.notFound, "the store keeps no agreement 'doha-2020'", parameter: "agreement")) {
            try await library.remove(id: "doha-2020")
        }
    }

    @Test func anAgreementThatDoesNotLoadIsNotKept() async throws {
        let store = try Store.inMemory()
        let library = AgreementLibrary(store: store, clock: Self.clock)
        let yaml = try String(contentsOfFile: TestPaths.example("agreement.yaml"), encoding: .utf8)
        await #expect(throws: AgreementErrors.self) {
            try await library.add(yaml: yaml.replacingOccurrences(of: "signed: 2020-02-29", with: "signed: soon"), name: "broken.yaml")
        }
        #expect(try await store.agreementIDs().isEmpty)
    }

    @Test(arguments: ["../etc/passwd", "doha/2020", ".hidden", "", "a b", "<script>", String(repeating: "a", count: 101)])
    func idsThatCouldHideAPathOrMarkupAreRefused(_ id: String) async throws {
        #expect(!AgreementLibrary.isValidID(id))
        let library = AgreementLibrary(store: try Store.inMemory(), clock: Self.clock)
        await #expect(throws: TruceError.self) { try await library.agreement(id: id) }
        let yaml = try String(contentsOfFile: TestPaths.example("agreement.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "id: doha-2020", with: "id: \"\(id)\"")
        await #expect(throws: (any Error).self) { try await library.add(yaml: yaml, name: "renamed.yaml") }
    }

    @Test(arguments: ["doha-2020", "karabakh_2020.v2", "A1", String(repeating: "a", count: 100)])
    func plainIDsAreAccepted(_ id: String) {
        #expect(AgreementLibrary.isValidID(id))
    }

    @Test func eventsAreCountedPerDayOverTheSpan() async throws {
        let (app, _) = try await AssessTests.exampleApp()
        let from = try #require(Day(iso: "2020-02-22"))
        let to = try #require(Day(iso: "2020-03-10"))
        let counts = try await app.dailyEventCounts(matching: EventFilter(), from: from, to: to)
        #expect(counts.counts.count == from.days(to: to) + 1)
        var perDay: [Day: Int] = [:]
        try await app.forEachEvent(matching: EventFilter(from: from, to: to), limit: nil) { perDay[$0.date.day, default: 0] += 1 }
        for offset in 0..<counts.counts.count {
            let day = from.adding(days: offset)
            #expect(counts.count(on: day) == perDay[day, default: 0], "\(day.iso)")
        }
        #expect(counts.counts.reduce(0, +) == perDay.values.reduce(0, +) && counts.counts.reduce(0, +) > 0)
        let taliban = try await app.dailyEventCounts(matching: EventFilter(actor: "taliban", from: Day(iso: "2020-03-03")), from: from, to: to)
        #expect(taliban.counts.prefix(10).allSatisfy { $0 == 0 }, "the filter's own dates narrow the span")
        await #expect(throws: TruceError.self) { try await app.dailyEventCounts(matching: EventFilter(), from: to, to: from) }
        await #expect(throws: TruceError.self) {
            try await app.dailyEventCounts(matching: EventFilter(), from: from, to: from.adding(days: TruceApp.maximumTimelineDays))
        }
    }
}
