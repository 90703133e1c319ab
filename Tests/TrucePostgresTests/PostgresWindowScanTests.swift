import Testing
import TruceModel
import TruceStorage
import TruceTestSupport

@testable import TrucePostgres

/// Wide windows read together scan the table when their rows lie in no order of their days, and give
/// each window what it gets alone either way; narrow windows, or rows stored in date order, keep the range.
@Suite(.enabled(if: PostgresTestDatabase.isWanted)) struct PostgresWindowScanTests {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// 366 events, one a day of 2020, stored shuffled (or in date order), every third one the Taliban's.
    static func events(shuffled: Bool) -> [Event] {
        (0..<366).map { index in
            let stated = day("2020-01-01").adding(days: shuffled ? (index * 149) % 366 : index)
            var event = Event(
                key: "E\(index)", dataset: "acled", date: DateSpan(day: stated, earliest: stated, latest: stated, precision: .day),
                type: EventType(event: index % 2 == 0 ? "Battles" : "Protests"),
                actor1: EventActor(name: index % 3 == 0 ? "Taliban" : "Military Forces of Afghanistan"),
                location: Location(country: "Afghanistan"), sources: ["Test Wire"])
            event.revision = 1
            return event
        }
    }

    static func windows(from: String, to: String) -> [EventQuery] {
        [
            EventQuery(from: day(from), to: day(to), countries: ["afghanistan"], side1: ActorNames(exact: ["taliban"])),
            EventQuery(from: day(from), to: day(to), eventTypes: ["battles"]),
        ]
    }

    @Test(arguments: [true, false])
    func wideWindowsScanOnlyWhenTheRowsLieInNoOrderOfTheirDays(shuffled: Bool) async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let store = try await PostgresStore.open(url: url)
            do {
                let report = try await store.importEvents(
                    from: ListedRecords(values: Self.events(shuffled: shuffled)), kind: "acled", input: "events.csv",
                    importedAt: "2026-01-01T00:00:00Z", rejects: DiscardedRejects(), progress: { _ in })
                try await withTestConnection(to: url) { connection, logger in
                    try await connection.query("ANALYZE events", logger: logger)
                    let tenMonths: [(from: Day?, to: Day?)] = [(Self.day("2020-02-01"), Self.day("2020-11-30"))]
                    let wide = try await PostgresStore.scanReadsLess(tenMonths, on: connection, logger: logger)
                    #expect(wide == shuffled, "ten months of twelve: a scan only when the rows are shuffled")
                    let aWeek: [(from: Day?, to: Day?)] = [(Self.day("2020-03-01"), Self.day("2020-03-07"))]
                    let week = try await PostgresStore.scanReadsLess(aWeek, on: connection, logger: logger)
                    #expect(!week, "a week is read by its range")
                }
                // Wide windows (read together, by a scan when shuffled), then a week apart from them, in one call.
                let queries = Self.windows(from: "2020-02-01", to: "2020-11-30") + Self.windows(from: "2020-12-20", to: "2020-12-26")
                for snapshot in [nil, report.snapshot] as [Int64?] {
                    let together = try await store.events(matchingEach: queries, asOf: snapshot)
                    for (query, answer) in zip(queries, together) {
                        let alone = try await store.events(matching: query, asOf: snapshot)
                        #expect(answer.map(\.key) == alone.map(\.key), "as of \(snapshot.map(String.init) ?? "now")")
                        #expect(!answer.isEmpty)
                    }
                }
                await store.close()
            } catch {
                await store.close()
                throw error
            }
        }
    }
}
