import Foundation
import TruceFormats
import TruceModel
public import TruceStorage

/// The behaviour every storage backend must show, written against the storage protocols only.
///
/// Each check takes a fresh, empty storage and fails with a message naming what the backend
/// did wrong. A backend's test target runs every check in ``all`` (see
/// Tests/TruceStoreTests/SQLiteContractTests.swift); the PostgreSQL backend runs the same list.
public enum StorageContract {
    /// A named check.
    public struct Check: Sendable, CustomStringConvertible {
        public let name: String
        public let run: @Sendable (any TruceStorage) async throws -> Void
        public var description: String { name }
    }

    /// Every check of the contract.
    public static let all: [Check] = [
        Check(name: "imported events come back ordered and filtered", run: importedEventsComeBackOrderedAndFiltered),
        Check(name: "re-imports update, keep history and reproduce snapshots", run: reimportsUpdateAndSnapshotsReproduce),
        Check(name: "rejected rows are counted and handed over", run: rejectedRowsAreCountedAndHandedOver),
        Check(name: "a failed import stores nothing", run: aFailedImportStoresNothing),
        Check(name: "observations and accepted claims", run: observationsAndAcceptedClaims),
        Check(name: "claims about several provisions, imprecise dates, areas and attributes", run: evidenceOfFormatVersion2),
        Check(name: "event pages, counts and streams agree", run: eventPagesCountsAndStreamsAgree),
        Check(name: "pages after a position continue the list", run: pagesAfterAPositionContinueTheList),
        Check(name: "pages of one export read one state, or refuse", run: pagesReadOneStateOrRefuse),
        Check(name: "events filter by type and admin1, literally", run: eventsFilterByTypeAndAdmin1),
        Check(name: "events to link match countries with a parenthesis", run: eventsToLinkMatchCountriesWithAParenthesis),
        Check(name: "deletions leave current data, not old snapshots", run: deletionsLeaveCurrentDataNotOldSnapshots),
        Check(name: "registered actors and name counts", run: registeredActorsAndNameCounts),
        Check(name: "each import of events records what it covers", run: eachImportOfEventsRecordsWhatItCovers),
        Check(name: "a fresh store verifies sound and current", run: aFreshStoreVerifiesSoundAndCurrent),
        Check(name: "coded articles are stored once and filed into clusters", run: articlesAreStoredOnceAndFiledIntoClusters),
        Check(name: "accepting writes evidence, only for acts, all or none", run: acceptingWritesEvidenceOnlyForActsAllOrNone),
        Check(name: "reject, edit, merge and reopen are logged and reversible", run: rejectEditMergeAndReopen),
        Check(name: "a stated coverage replaces the span of the rows", run: aStatedCoverageReplacesTheSpanOfTheRows),
    ]

    static let stamp = "2026-01-01T00:00:00Z"

    static func event(
        _ key: String, _ iso: String, _ actor1: String, _ actor2: String? = nil, country: String = "Afghanistan", deaths: Int = 0,
        revision: Int? = nil, dataset: String = "acled"
    ) -> Event {
        var event = Event(
            key: key, dataset: dataset, date: DateSpan.acled(day: Day(iso: iso)!, timePrecision: 1),
            type: EventType(event: "Battles", subEvent: "Armed clash"), actor1: EventActor(name: actor1), actor2: EventActor(name: actor2),
            location: Location(country: country, admin1: "Helmand"), fatalities: Fatalities(exactly: deaths), sources: ["Test Wire"])
        event.revision = revision
        return event
    }

    @discardableResult
    static func importEvents(
        _ events: [Event], into storage: any TruceStorage, rejects: any RejectsDestination = DiscardedRejects()
    )
        async throws -> ImportReport
    {
        try await storage.importEvents(
            from: ListedRecords(values: events), kind: "acled", input: "events.csv", importedAt: stamp, rejects: rejects, progress: { _ in })
    }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) throws {
        if !condition { throw ContractViolation(message()) }
    }

    static func keys(_ events: [Event]) -> [String] { events.map(\.key) }

    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    // MARK: - Checks

    static func aFreshStoreVerifiesSoundAndCurrent(_ storage: any TruceStorage) async throws {
        try await importEvents([event("E1", "2020-03-02", "Taliban")], into: storage)
        let verification = try await storage.verify()
        try require(verification.isSound && verification.integrityProblems.isEmpty, "a fresh store is sound: \(verification.problems)")
        let applied = try await storage.appliedMigrations()
        try require(verification.appliedMigrations == applied, "the verification names the migrations applied")
        try require(applied.last == verification.latestMigration, "a fresh store's schema is current: \(applied.last ?? "none")")
    }

    static func importedEventsComeBackOrderedAndFiltered(_ storage: any TruceStorage) async throws {
        let report = try await importEvents(
            [
                event("E3", "2020-03-04", "Taliban"), event("E1", "2020-03-02", "Taliban"),
                event("E2", "2020-03-03", "Taliban", country: "Pakistan"),
            ], into: storage)
        try require(report.counts == ImportCounts(read: 3, stored: 3), "counts: \(report.counts)")
        let all = try await storage.events(from: day("2020-03-01"), to: day("2020-03-31"), countries: [], asOf: nil)
        try require(keys(all) == ["E1", "E2", "E3"], "events are ordered by day: \(keys(all))")
        let afghan = try await storage.events(from: day("2020-03-01"), to: day("2020-03-31"), countries: ["AFGHANISTAN"], asOf: nil)
        try require(keys(afghan) == ["E1", "E3"], "countries match without regard to case: \(keys(afghan))")
        let window = try await storage.events(from: day("2020-03-03"), to: day("2020-03-03"), countries: [], asOf: nil)
        try require(keys(window) == ["E2"], "only events touching the window: \(keys(window))")
        try require(all.first?.actor1.name == "Taliban" && all.first?.sources == ["Test Wire"], "fields survive storage: \(all.first!)")
    }

    static func reimportsUpdateAndSnapshotsReproduce(_ storage: any TruceStorage) async throws {
        let first = try await importEvents([event("E1", "2020-03-02", "Taliban", deaths: 1, revision: 100)], into: storage)
        let same = try await importEvents([event("E1", "2020-03-02", "Taliban", deaths: 1, revision: 100)], into: storage)
        try require(same.counts.unchanged == 1 && same.counts.stored == 0, "the same row again is unchanged: \(same.counts)")
        let newer = try await importEvents([event("E1", "2020-03-02", "Taliban", deaths: 5, revision: 200)], into: storage)
        try require(newer.counts.updated == 1, "a newer revision updates: \(newer.counts)")
        let older = try await importEvents([event("E1", "2020-03-02", "Taliban", deaths: 9, revision: 50)], into: storage)
        try require(older.counts.unchanged == 1 && !older.notices.isEmpty, "an older revision is left out, with a notice: \(older)")
        let now = try await storage.events(from: day("2020-03-01"), to: day("2020-03-31"), countries: [], asOf: nil)
        try require(now.map(\.fatalities.best) == [5], "the current version: \(now.map(\.fatalities))")
        let then = try await storage.events(from: day("2020-03-01"), to: day("2020-03-31"), countries: [], asOf: first.snapshot)
        try require(then.map(\.fatalities.best) == [1], "the version as of the first import: \(then.map(\.fatalities))")
        let ids = try await storage.snapshotIDs(through: same.snapshot)
        try require(ids == [first.snapshot, same.snapshot], "snapshot ids through the second: \(ids)")
        let snapshots = try await storage.snapshots()
        try require(snapshots.map(\.id) == [first.snapshot, same.snapshot, newer.snapshot, older.snapshot], "every import is a snapshot")
        try require(snapshots.first?.source == "acled" && snapshots.first?.file == "events.csv", "snapshot source and input recorded")
    }

    static func rejectedRowsAreCountedAndHandedOver(_ storage: any TruceStorage) async throws {
        let rejection = RowRejection(file: "events.csv", line: 3, field: "fatalities", message: "expected a number", rawRecord: "x")
        let rejects = RejectsInMemory()
        let report = try await storage.importEvents(
            from: ListedRecords([.value(event("E1", "2020-03-02", "Taliban")), .rejected(rejection)]), kind: "acled", input: "events.csv",
            importedAt: stamp, rejects: rejects, progress: { _ in })
        try require(report.counts == ImportCounts(read: 2, stored: 1, rejected: 1), "counts add up: \(report.counts)")
        try require(rejects.landed[report.snapshot] == [rejection], "the rejected row is handed over: \(rejects.landed)")
        try require(report.rejectsFile == "memory:\(report.snapshot)", "the report says where: \(report.rejectsFile ?? "nil")")
    }

    static func aFailedImportStoresNothing(_ storage: any TruceStorage) async throws {
        let rejection = RowRejection(file: "events.csv", line: 2, field: nil, message: "bad", rawRecord: "x")
        let rejects = RejectsInMemory()
        var failed = false
        do {
            _ = try await storage.importEvents(
                from: ListedRecords([.rejected(rejection), .value(event("E1", "2020-03-02", "Taliban"))], failAfter: 2), kind: "acled",
                input: "events.csv", importedAt: stamp, rejects: rejects, progress: { _ in })
        } catch {
            failed = true
        }
        try require(failed, "the import reports the failure")
        let events = try await storage.events(from: day("2020-01-01"), to: day("2020-12-31"), countries: [], asOf: nil)
        try require(events.isEmpty, "no event of a failed import is stored: \(keys(events))")
        try require(try await storage.snapshots().isEmpty, "a failed import records no snapshot")
        try require(rejects.landed.isEmpty && rejects.discardedSnapshots.count == 1, "its rejected rows are discarded")
    }

    static func observationsAndAcceptedClaims(_ storage: any TruceStorage) async throws {
        let observations = [
            Observation(key: "O2", indicator: "troop_level", actor: "USA", date: day("2020-07-13"), value: 8600, source: "DoD"),
            Observation(key: "O1", indicator: "troop_level", actor: "USA", date: day("2020-02-29"), value: 13000, source: "DoD"),
            Observation(key: "O3", indicator: "prisoners_released", date: day("2020-03-10"), value: 0, source: "Wire"),
        ]
        let report = try await storage.importObservations(
            from: ListedRecords(values: observations), input: "observations.csv", importedAt: stamp, rejects: DiscardedRejects(),
            progress: { _ in })
        try require(report.counts.stored == 3, "observations stored: \(report.counts)")
        let troops = try await storage.observations(indicator: "troop_level", asOf: nil)
        try require(troops.map(\.key) == ["O1", "O2"] && troops.last?.value == 8600, "observations of one indicator, oldest first")
        let claims = [
            Claim(key: "C1", date: day("2020-03-04"), speaker: "US spokesman", quote: "promised", aboutProvision: "riv", source: "Wire"),
            Claim(
                key: "C2", date: day("2020-03-05"), speaker: "Taliban", quote: "no such commitment", aboutProvision: "riv", reviewState: .candidate,
                source: "Wire"),
        ]
        _ = try await storage.importClaims(
            from: ListedRecords(values: claims), input: "claims.csv", importedAt: stamp, rejects: DiscardedRejects(), progress: { _ in })
        let about = try await storage.claims(aboutProvision: "riv", asOf: nil)
        try require(about.map(\.key) == ["C1"], "only accepted claims count as evidence: \(about.map(\.key))")
    }

    static func evidenceOfFormatVersion2(_ storage: any TruceStorage) async throws {
        let count = Observation(
            key: "V1", indicator: "ceasefire_violations", country: "Ukraine", date: day("2015-02-01"), value: 1200, source: "OSCE SMM",
            latestDate: day("2015-02-28"), admin1: "Donetsk", admin2: "Bakhmut", place: "Debaltseve", attributes: ["report": "SMM 16 Feb"])
        _ = try await storage.importObservations(
            from: ListedRecords(values: [count]), input: "observations.csv", importedAt: stamp, rejects: DiscardedRejects(), progress: { _ in })
        let counts = try await storage.observations(indicator: "ceasefire_violations", asOf: nil)
        try require(counts.count == 1, "the count is stored")
        try require(
            counts[0].latestDate == count.latestDate && counts[0].admin1 == "Donetsk" && counts[0].admin2 == "Bakhmut"
                && counts[0].place == "Debaltseve" && counts[0].attributes == count.attributes,
            "an observation keeps its imprecise date, area and attributes: \(counts[0])")
        let claims = [
            Claim(
                key: "C1", date: day("2016-01-01"), speaker: "s", quote: "q", aboutProvision: "troops; withdrawal", source: "Wire",
                latestDate: day("2016-12-31"), attributes: ["language": "ps"]),
            Claim(key: "C2", date: day("2016-03-01"), speaker: "s", quote: "q", aboutProvision: "*", source: "Wire"),
            Claim(key: "C3", date: day("2016-03-02"), speaker: "s", quote: "q", aboutProvision: "troops_2", source: "Wire"),
            Claim(key: "C4", date: day("2016-03-03"), speaker: "s", quote: "q", aboutReading: "usa", source: "Wire"),
            Claim(key: "C5", date: day("2016-03-04"), speaker: "s", quote: "q", source: "Wire"),
        ]
        let before = try await storage.snapshotIDs(through: nil)
        _ = try await storage.importClaims(
            from: ListedRecords(values: claims), input: "claims.csv", importedAt: stamp, rejects: DiscardedRejects(), progress: { _ in })
        for snapshot in [nil, try await storage.snapshotIDs(through: nil).last] {
            let troops = try await storage.claims(aboutProvision: "troops", asOf: snapshot)
            try require(troops.map(\.key) == ["C1"], "a claim listing 'troops; withdrawal' is about troops, not troops_2: \(troops.map(\.key))")
            try require(try await storage.claims(aboutProvision: "withdrawal", asOf: snapshot).map(\.key) == ["C1"], "…and about withdrawal")
            try require(try await storage.claims(aboutProvision: "*", asOf: snapshot).map(\.key) == ["C2"], "'*' is the agreement as a whole")
            try require(troops.first?.latestDate == day("2016-12-31"), "a claim keeps its imprecise date")
            try require(troops.first?.attributes == ["language": "ps"], "a claim keeps its attributes")
            let naming = try await storage.claimsNamingProvisions(asOf: snapshot)
            try require(naming.map(\.key) == ["C1", "C2", "C3", "C4"], "claims naming a provision or reading, oldest first: \(naming.map(\.key))")
        }
        if let earlier = before.last {
            try require(try await storage.claimsNamingProvisions(asOf: earlier).isEmpty, "no claim named anything before the claims were imported")
        }
    }

    static func aStatedCoverageReplacesTheSpanOfTheRows(_ storage: any TruceStorage) async throws {
        let report = try await importEvents([event("E1", "2020-02-10", "Taliban"), event("E2", "2020-02-20", "Taliban")], into: storage)
        try await storage.recordStatedCoverage(snapshot: report.snapshot, from: day("2020-02-01"), to: day("2020-02-29"), countries: ["Afghanistan"])
        let coverage = try await storage.coverage(through: nil)
        try require(
            coverage.map(\.from) == [day("2020-02-01")] && coverage.map(\.to) == [day("2020-02-29")] && coverage.first?.countries == ["Afghanistan"],
            "the stated period and area replace the rows' span: \(coverage)")
        let observations = try await storage.importObservations(
            from: ListedRecords(values: [Observation(key: "O", indicator: "x", date: day("2020-02-01"), value: 1, source: "s")]),
            input: "observations.csv", importedAt: stamp, rejects: DiscardedRejects(), progress: { _ in })
        do {
            try await storage.recordStatedCoverage(snapshot: observations.snapshot, from: day("2020-01-01"), to: day("2020-12-31"), countries: [])
            try require(false, "an import of observations covers no period of events")
        } catch let error as TruceError {
            try require(error.code == .notFound, "refused as not found: \(error)")
        }
    }

    static func eventPagesCountsAndStreamsAgree(_ storage: any TruceStorage) async throws {
        let events = (1...25).map { event(String(format: "E%02d", $0), String(format: "2020-03-%02d", $0), $0 % 2 == 0 ? "Taliban" : "ISKP") }
        try await importEvents(events, into: storage)
        let filter = EventFilter(actor: "talib")
        let count = try await storage.eventCount(matching: filter)
        try require(count == 12, "the actor filter matches part of a name in any case: \(count)")
        let page = try await storage.events(matching: filter, limit: 5, offset: 10)
        try require(keys(page) == ["E22", "E24"], "the last page: \(keys(page))")
        var streamed: [String] = []
        let visited = try await storage.forEachEvent(matching: filter, limit: nil) { streamed.append($0.key) }
        var firstThree: [String] = []
        try await storage.forEachEvent(matching: filter, limit: 3) { firstThree.append($0.key) }
        try require(firstThree == Array(streamed.prefix(3)), "a limited stream is the first of the whole: \(firstThree)")
        let all = try await storage.events(matching: filter, limit: nil, offset: 0)
        try require(visited == 12 && streamed == keys(all), "the stream and the pages agree: \(streamed)")
        let march = try await storage.eventCount(matching: EventFilter(from: day("2020-03-10"), to: day("2020-03-12")))
        try require(march == 3, "days are inclusive: \(march)")
    }

    static func eventsFilterByTypeAndAdmin1(_ storage: any TruceStorage) async throws {
        var riot = event("R1", "2020-03-02", "Rioters", deaths: 0)
        riot.type = EventType(event: "Riots", subEvent: "Violent demonstration")
        riot.location.admin1 = "Kabul"
        try await importEvents([event("B1", "2020-03-01", "Taliban"), riot, event("B2", "2020-03-03", "Taliban")], into: storage)
        let battles = try await storage.events(matching: EventFilter(type: "battles"), limit: nil, offset: 0)
        try require(keys(battles) == ["B1", "B2"], "the event type matches without regard to case: \(keys(battles))")
        let violent = try await storage.events(matching: EventFilter(type: "Violent demonstration"), limit: nil, offset: 0)
        try require(keys(violent) == ["R1"], "the sub-event type matches too: \(keys(violent))")
        let kabul = try await storage.eventCount(matching: EventFilter(admin1: "KABUL"))
        try require(kabul == 1, "admin1 matches without regard to case: \(kabul)")
        let both = try await storage.eventCount(matching: EventFilter(type: "Battles", admin1: "Helmand"))
        try require(both == 2, "criteria combine: \(both)")
        let hostile = try await storage.eventCount(matching: EventFilter(type: "x' OR '1'='1", admin1: "%"))
        try require(hostile == 0, "SQL and wildcards in a filter are matched literally: \(hostile)")
    }

    static func eventsToLinkMatchCountriesWithAParenthesis(_ storage: any TruceStorage) async throws {
        try await importEvents(
            [
                event("A1", "2015-02-23", "MNDAA", country: "Myanmar"),
                event("U1", "2015-02-23", "MNDAA", country: "Myanmar (Burma)", dataset: "ucdp"),
                event("B1", "2015-02-23", "Other", country: "Bangladesh"),
            ], into: storage)
        var linked: [String] = []
        try await storage.forEachEventToLink(country: "myanmar", from: nil, to: nil) { linked.append("\($0.dataset):\($0.key)") }
        try require(linked == ["acled:A1", "ucdp:U1"], "Myanmar finds Myanmar (Burma): \(linked)")
    }

    static func deletionsLeaveCurrentDataNotOldSnapshots(_ storage: any TruceStorage) async throws {
        let first = try await importEvents([event("E1", "2020-03-02", "Taliban"), event("E2", "2020-03-03", "Taliban")], into: storage)
        let report = try await storage.importDeletions(
            from: ListedRecords(values: [ACLEDDeletion(key: "E1"), ACLEDDeletion(key: "UNKNOWN")]), input: "deleted.csv", importedAt: stamp,
            rejects: DiscardedRejects(), progress: { _ in })
        try require(report.counts.stored == 1 && report.counts.unchanged == 1, "one applied, one unknown: \(report.counts)")
        let now = try await storage.events(from: day("2020-03-01"), to: day("2020-03-31"), countries: [], asOf: nil)
        try require(keys(now) == ["E2"], "the deleted event leaves the current data: \(keys(now))")
        let then = try await storage.events(from: day("2020-03-01"), to: day("2020-03-31"), countries: [], asOf: first.snapshot)
        try require(keys(then) == ["E1", "E2"], "and stays in the snapshot before the deletion: \(keys(then))")
    }

    static func registeredActorsAndNameCounts(_ storage: any TruceStorage) async throws {
        try await importEvents(
            [event("E1", "2020-03-02", "Taliban", "Police Forces of Afghanistan"), event("E2", "2020-03-03", "Taliban")], into: storage)
        let counts = try await storage.actorNameCounts(dataset: nil)
        try require(counts.first == ActorNameCount(name: "Taliban", code: nil, events: 2), "most named first: \(counts)")
        try require(counts.count == 2, "every name on either side: \(counts)")
        let agreement = Agreement(
            id: "test", title: "Test", signed: day("2020-02-29"), parties: ["TALIBAN"],
            actors: [ActorDefinition(id: "TALIBAN", name: "Taliban", aliases: ["Islamic Emirate"], codes: ["gdelt:AFGTAL"])], provisions: [])
        try require(try await !storage.isRegistered(agreement), "an agreement not registered yet")
        try await storage.register(agreement)
        try await storage.register(agreement)
        try require(try await storage.isRegistered(agreement), "an agreement registered")
        let actors = try await storage.registeredActors()
        try require(actors.map(\.id) == ["TALIBAN"], "registering again replaces: \(actors)")
        try require(Set(actors[0].aliases) == ["Taliban", "Islamic Emirate"] && actors[0].codes == ["gdelt:AFGTAL"], "aliases and codes kept")
    }
}

extension StorageContract {
    static func eachImportOfEventsRecordsWhatItCovers(_ storage: any TruceStorage) async throws {
        let first = try await importEvents(
            [event("E1", "2020-03-04", "Taliban", country: "Pakistan"), event("E2", "2020-03-02", "Taliban")], into: storage)
        let second = try await importEvents([event("E3", "2020-04-10", "Taliban")], into: storage)
        let all = try await storage.coverage(through: nil)
        try require(all.map(\.snapshot) == [first.snapshot, second.snapshot], "one coverage per import of events: \(all)")
        try require(all[0].from == day("2020-03-02") && all[0].to == day("2020-03-04"), "the span of the import's rows: \(all[0])")
        try require(Set(all[0].countries) == ["Afghanistan", "Pakistan"], "the countries its rows name: \(all[0].countries)")
        let then = try await storage.coverage(through: first.snapshot)
        try require(then.map(\.snapshot) == [first.snapshot], "coverage as of the first import: \(then)")
    }
}

/// What a backend did against the contract.
public struct ContractViolation: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
