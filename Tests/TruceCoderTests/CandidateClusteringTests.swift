import Testing
import TruceCoder
import TruceModel

@Suite struct CandidateClusteringTests {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    static func attack(
        _ actor1: String? = "Taliban", _ actor2: String? = "United States", code: String = "190", on date: String = "2020-03-04",
        until: String? = nil, admin1: String? = "Helmand", place: String? = nil, country: String? = "Afghanistan", modality: Modality = .done
    ) -> IncidentSignature {
        IncidentSignature(
            actor1: actor1, actor2: actor2, code: code, earliest: day(date), latest: until.map(day), country: country, admin1: admin1, place: place,
            modality: modality)
    }

    static let base = attack()

    @Test(arguments: [
        ("the same report", attack(), true),
        ("names in other case and spacing", attack("TALIBAN", "united  states"), true),
        ("a day later, inside the window", attack(on: "2020-03-05"), true),
        ("two days later", attack(on: "2020-03-06"), false),
        ("a range that overlaps", attack(on: "2020-02-20", until: "2020-03-03"), true),
        ("a CAMEO code of the same root", attack(code: "193"), true),
        ("another action", attack(code: "141"), false),
        ("another province", attack(admin1: "Kandahar"), false),
        ("another country", attack(country: "Pakistan"), false),
        ("no place at all", attack(admin1: nil, country: nil), true),
        ("only the target, named", attack(nil, "United States"), true),
        ("only the attacker, named as the target", attack(nil, "Taliban"), true),
        ("sides swapped", attack("United States", "Taliban"), false),
        ("another actor", attack("ISKP"), false),
        ("no actors", attack(nil, nil), false),
        ("a pledge", attack(modality: .promised), false),
    ])
    func rule(_ name: String, _ other: IncidentSignature, _ same: Bool) {
        #expect(CandidateClustering.sameIncident(Self.base, other) == same, "\(name)")
        #expect(CandidateClustering.sameIncident(other, Self.base) == same, "\(name), the other way round")
    }

    @Test func placesCompareByAdmin1FirstThenByPlace() {
        let lashkarGah = Self.attack(admin1: nil, place: "Lashkar Gah")
        #expect(CandidateClustering.sameIncident(lashkarGah, Self.attack(admin1: nil, place: "lashkar gah")))
        #expect(!CandidateClustering.sameIncident(lashkarGah, Self.attack(admin1: nil, place: "Marjah")))
        #expect(
            CandidateClustering.sameIncident(lashkarGah, Self.attack(admin1: "Helmand")), "nothing to compare: one has no admin1, the other no place")
        #expect(!CandidateClustering.sameIncident(lashkarGah, Self.attack(admin1: "Helmand", place: "Marjah")), "one has no admin1: places decide")
    }

    @Test func aWiderWindowJoinsReportsFurtherApart() {
        let later = Self.attack(on: "2020-03-07")
        #expect(!CandidateClustering.sameIncident(Self.base, later))
        #expect(CandidateClustering.sameIncident(Self.base, later, window: 3))
        #expect(!CandidateClustering.sameIncident(Self.base, Self.attack(on: "2020-03-05"), window: 0))
    }

    @Test func aClusterIsJoinedOnlyWhenEveryReportMatches() {
        let cluster = [Self.base, Self.attack(on: "2020-03-05")]
        #expect(CandidateClustering.joins(Self.attack(on: "2020-03-05"), cluster))
        #expect(!CandidateClustering.joins(Self.attack(on: "2020-03-06"), cluster), "a chain of days does not drift")
        #expect(!CandidateClustering.joins(Self.base, []))
    }

    @Test func aMissingDateFallsBackToThePublicationDate() {
        let event = CodedEvent(
            actor1: CodedActor(name: "Taliban", text: "Taliban"), actor2: CodedActor(name: "United States", text: "US"), code: "190",
            location: CodedLocation(admin1: "Helmand"), span: TextSpan(start: 0, end: 1), confidence: 1)
        #expect(CandidateClustering.sameIncident(IncidentSignature(event, fallbackDate: Self.day("2020-03-05")), Self.base))
        #expect(!CandidateClustering.sameIncident(IncidentSignature(event, fallbackDate: nil), Self.base))
    }

    @Test func theCameoRootIsTheFirstTwoDigits() {
        #expect(CandidateClustering.cameoRoot("1823") == "18")
        #expect(CandidateClustering.cameoRoot("042") == "04")
        #expect(CandidateClustering.cameoRoot("19") == "19")
    }
}
