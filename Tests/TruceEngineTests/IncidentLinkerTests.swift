import Foundation
import Testing
import TruceEngine
import TruceModel
import TruceTestSupport

/// Builders for one attack as ACLED and as UCDP code it.
enum Reports {
    static func acled(
        _ key: String, _ iso: String, _ actor1: String = "Military Forces of Myanmar (2016-)", _ actor2: String? = "KIA: Kachin Independence Army",
        type: String = "Battles", inter1: Int? = 1, latitude: Double? = 24.2, longitude: Double? = 97.1, geoPrecision: Int = 1,
        admin1: String? = "Kachin", country: String = "Myanmar", deaths: Int = 3, timePrecision: Int = 1
    ) -> Event {
        Event(
            key: key, dataset: "acled", date: DateSpan.acled(day: Fixtures.day(iso), timePrecision: timePrecision), type: EventType(event: type),
            actor1: EventActor(name: actor1, typeCode: inter1), actor2: EventActor(name: actor2),
            location: Location(country: country, admin1: admin1, latitude: latitude, longitude: longitude, precision: geoPrecision),
            fatalities: Fatalities(exactly: deaths))
    }

    static func ucdp(
        _ key: String, _ start: String, _ end: String? = nil, sideA: String = "Government of Myanmar (Burma)", sideB: String? = "KIA",
        type: String = "Battles", latitude: Double? = 24.25, longitude: Double? = 97.12, uncertaintyKm: Double? = 0,
        admin1: String? = "Kachin State", country: String = "Myanmar (Burma)", low: Int = 2, best: Int = 4, high: Int = 9
    ) -> Event {
        let first = Fixtures.day(start)
        let last = Fixtures.day(end ?? start)
        return Event(
            key: key, dataset: "ucdp", date: DateSpan(day: first, earliest: first, latest: last, precision: first == last ? .day : .week),
            type: EventType(event: type), actor1: EventActor(name: sideA, code: "ucdp:144"), actor2: EventActor(name: sideB),
            location: Location(country: country, admin1: admin1, latitude: latitude, longitude: longitude, uncertaintyKm: uncertaintyKm),
            fatalities: Fatalities(low: low, best: best, high: high))
    }
}

@Suite struct IncidentLinkerTests {
    func linked(_ a: Event, _ b: Event, _ rules: LinkingRules = LinkingRules()) -> Bool {
        IncidentLinker.link([a, b], rules: rules).count == 1
    }

    @Test func theSameAttackInACLEDAndUCDPIsOneIncidentWithItsSourcesNamed() throws {
        let a = Reports.acled("MMR1", "2015-03-21", deaths: 12)
        let u = Reports.ucdp("210060", "2015-03-21", low: 2, best: 4, high: 9)
        let incidents = IncidentLinker.link([u, a])
        let incident = try #require(incidents.first)
        #expect(incidents.count == 1)
        #expect(incident.id == "acled:MMR1")
        #expect(incident.members == [EventRef(dataset: "acled", key: "MMR1"), EventRef(dataset: "ucdp", key: "210060")])
        #expect(incident.datasets == ["acled", "ucdp"])
        #expect(incident.fatalities.low == 2)
        #expect(incident.fatalities.lowFrom == EventRef(u))
        #expect(incident.fatalities.high == 12)
        #expect(incident.fatalities.highFrom == EventRef(a))
        // The lower median of the best figures (4 and 12): the sources never add up.
        #expect(incident.fatalities.best == 4)
        #expect(incident.fatalities.bestFrom == EventRef(u))
        let link = try #require(incident.links.first)
        #expect(link.daysApart == 0)
        #expect(link.placeBasis == "coordinates")
        let distance = try #require(link.distanceKm)
        #expect(distance > 5 && distance < 6)
        // The place comes from the most precise member: ACLED's town (0 km) ties with UCDP's 0 km, first member wins.
        #expect(incident.country == "Myanmar")
    }

    @Test func eventsOfOneDataSetNeverLink() {
        let a = Reports.acled("MMR1", "2015-03-21")
        var b = Reports.acled("MMR2", "2015-03-21")
        b.actor1.name = "Military Forces of Myanmar (2016-)"
        #expect(!linked(a, b))
        #expect(linked(a, b, LinkingRules(crossDatasetOnly: false, onePerDataset: false)))
        #expect(IncidentLinker.check(a, b) == .rejected("same data set"))
    }

    @Test func datesLinkWithinTheirPrecisionAndTheSlack() {
        let a = Reports.acled("MMR1", "2015-03-21")
        #expect(linked(a, Reports.ucdp("U", "2015-03-22")))
        #expect(!linked(a, Reports.ucdp("U", "2015-03-23")))
        #expect(linked(a, Reports.ucdp("U", "2015-03-23"), LinkingRules(dateSlackDays: 2)))
        #expect(!linked(a, Reports.ucdp("U", "2015-03-22"), LinkingRules(dateSlackDays: 0)))
        // ACLED's time_precision 2 is the week around the day: three days later is inside it.
        #expect(linked(Reports.acled("MMR1", "2015-03-21", timePrecision: 2), Reports.ucdp("U", "2015-03-24")))
        // UCDP's span from date_start to date_end.
        #expect(linked(a, Reports.ucdp("U", "2015-03-17", "2015-03-20")))
        // A month-long row sums up a period: it never links, unless the rules allow any span.
        let month = Reports.ucdp("U", "2015-03-01", "2015-03-31")
        #expect(!linked(a, month))
        #expect(IncidentLinker.check(a, month) == .rejected("a date span longer than 7 days"))
        #expect(linked(a, month, LinkingRules(maxSpanDays: nil)))
    }

    @Test func placesLinkWithinTheDistanceOrTheirUncertainties() {
        let a = Reports.acled("MMR1", "2015-03-21", latitude: 24.0, longitude: 97.0)
        // 0.3° of latitude is about 33 km: beyond the default 25 km for two exact places.
        let near = Reports.ucdp("U", "2015-03-21", latitude: 24.3, longitude: 97.0)
        #expect(!linked(a, near))
        #expect(IncidentLinker.check(a, near) == .rejected("more than 25 km apart"))
        #expect(
            IncidentLinker.check(a, Reports.ucdp("U", "2015-03-21", latitude: 24.0, longitude: 97.3)) == .rejected("30 km apart, more than 25 km"))
        #expect(linked(a, near, LinkingRules(maxDistanceKm: 40)))
        // UCDP's where_prec 3 (the district, 50 km) widens it.
        var district = near
        district.location.uncertaintyKm = 50
        #expect(linked(a, district))
        #expect(!linked(a, district, LinkingRules(useUncertainty: false)))
        // ACLED has no uncertainty of its own: geo_precision 3 (the province) reads as 150 km.
        let far = Reports.ucdp("U", "2015-03-21", latitude: 25.0, longitude: 97.0)
        #expect(!linked(a, far))
        #expect(linked(Reports.acled("MMR1", "2015-03-21", latitude: 24.0, longitude: 97.0, geoPrecision: 3), far))
    }

    @Test func withoutCoordinatesTheNormalisedAdmin1Decides() {
        let a = Reports.acled("MMR1", "2015-03-21", admin1: "Shan")
        let u = Reports.ucdp("U", "2015-03-21", latitude: nil, longitude: nil, admin1: "SHAN STATE")
        #expect(linked(a, u))
        #expect(IncidentLinker.check(a, u).isLinked)
        if case .linked(let link) = IncidentLinker.check(a, u) {
            #expect(link.placeBasis == "admin1")
            #expect(link.distanceKm == nil)
        }
        #expect(!linked(a, Reports.ucdp("U", "2015-03-21", latitude: nil, longitude: nil, admin1: "Kachin State")))
        #expect(!linked(a, u, LinkingRules(admin1Fallback: false)))
        #expect(linked(Reports.acled("A", "2015-03-21", admin1: "Sagaing"), Reports.ucdp("U", "2015-03-21", latitude: nil, admin1: "Sagaing Region")))
    }

    @Test func countriesCompareWithoutParentheses() {
        #expect(linked(Reports.acled("A", "2015-03-21", country: "Myanmar"), Reports.ucdp("U", "2015-03-21", country: "Myanmar (Burma)")))
        #expect(!linked(Reports.acled("A", "2015-03-21", country: "Bangladesh"), Reports.ucdp("U", "2015-03-21", country: "Myanmar (Burma)")))
    }

    @Test func violentTypesLinkWithEachOtherOnly() {
        let u = Reports.ucdp("U", "2015-03-21")
        #expect(linked(Reports.acled("A", "2015-03-21", type: "Explosions/Remote violence"), u))
        #expect(linked(Reports.acled("A", "2015-03-21", type: "Battle-No change of territory"), u))
        #expect(linked(Reports.acled("A", "2015-03-21", type: "Violence against civilians"), u))
        #expect(!linked(Reports.acled("A", "2015-03-21", type: "Protests"), u))
        #expect(!linked(Reports.acled("A", "2015-03-21", type: "Strategic developments"), u))
        #expect(!linked(Reports.acled("A", "2015-03-21", type: "Violence against civilians"), u, LinkingRules(types: .sameEventType)))
        let riot = Reports.acled("A", "2015-03-21", "Rioters (Myanmar)", nil, type: "Riots/Protests", inter1: 5)
        var protest = Reports.ucdp("U", "2015-03-21", sideA: "Protesters", sideB: nil, type: "Protests")
        protest.dataset = "gdelt"
        #expect(IncidentLinker.check(riot, protest) == .rejected("actors not compatible"))
        #expect(linked(riot, protest, LinkingRules(actors: .ignore)))
        let plan = Reports.acled("A", "2015-03-21", type: "Strategic developments")
        var other = Reports.ucdp("U", "2015-03-21", type: "Strategic developments")
        other.dataset = "gdelt"
        #expect(!linked(plan, other))
    }

    @Test func stateForcesOfOneCountryAreOneActor() {
        // ACLED's inter code 1, "Military Forces of", "Government of", with years and other names in parentheses.
        let a = Reports.acled("A", "2015-03-21", "Military Forces of Myanmar (2016-)", "MNDAA: Myanmar National Democratic Alliance Army")
        #expect(linked(a, Reports.ucdp("U", "2015-03-21", sideA: "Government of Myanmar (Burma)", sideB: "MNDAA")))
        let republic = Reports.acled("A", "2015-03-21", "Government of the Republic of the Union of Myanmar", "United Wa State Army", inter1: 1)
        #expect(linked(republic, Reports.ucdp("U", "2015-03-21", sideB: "UWSA United Wa")))
        // Another state's forces are not Myanmar's.
        let india = Reports.acled("A", "2015-03-21", "Military Forces of India", "NSCN-K", inter1: 8)
        #expect(!linked(india, Reports.ucdp("U", "2015-03-21", sideB: "NSCN-K")))
    }

    @Test func bothSidesMustAgreeByDefaultAndOneSideIsLooser() {
        let kia = Reports.acled("A", "2015-03-21")
        let tnla = Reports.ucdp("U", "2015-03-21", sideB: "TNLA")
        // The state side agrees, the other does not: a different battle nearby.
        #expect(IncidentLinker.check(kia, tnla) == .rejected("actors not compatible"))
        #expect(linked(kia, tnla, LinkingRules(actors: .oneSide)))
        // Sharing only generic words is not agreeing: "army" is not a name.
        let arakan = Reports.acled("A", "2015-03-21", "Military Forces of Myanmar (2016-)", "AA: Arakan Army")
        #expect(!linked(arakan, Reports.ucdp("U", "2015-03-21", sideB: "Kachin Independence Army")))
        #expect(linked(arakan, Reports.ucdp("U", "2015-03-21", sideB: "AA")))
        // A movement and its armed wing share no word: an alias table joins them.
        let kio = Reports.ucdp("U", "2015-03-21", sideB: "KIO")
        #expect(!linked(kia, kio))
        #expect(linked(kia, kio, LinkingRules(actorAliases: [["KIO", "KIA"]])))
        #expect(linked(kia, Reports.ucdp("U", "2015-03-21", sideB: "Kachin Independence Organization")))
    }

    @Test func unidentifiedAndMissingSidesFaceAnything() {
        let u = Reports.ucdp("U", "2015-03-21", sideB: "KIO")
        #expect(linked(Reports.acled("A", "2015-03-21", "Military Forces of Myanmar (2016-)", "Unidentified Armed Group (Myanmar)"), u))
        #expect(linked(Reports.acled("A", "2015-03-21", "Military Forces of Myanmar (2016-)", nil), u))
        // An unknown attacker faces the state's forces; another state's forces do not.
        let unknown = Reports.acled("A", "2015-03-21", "Unidentified Armed Group (Myanmar)", nil, inter1: 3)
        #expect(linked(unknown, u))
        #expect(!linked(Reports.acled("A", "2015-03-21", "Military Forces of India", nil, inter1: 8), u))
    }

    @Test func civiliansOfACLEDMatchUCDPsOneSidedViolence() {
        let acled = Reports.acled("A", "2015-03-21", "Military Forces of Myanmar (2016-)", "Civilians (Myanmar)", type: "Violence against civilians")
        // GED names the victims "Civilians", or leaves the side empty in some layouts.
        #expect(linked(acled, Reports.ucdp("U", "2015-03-21", sideB: "Civilians", type: "Violence against civilians")))
        #expect(linked(acled, Reports.ucdp("U", "2015-03-21", sideB: nil, type: "Violence against civilians")))
        // Victims alone do not tell who attacked them.
        let rebels = Reports.acled("A", "2015-03-21", "AA: Arakan Army", "Civilians (Myanmar)", type: "Violence against civilians", inter1: 2)
        #expect(!linked(rebels, Reports.ucdp("U", "2015-03-21", sideB: "Civilians", type: "Violence against civilians")))
    }

    @Test func aDataSetNeverReportsOneIncidentTwiceSoTheClosestPairWins() throws {
        // Two days of fighting in ACLED, one UCDP row dated the second day: it joins that day only.
        let first = Reports.acled("A1", "2015-03-21")
        let second = Reports.acled("A2", "2015-03-22")
        let u = Reports.ucdp("U", "2015-03-22")
        let incidents = IncidentLinker.link([first, second, u])
        #expect(incidents.count == 2)
        #expect(incidents.map(\.members.count).sorted() == [1, 2])
        let pair = try #require(incidents.first { $0.isLinked })
        #expect(pair.members.map(\.key) == ["A2", "U"])
        // Without the rule the UCDP row chains both days into one incident.
        #expect(IncidentLinker.link([first, second, u], rules: LinkingRules(onePerDataset: false)).count == 1)
    }

    @Test func anIncidentsDatesAreWhatEveryMemberAllows() throws {
        let week = Reports.acled("A", "2015-03-21", timePrecision: 2)
        let u = Reports.ucdp("U", "2015-03-22", "2015-03-26")
        let incident = try #require(IncidentLinker.link([week, u]).first)
        #expect(incident.date.earliest == Fixtures.day("2015-03-22"))
        #expect(incident.date.latest == Fixtures.day("2015-03-24"))
        // Spans a day apart (within the slack) share no day: the incident covers both.
        let apart = try #require(IncidentLinker.link([Reports.acled("A", "2015-03-21"), Reports.ucdp("U", "2015-03-22")]).first)
        #expect(apart.date.earliest == Fixtures.day("2015-03-21"))
        #expect(apart.date.latest == Fixtures.day("2015-03-22"))
    }

    @Test func incidentsAreTheSameWhateverTheInputOrder() {
        let events = [
            Reports.acled("A1", "2015-03-21"), Reports.acled("A2", "2015-03-22"), Reports.ucdp("U1", "2015-03-21"),
            Reports.ucdp("U2", "2015-03-22"), Reports.acled("A3", "2015-05-01"),
        ]
        let forward = IncidentLinker.link(events)
        #expect(forward.map(\.members.count) == [2, 2, 1])
        #expect(IncidentLinker.link(events.reversed()).map(\.members) == forward.map(\.members))
    }

    @Test func rulesReadFromAPartialConfiguration() throws {
        let json = #"{"max_distance_km": 40, "actors": "one_side", "actor_aliases": [["KIO", "KIA"]], "max_span_days": null}"#
        let rules = try JSONDecoder().decode(LinkingRules.self, from: Data(json.utf8))
        #expect(rules.maxDistanceKm == 40)
        #expect(rules.actors == .oneSide)
        #expect(rules.actorAliases == [["KIO", "KIA"]])
        #expect(rules.maxSpanDays == nil)
        #expect(rules.dateSlackDays == LinkingRules().dateSlackDays)
        #expect(rules.precisionKm == LinkingRules.defaultPrecisionKm)
        let again = try JSONDecoder().decode(LinkingRules.self, from: JSONEncoder().encode(rules))
        #expect(again == rules)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(LinkingRules.self, from: Data(#"{"date_slack_days": -1}"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(LinkingRules.self, from: Data(#"{"actors": "most"}"#.utf8)) }
    }
}
