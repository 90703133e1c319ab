import Foundation
import Testing
import TruceFormats
import TruceModel
import TruceStorage
import TruceStore
import TruceTestSupport

@testable import TruceCore

/// Keeping agreements in the store through the core, and counting events per day.
@Suite struct AgreementLibraryTests {
    static let clock = WallClock.fixed(Date(timeIntervalSince1970: 1_600_000_000))

    @Test func anAgreementIsCheckedKeptListedAndRemoved() async throws {
        let library = try Self.library()
        let added = try await library.add(path: TestPaths.example("agreement.yaml"), by: "ada")
        #expect(added.id == "doha-2020")
        #expect(try await library.agreements().map(\.id) == ["doha-2020"])
        #expect(try await library.agreement(id: "doha-2020") == added)
        let yaml = try String(contentsOfFile: TestPaths.example("agreement.yaml"), encoding: .utf8)
        #expect(try await library.yaml(id: "doha-2020") == yaml, "the text is kept as written, comments and all")
        try await library.remove(id: "doha-2020", by: "ada")
        #expect(try await library.agreements().isEmpty)
        await #expect(throws: TruceError(.notFound, "the store keeps no agreement 'doha-2020'", parameter: "agreement")) {
            try await library.remove(id: "doha-2020", by: "ada")
        }
    }

    /// Agreements are parsed once per text: a read of the same text reuses it, a new text is parsed afresh.
    @Test func aReplacedTextIsReadAfreshAndAnUnchangedOneIsReused() async throws {
        let library = try Self.library()
        let yaml = try String(contentsOfFile: TestPaths.example("agreement.yaml"), encoding: .utf8)
        let first = try await library.add(yaml: yaml, name: "agreement.yaml", by: "ada")
        #expect(try await library.agreement(id: first.id) == first)
        #expect(library.parsed.count == 1)
        #expect(try await library.agreement(id: first.id) == first)
        #expect(library.parsed.count == 1, "the same text is not parsed again")
        let retitled = yaml.replacingOccurrences(of: "title: ", with: "title: Retitled ")
        try #require(retitled != yaml)
        try await library.add(yaml: retitled, name: "agreement.yaml", by: "ada")
        let second = try await library.agreement(id: first.id)
        #expect(second.title == "Retitled " + first.title)
        #expect(try await library.agreements() == [second])
    }

    @Test func theParsedAgreementsKeepNoMoreThanTheirCapacity() throws {
        let parsed = ParsedAgreements(capacity: 2)
        let yaml = try String(contentsOfFile: TestPaths.example("agreement.yaml"), encoding: .utf8)
        for index in 0..<5 { _ = try parsed.agreement(yaml: yaml + "\n# \(index)\n", file: "a.yaml") }
        #expect(parsed.count <= 2)
        #expect(throws: (any Error).self) { try parsed.agreement(yaml: "id: [", file: "broken.yaml") }
        #expect(parsed.count <= 2)
    }

    @Test func anAgreementThatDoesNotLoadIsNotKept() async throws {
        let store = try Store.inMemory()
        let library = AgreementLibrary(store: store, clock: Self.clock)
        let yaml = try String(contentsOfFile: TestPaths.example("agreement.yaml"), encoding: .utf8)
        await #expect(throws: AgreementErrors.self) {
            try await library.add(yaml: yaml.replacingOccurrences(of: "signed: 2020-02-29", with: "signed: soon"), name: "broken.yaml", by: "ada")
        }
        #expect(try await store.agreementIDs().isEmpty)
        #expect(try await store.auditEntryCount(matching: AuditFilter()) == 0, "a refused text leaves no entry")
    }

    @Test func everySaveAndRemovalIsAuditedAndARemovalCanBeUndone() async throws {
        let store = try Store.inMemory()
        let library = AgreementLibrary(store: store, clock: Self.clock)
        let yaml = try String(contentsOfFile: TestPaths.example("agreement.yaml"), encoding: .utf8)
        let retitled = yaml.replacingOccurrences(of: "title: ", with: "title: Retitled ")
        try await library.add(yaml: yaml, name: "a.yaml", by: "ada")
        try await library.add(yaml: retitled, name: "b.yaml", by: "mina")
        try await library.remove(id: "doha-2020", by: "ada")
        let entries = try await store.auditEntries(matching: AuditFilter(kind: "agreement"), limit: 10, offset: 0)
        #expect(entries.map(\.action) == ["delete", "update", "create"], "newest first")
        #expect(entries.map(\.actor) == ["ada", "mina", "ada"])
        #expect(entries.allSatisfy { $0.recordID == "doha-2020" && $0.at == "2020-09-13T12:26:40Z" })
        let created = try #require(entries.last)
        #expect(created.before == nil && created.after?.contains("\"id\":\"doha-2020\"") == true)
        let update = entries[1]
        #expect(update.before?.contains("Retitled") == false && update.after?.contains("Retitled") == true, "before and after differ")
        let deletion = entries[0]
        #expect(deletion.after == nil && deletion.before?.contains("Retitled") == true, "a removal keeps the text removed")

        let restored = try await library.restore(entry: deletion, by: "ada")
        #expect(restored.title.hasPrefix("Retitled"), "the removed version comes back")
        #expect(try await library.yaml(id: "doha-2020") == retitled, "byte for byte")
        let undoneUpdate = try await library.restore(entry: update, by: "ada")
        #expect(!undoneUpdate.title.hasPrefix("Retitled"), "restoring an update's entry brings back the version it replaced")
        #expect(try await library.yaml(id: "doha-2020") == yaml)
        let last = try await store.auditEntries(matching: AuditFilter(), limit: 2, offset: 0)
        #expect(last.map(\.action) == ["restore", "restore"], "restores are audited too")
        await #expect(throws: TruceError.self, "an entry with nothing before cannot be restored") {
            try await library.restore(entry: created, by: "ada")
        }
        var user = created
        user.kind = "user"
        let refused = await #expect(throws: TruceError.self, "an entry about another kind is refused") {
            try await library.restore(entry: user, by: "ada")
        }
        #expect(refused?.message == "audit entry \(user.id) is about a user, not an agreement")
        user.kind = "import"
        let refusedImport = await #expect(throws: TruceError.self) { try await library.restore(entry: user, by: "ada") }
        #expect(refusedImport?.message == "audit entry \(user.id) is about an import, not an agreement")
    }

    /// A library over a fresh in-memory store, audited into the same store.
    static func library() throws -> AgreementLibrary {
        let store = try Store.inMemory()
        return AgreementLibrary(store: store, clock: clock)
    }

    @Test(arguments: ["../etc/passwd", "doha/2020", ".hidden", "", "a b", "<script>", String(repeating: "a", count: 101)])
    func idsThatCouldHideAPathOrMarkupAreRefused(_ id: String) async throws {
        #expect(!AgreementLibrary.isValidID(id))
        let library = try Self.library()
        await #expect(throws: TruceError.self) { try await library.agreement(id: id) }
        let yaml = try String(contentsOfFile: TestPaths.example("agreement.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "id: doha-2020", with: "id: \"\(id)\"")
        await #expect(throws: (any Error).self) { try await library.add(yaml: yaml, name: "renamed.yaml", by: "ada") }
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
