import Foundation
import TruceFormats
import TruceModel
import TruceStorage

/// The contract of date windows over events whose dates are uncertain: a backend may narrow its
/// reading to a range of stated days (see `EventDateSpread`), but never so far that it misses an
/// event whose date span touches the window, whichever write brought the event in.
extension StorageContract {
    /// Every check of date windows.
    public static let dateWindows: [Check] = [
        Check(name: "date windows find events whose dates span months", run: dateWindowsFindEventsWhoseDatesSpanMonths),
        Check(name: "a date window finds an accepted event of a wide span", run: aDateWindowFindsAnAcceptedEventOfAWideSpan),
        Check(name: "date windows order ties by data set and key, byte by byte", run: dateWindowsOrderTiesByDataSetAndKeyByteByByte),
        Check(name: "a scope's filters keep the same events in narrow and wide windows", run: scopeFiltersKeepTheSameEventsInNarrowAndWideWindows),
    ]

    /// Keys whose order differs between bytes and Swift's comparison of strings: case, a precomposed
    /// é (C3 A9) and a decomposed one (65 CC 81, which Swift finds equal to it), a character beyond U+FFFF.
    static let keysToOrder = ["a", "B", "\u{E9}", "e\u{301}", "ex", "Z", "z", "\u{1F600}", "AFG-10", "AFG-9"]

    /// Events a few to a day through 2020, several of them of wide spans, in data sets that differ by case only.
    static func eventsToOrder() -> [Event] {
        (0..<60).map { index in
            let stated = day("2020-01-01").adding(days: (index / 4) * 23)
            var event = event(keysToOrder[index % keysToOrder.count] + "-" + String(index / keysToOrder.count), stated.iso, "Taliban")
            event.dataset = ["acled", "ACLED", "Acled"][index % 3]
            if index % 7 == 0 {
                event.date = DateSpan(day: stated, earliest: stated.adding(days: -40), latest: stated.adding(days: 75), precision: .month)
            }
            return event
        }
    }

    /// `events` as SQL's `ORDER BY event_date, dataset, event_key` orders them when text is compared as bytes.
    static func inByteOrder(_ events: [Event]) -> [Event] {
        events.sorted { a, b in
            let left = (a.date.day, Array(a.dataset.utf8), Array(a.key.utf8))
            let right = (b.date.day, Array(b.dataset.utf8), Array(b.key.utf8))
            if left.0 != right.0 { return left.0 < right.0 }
            if left.1 != right.1 { return left.1.lexicographicallyPrecedes(right.1) }
            return left.2.lexicographicallyPrecedes(right.2)
        }
    }

    static func dateWindowsOrderTiesByDataSetAndKeyByteByByte(_ storage: any TruceStorage) async throws {
        let all = eventsToOrder()
        let first = try await importEvents(Array(all.prefix(30)), into: storage)
        let second = try await importEvents(Array(all.dropFirst(30)), into: storage)
        try require(second.counts.stored == 30, "every event is stored, keys that Swift finds equal included: \(second.counts)")
        func identities(_ events: [Event]) -> [String] { events.map { "\($0.date.day) \($0.dataset) \($0.key)" } }
        // A week, a season and the whole year: a backend may read each differently, never in another order.
        let windows = [("2020-03-01", "2020-03-07"), ("2020-04-10", "2020-07-31"), ("2020-01-01", "2020-12-31"), ("2019-01-01", "2021-12-31")]
        for (start, end) in windows {
            let (from, to) = (day(start), day(end))
            for (snapshot, held) in [(nil, all), (first.snapshot, Array(all.prefix(30)))] as [(Int64?, [Event])] {
                let want = identities(inByteOrder(held.filter { $0.date.latest >= from && $0.date.earliest <= to }))
                let window = identities(try await storage.events(from: from, to: to, countries: [], asOf: snapshot))
                try require(window == want, "events of \(from)…\(to) as of \(snapshot.map(String.init) ?? "now"): \(window), not \(want)")
                let query = EventQuery(from: from, to: to, countries: ["Afghanistan"], side1: ActorNames(exact: ["taliban"]))
                let matching = identities(try await storage.events(matching: query, asOf: snapshot))
                try require(matching == want, "events matching \(from)…\(to) as of \(snapshot.map(String.init) ?? "now"): \(matching), not \(want)")
            }
        }
    }

    /// Events stated from 2017 to 2021, so that a backend may read a week's window and a two years' one
    /// differently (SQLite scans the table for the latter), with text that tests each filter's folding of
    /// case: mixed case, non-ASCII characters (always kept: Swift folds them, the database may not), a
    /// control character (folded alike everywhere), names as prefixes, associates and codes.
    static func eventsToFilter() -> [Event] {
        let actors = [
            "TALIBAN", "taliban", "Taliban\u{7}", "\u{C9}mirat islamique", "Military Forces of the United States (2017-2021)",
            "MILITARY FORCES OF THE UNITED STATES", "Civilians (Afghanistan)", "Talibans", "Unidentified Armed Group",
        ]
        let countries = ["Afghanistan", "AFGHANISTAN", "Afghanist\u{E1}n", "Pakistan"]
        let types = ["Battles", "BATTLES", "Protests", "Batt\u{F1}les"]
        var events: [Event] = []
        for index in 0..<72 {
            // Three events every 25 days from 2017 to 2021, then a tie on one day of the short window.
            let stated = index < 69 ? day("2017-01-01").adding(days: (index / 3) * 83) : day("2020-03-03")
            var event = event(
                ["K", "k", "\u{E9}", "e\u{301}"][index % 4] + "-\(index)", stated.iso, actors[index % actors.count],
                actors[(index / 2) % actors.count], country: countries[index % countries.count], dataset: ["acled", "ACLED"][index % 2])
            event.type = EventType(event: types[(index / 3) % types.count], subEvent: index % 5 == 0 ? nil : "Armed clash")
            if index % 9 == 4 { event.actor1.associates = ["Haqqani Network", "TALIBAN"] }
            if index % 11 == 3 { event.actor1.code = "GDELT:AFGTAL" }
            if index % 13 == 6 {
                event.date = DateSpan(day: stated, earliest: stated.adding(days: -60), latest: stated.adding(days: 200), precision: .month)
            }
            events.append(event)
        }
        return events
    }

    /// Whether `event` passes `query`'s filters as a backend must at least keep it: criteria compared in
    /// ASCII case, and a value with a character beyond ASCII always passing (the evaluator decides).
    static func mayMatch(_ event: Event, _ query: EventQuery) -> Bool {
        func beyondASCII(_ text: String?) -> Bool { text?.utf8.contains { $0 >= 0x80 } ?? false }
        func among(_ value: String?, _ wanted: [String]) -> Bool {
            wanted.isEmpty || beyondASCII(value) || wanted.map { $0.lowercased() }.contains((value ?? "").lowercased())
        }
        func carries(_ actor: EventActor, _ names: ActorNames?) -> Bool {
            guard let names else { return true }
            let associates = actor.associates.isEmpty ? nil : actor.associates.joined(separator: "; ")
            if beyondASCII(actor.name) || beyondASCII(associates) || beyondASCII(actor.code) { return true }
            let name = (actor.name ?? "").lowercased()
            return names.exact.contains(name) || names.prefixes.contains { name.hasPrefix($0) }
                || (names.exact + names.prefixes).contains { (associates ?? "").lowercased().contains($0) }
                || names.codes.contains((actor.code ?? "").lowercased())
        }
        return event.date.latest >= query.from && event.date.earliest <= query.to && among(event.location.country, query.countries)
            && among(event.type.event, query.eventTypes) && among(event.type.subEvent, query.subEventTypes)
            && carries(event.actor1, query.side1) && carries(event.actor2, query.side2)
    }

    static func scopeFiltersKeepTheSameEventsInNarrowAndWideWindows(_ storage: any TruceStorage) async throws {
        let all = eventsToFilter()
        let report = try await importEvents(all, into: storage)
        try require(report.counts.stored == all.count, "every event is stored: \(report.counts)")
        func identities(_ events: [Event]) -> [String] { events.map { "\($0.date.day) \($0.dataset) \($0.key)" } }
        let taliban = ActorNames(exact: ["taliban"], prefixes: ["military forces of the united states"], codes: ["gdelt:afgtal"])
        let scopes = [
            EventQuery(from: day("2017-01-01"), to: day("2017-01-01")),
            EventQuery(from: day("2017-01-01"), to: day("2017-01-01"), countries: ["afghanistan"], eventTypes: ["battles"], side1: taliban),
            EventQuery(from: day("2017-01-01"), to: day("2017-01-01"), countries: ["AFGHANISTAN"], subEventTypes: [""], side2: taliban),
            EventQuery(from: day("2017-01-01"), to: day("2017-01-01"), side1: taliban, side2: ActorNames(exact: ["civilians (afghanistan)"])),
        ]
        // A week, a season, two years and more than the whole store.
        let windows = [("2020-03-01", "2020-03-07"), ("2019-12-01", "2020-03-31"), ("2020-01-01", "2021-12-31"), ("2010-01-01", "2030-12-31")]
        var queries: [EventQuery] = []
        for scope in scopes {
            for (start, end) in windows {
                var query = scope
                (query.from, query.to) = (day(start), day(end))
                queries.append(query)
                let want = identities(inByteOrder(all.filter { mayMatch($0, query) }))
                let got = identities(try await storage.events(matching: query, asOf: nil))
                try require(got == want, "events matching \(query): \(got), not \(want)")
                let asOf = identities(try await storage.events(matching: query, asOf: report.snapshot))
                try require(asOf == want, "events matching \(query) as of the import: \(asOf), not \(want)")
            }
        }
        // Asked together (as an assessment asks), in any grouping, each query gets what it gets alone.
        let wide = queries.filter { $0.from.days(to: $0.to) > 100 }
        // Windows years apart, which a backend may read apart (PostgreSQL: one statement for each group that overlaps).
        let apart = scopes.flatMap { scope in
            [("2017-01-01", "2017-06-30"), ("2020-03-01", "2020-03-07"), ("2017-02-01", "2017-02-28")].map { start, end in
                var query = scope
                (query.from, query.to) = (day(start), day(end))
                return query
            }
        }
        for batch in [queries, Array(queries.reversed()), wide, apart, [queries[5], queries[5]], Array(queries.prefix(1)), []] {
            for snapshot in [nil, report.snapshot] as [Int64?] {
                let answers = try await storage.events(matchingEach: batch, asOf: snapshot)
                try require(answers.count == batch.count, "one answer for each of \(batch.count) queries, not \(answers.count)")
                for (query, answer) in zip(batch, answers) {
                    let want = identities(inByteOrder(all.filter { mayMatch($0, query) }))
                    try require(identities(answer) == want, "events matching \(query) among \(batch.count): \(identities(answer)), not \(want)")
                }
            }
        }
    }

    static func spanning(_ key: String, day stated: String, from earliest: String, to latest: String, revision: Int? = nil) -> Event {
        var wide = event(key, stated, "Taliban", revision: revision)
        wide.date = DateSpan(day: day(stated), earliest: day(earliest), latest: day(latest), precision: .month)
        return wide
    }

    /// The days windows start and end on: each event's ends, the days just outside them, and days between.
    static let windowEnds = [
        "2019-09-15", "2019-09-30", "2019-10-01", "2019-12-31", "2020-01-01", "2020-01-31", "2020-02-01", "2020-03-02", "2020-06-15",
        "2020-08-31", "2020-09-01", "2020-09-30", "2020-10-01", "2020-11-30", "2020-12-01", "2020-12-31", "2021-01-01", "2021-01-10",
        "2021-02-01",
    ].map(day)

    /// Checks every window between two of ``windowEnds`` (and, for linking, with either end open)
    /// against `expected`, the events as they stand, in every query that reads a date window.
    static func requireEveryWindow(_ storage: any TruceStorage, finds expected: [Event], asOf snapshot: Int64? = nil, _ stage: String) async throws {
        func keys(touching from: Day?, _ to: Day?) -> [String] {
            expected.filter { ($0.date.latest >= from ?? $0.date.latest) && ($0.date.earliest <= to ?? $0.date.earliest) }
                .sorted { ($0.date.day, $0.dataset, $0.key) < ($1.date.day, $1.dataset, $1.key) }.map(\.key)
        }
        for (index, from) in windowEnds.enumerated() {
            for to in windowEnds[index...] {
                let want = keys(touching: from, to)
                let window = try await storage.events(from: from, to: to, countries: [], asOf: snapshot)
                try require(StorageContract.keys(window) == want, "\(stage): events of \(from)…\(to): \(StorageContract.keys(window)), not \(want)")
                let matching = try await storage.events(matching: EventQuery(from: from, to: to), asOf: snapshot)
                try require(
                    StorageContract.keys(matching) == want, "\(stage): events matching \(from)…\(to): \(StorageContract.keys(matching)), not \(want)")
                guard snapshot == nil else { continue }
                var linked: [String] = []
                _ = try await storage.forEachEventToLink(country: nil, from: from, to: to) { linked.append($0.key) }
                try require(linked == want, "\(stage): events to link of \(from)…\(to): \(linked), not \(want)")
            }
        }
        guard snapshot == nil else { return }
        for end in windowEnds {
            for (from, to) in [(end, nil), (nil, end)] as [(Day?, Day?)] {
                var linked: [String] = []
                _ = try await storage.forEachEventToLink(country: nil, from: from, to: to) { linked.append($0.key) }
                let want = keys(touching: from, to)
                try require(linked == want, "\(stage): events to link from \(from?.iso ?? "any") to \(to?.iso ?? "any"): \(linked), not \(want)")
            }
        }
    }

    static func dateWindowsFindEventsWhoseDatesSpanMonths(_ storage: any TruceStorage) async throws {
        // First a narrow spread: a precise event and one dated by its first day, possibly running to the end of August.
        let precise = event("N1", "2020-03-02", "Taliban")
        let forward = spanning("W2", day: "2020-02-01", from: "2020-02-01", to: "2020-08-31", revision: 1)
        let first = try await importEvents([precise, forward], into: storage)
        try await requireEveryWindow(storage, finds: [precise, forward], "after the first import")
        // Then wider ones, written by a later import: a year-precise event dated mid-year, one dated by its
        // last day, possibly from a year before, and a revision that takes W2 to the end of November.
        let year = spanning("W1", day: "2020-06-15", from: "2020-01-01", to: "2020-12-31")
        let backward = spanning("W3", day: "2020-09-30", from: "2019-10-01", to: "2020-09-30")
        let later = event("N2", "2021-01-10", "Taliban")
        let revised = spanning("W2", day: "2020-02-01", from: "2020-02-01", to: "2020-11-30", revision: 2)
        let second = try await importEvents([year, backward, later, revised], into: storage)
        try require(second.counts.stored == 3 && second.counts.updated == 1, "the second import stores three and revises one: \(second.counts)")
        try await requireEveryWindow(storage, finds: [precise, revised, year, backward, later], "after the wider import")
        try await requireEveryWindow(storage, finds: [precise, forward], asOf: first.snapshot, "as of the first import")
        // A deletion leaves the recorded spread as it was, which stays correct for what remains.
        _ = try await storage.importDeletions(
            from: ListedRecords(values: [ACLEDDeletion(key: "W3")]), input: "deleted.csv", importedAt: stamp, rejects: DiscardedRejects(),
            progress: { _ in })
        try await requireEveryWindow(storage, finds: [precise, revised, year, later], "after deleting the widest")
        try await requireEveryWindow(storage, finds: [precise, revised, year, backward, later], asOf: second.snapshot, "as of the wider import")
    }

    static func aDateWindowFindsAnAcceptedEventOfAWideSpan(_ storage: any TruceStorage) async throws {
        try await importEvents([event("N1", "2020-03-02", "Taliban")], into: storage)
        let sentence = "Taliban fighters attacked US forces in Helmand at some point in 2020."
        let article = Article(origin: "undated.txt", source: "Wire", headline: "Report", text: sentence, publicationDate: day("2021-01-05"))
        let coded = CodedEvent(
            date: ResolvedDate(earliest: day("2020-01-01"), latest: day("2020-12-31"), precision: .year),
            actor1: CodedActor(name: "Taliban", text: "Taliban"), actor2: CodedActor(name: "United States", text: "US forces"), code: "190",
            acledEventType: "Battles", acledSubEventType: "Armed clash", location: CodedLocation(country: "Afghanistan", admin1: "Helmand"),
            fatalities: CodedFatalities(low: 0, best: 0, high: 0), modality: .done, span: TextSpan(start: 0, end: sentence.unicodeScalars.count),
            confidence: 0.7)
        _ = try await storage.importArticles(
            [ArticleImport(article: article, bytes: Array(sentence.utf8), result: CodingResult(events: [coded]))], settings: CoderSettings(),
            importedAt: stamp)
        let cluster = try await storage.reviewClusters(states: [.pending]).first.orThrow("the coded event waits for review")
        let accepted = try await storage.accept([cluster.id], by: reviewer, allowNonAct: false, indicator: nil)
        try require(accepted.count == 1, "the event is accepted: \(accepted)")
        let december = try await storage.events(from: day("2020-12-31"), to: day("2020-12-31"), countries: [], asOf: nil)
        try require(december.map(\.dataset) == ["articles"], "the last day of its span finds the accepted event: \(december.map(\.key))")
        let matching = try await storage.events(matching: EventQuery(from: day("2020-12-01"), to: day("2020-12-31")), asOf: nil)
        try require(matching.map(\.dataset) == ["articles"], "so does a query for December: \(matching.map(\.key))")
        var linked: [String] = []
        _ = try await storage.forEachEventToLink(country: nil, from: day("2020-12-31"), to: nil) { linked.append($0.dataset) }
        try require(linked == ["articles"], "and linking from its last day: \(linked)")
    }
}
