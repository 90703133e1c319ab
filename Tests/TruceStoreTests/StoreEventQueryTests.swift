import Testing
import TruceModel
import TruceTestSupport

@testable import TruceStore

/// The store filters by an `EventQuery` in SQL; what it keeps must include everything the
/// scope could match (ASCII case aside, non-ASCII text is always kept) and may drop the rest.
@Suite struct StoreEventQueryTests {
    func store(_ events: [Event]) throws -> Store {
        let store = try Store.inMemory()
        _ = try store.importEvents(from: ListedEvents(events: events), kind: "acled", path: "events.csv", importedAt: "2026-01-01T00:00:00Z")
        return store
    }

    func keys(_ store: Store, _ query: EventQuery) throws -> Set<String> {
        Set(try store.events(matching: query).map(\.key))
    }

    let taliban = ActorNames(
        exact: ["taliban", "islamic emirate of afghanistan"], prefixes: ["military forces of the united states"], codes: ["gdelt:afgtal"])

    @Test func sidesAreKeptByExactNamePrefixAssociateCodeOrNonASCIIText() throws {
        var events = [
            Fixtures.event("exact", "2020-03-01", "TALIBAN"),
            Fixtures.event("prefix", "2020-03-01", "Military Forces of the United States (2017-2021)"),
            Fixtures.event("associate", "2020-03-01", "Unidentified Armed Group"),
            Fixtures.event("coded", "2020-03-01", "Insurgents"),
            Fixtures.event("accented", "2020-03-01", "Émirat islamique"),
            Fixtures.event("other", "2020-03-01", "Civilians (Afghanistan)"),
            Fixtures.event("wildcard", "2020-03-01", "Taliban_"),
        ]
        events[2].actor1.associates = ["Haqqani Network", "Taliban"]
        events[3].actor1.code = "GDELT:AFGTAL"
        let store = try store(events)
        let query = EventQuery(from: Day(iso: "2020-01-01")!, to: Day(iso: "2020-12-31")!, side1: taliban)
        #expect(try keys(store, query) == ["exact", "prefix", "associate", "coded", "accented"])
        // The side acted upon has no names in these events: only text SQLite cannot fold passes.
        let other = EventQuery(from: Day(iso: "2020-01-01")!, to: Day(iso: "2020-12-31")!, side2: taliban)
        #expect(try keys(store, other).isEmpty)
        // No names at all: nothing can match.
        let none = EventQuery(from: Day(iso: "2020-01-01")!, to: Day(iso: "2020-12-31")!, side1: ActorNames())
        #expect(try keys(store, none) == ["accented"])
    }

    @Test func typesPlacesDatesAndFatalitiesAreComparedAsTheEvaluatorDoes() throws {
        let store = try store([
            Fixtures.event("battle", "2020-03-01", "Taliban", type: "battles", deaths: 3),
            Fixtures.event("blast", "2020-03-01", "Taliban", type: "Explosions/Remote violence", deaths: 1),
            Fixtures.event("protest", "2020-03-01", "Taliban", type: "Protests"),
            Fixtures.event("late", "2020-06-01", "Taliban", type: "Battles", deaths: 3),
            Fixtures.event("week", "2020-03-09", "Taliban", type: "Battles", precision: 2, deaths: 3),
            Fixtures.event("qatar", "2020-03-01", "Taliban", type: "Battles", deaths: 3, country: "Qatar"),
        ])
        let march = (from: Day(iso: "2020-03-01")!, to: Day(iso: "2020-03-07")!)
        #expect(
            try keys(
                store, EventQuery(from: march.from, to: march.to, countries: ["AFGHANISTAN"], eventTypes: ["Battles", "Explosions/Remote violence"]))
                == ["battle", "blast", "week"])
        #expect(try keys(store, EventQuery(from: march.from, to: march.to, minFatalities: 2)) == ["battle", "week", "qatar"])
        #expect(try keys(store, EventQuery(from: march.from, to: march.to, admin1: ["helmand"], side2: nil)).count == 5)
        #expect(try keys(store, EventQuery(from: march.from, to: march.to, subEventTypes: ["Air/drone strike"])).isEmpty)
    }
}
