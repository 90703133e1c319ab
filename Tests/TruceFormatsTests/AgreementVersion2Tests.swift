import Foundation
import Testing
import TruceFormats
import TruceModel
import TruceTestSupport

/// The keys format version 2 adds, the messages a version 1 file gets for them, and the error
/// messages issue 11 found wanting.
@Suite("Agreement format version 2")
struct AgreementVersion2Tests {
    static func header(_ version: Int, extra: String = "") -> String {
        """
        truce: \(version)
        id: test
        title: Test
        signed: 2020-11-09
        \(extra)parties: [A, B]
        actors:
          A: {name: Side A}
          B: {name: Side B}
          C: {name: Side C}
        provisions:

        """
    }

    static func load(_ yaml: String) throws -> Agreement { try AgreementLoader.parse(yaml: yaml, file: "test.yaml") }

    static func errors(_ yaml: String) -> [TruceError] {
        do {
            _ = try load(yaml)
            return []
        } catch let failure as AgreementErrors {
            return failure.errors
        } catch {
            return [TruceError(.evaluation, "unexpected error type: \(error)")]
        }
    }

    static func prohibition(start: String) -> String {
        """
          - id: p1
            text: No attacks.
            kind: prohibition
            start: \(start)
            scope: {between: [[A], [B]]}

        """
    }

    // MARK: times of day

    @Test("a time of day in a version 1 file is said to need version 2, echoed whole")
    func timeOfDayInVersion1() throws {
        for text in ["2015-02-14 22:00", "2015-02-14T22:00 Europe/Kyiv"] {
            let errors = Self.errors(Self.header(1) + Self.prohibition(start: "\(text)"))
            #expect(errors.count == 1)
            let error = try #require(errors.first)
            #expect(error.message.contains("a time of day ('\(text)'"), "\(error)")
            #expect(error.message.contains("needs format version 2"))
            #expect(!error.message.contains("expected '+' or '-'"))
            #expect(error.location?.line == 14 && error.location?.column == 12)
        }
    }

    @Test("a time of day in another zone becomes a minute of the day in the agreement's zone")
    func timeZoneConversion() throws {
        func start(_ zone: String, _ text: String) throws -> DateExpression {
            let agreement = try Self.load(Self.header(2, extra: "time_zone: \(zone)\n") + Self.prohibition(start: text))
            guard case .prohibition(let p) = agreement.provisions[0].kind else { throw TruceError(.evaluation, "not a prohibition") }
            return p.start
        }
        let baku = try start("Asia/Baku", "2020-11-10T00:00 Europe/Moscow")
        #expect(baku.anchor == .absolute(Day(iso: "2020-11-10")!))
        #expect(baku.time?.minuteOfDay == 60)
        #expect(baku.time?.zone == "Europe/Moscow")
        let utc = try start("UTC", "2020-11-10 00:00 Europe/Moscow")
        #expect(utc.anchor == .absolute(Day(iso: "2020-11-09")!))
        #expect(utc.time?.minuteOfDay == 21 * 60)
        let local = try start("Asia/Baku", "2020-11-10T18:30")
        #expect(local.time?.minuteOfDay == 18 * 60 + 30)
    }

    @Test(
        "bad times and zones are explained",
        arguments: [
            ("2020-11-10T25:00 UTC", "'25:00' is not a time of day"),
            ("2020-11-10T00:00 Moscow", "'Moscow' is not an IANA time zone (IANA names are Area/City)"),
            ("2020-11-10T22:00+03:00", "'+03:00' after the time of day is not a time zone"),
            ("2020-11-10T00:00 UTC + 3d", "is not a time zone"),
        ])
    func badTimes(text: String, message: String) throws {
        let errors = Self.errors(Self.header(2) + Self.prohibition(start: "\"\(text)\""))
        #expect(errors.contains { $0.message.contains(message) }, "\(errors)")
    }

    // MARK: scopes

    @Test("admin2 in a version 1 file needs version 2, not 'did you mean admin1'")
    func admin2InVersion1() throws {
        let yaml =
            Self.header(1) + """
                  - id: p1
                    text: No attacks.
                    kind: prohibition
                    start: signed
                    scope: {actor1: [A], admin2: [Shusha]}
                """
        let errors = Self.errors(yaml)
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("'admin2' in the scope of provision 'p1' needs format version 2") == true, "\(errors)")
        #expect(!errors.contains { $0.message.contains("did you mean 'admin1'") })
    }

    @Test("admin2, places and exclude load in version 2")
    func scopesLoad() throws {
        let agreement = try Self.load(
            Self.header(2) + """
                  - id: p1
                    text: No attacks.
                    kind: prohibition
                    start: signed
                    scope:
                      actor1: [A]
                      admin2: [Shusha]
                      exclude: [{places: [Lachin]}, {admin2: [Kalbajar]}]
                """)
        let scope = try #require(agreement.provisions[0].scope)
        #expect(scope.admin2 == ["Shusha"])
        #expect(scope.exclude == [EventScope(places: ["Lachin"]), EventScope(admin2: ["Kalbajar"])])
    }

    // MARK: references

    @Test("a reference to an open-ended provision's end is reported with every other error")
    func openEndedReferenceInTheSameRun() throws {
        let yaml = """
            truce: 1
            id: test
            signed: 2020-11-09
            parties: [A]
            actors:
              A: {name: Side A}
            provisions:
              - id: p1
                text: No attacks.
                kind: prohibition
                start: signed
                scope: {actor1: [A]}
              - id: p2
                text: Talks.
                kind: obligation
                due: p1.end + 7d
                observation: {indicator: talks, condition: ">= 1"}
            """
        let errors = Self.errors(yaml)
        #expect(errors.contains { $0.message.contains("has no 'title'") })
        let reference = try #require(errors.first { $0.message.contains("refers to the end of 'p1'") })
        #expect(reference.message.contains("a prohibition without 'end' is open-ended"))
        #expect(reference.location?.line == 16)
    }

    @Test("a completion date needs a provision that can be done, and version 2")
    func completionReferences() throws {
        let provisions = """
              - id: p1
                text: No attacks.
                kind: prohibition
                start: signed
                scope: {actor1: [A]}
              - id: p2
                text: Talks.
                kind: obligation
                due: p1.done + 7d
                observation: {indicator: talks, condition: ">= 1"}
            """
        #expect(Self.errors(Self.header(2) + provisions).contains { $0.message.contains("a prohibition, which is never done") })
        #expect(Self.errors(Self.header(1) + provisions).contains { $0.message.contains("needs format version 2") })
    }

    // MARK: provisions

    @Test("due: none, maintain, each and roles load in version 2")
    func provisionsLoad() throws {
        let agreement = try Self.load(
            Self.header(2, extra: "roles: {C: [guarantor, monitor]}\n") + """
                  - id: bodies
                    text: Bodies are exchanged.
                    kind: obligation
                    each: [A, B]
                    due: none
                    observation: {indicator: bodies_returned, condition: ">= 1"}
                  - id: cap
                    text: At most 1,960 peacekeepers.
                    kind: maintain
                    start: signed
                    indicator: peacekeepers
                    actor: C
                    condition: "<= 1960"
                  - id: after
                    text: After the exchange.
                    kind: obligation
                    due: bodies.done + 5d
                    observation: {indicator: talks, condition: ">= 1"}
                """)
        let bodies = try #require(agreement.provision("bodies"))
        #expect(bodies.each == ["A", "B"])
        guard case .obligation(let obligation) = bodies.kind else { throw TruceError(.evaluation, "not an obligation") }
        #expect(obligation.due == nil)
        #expect(agreement.provision("cap")?.kind.name == "maintain")
        #expect(agreement.actors(in: .monitor) == ["C"])
        guard case .obligation(let after) = try #require(agreement.provision("after")).kind else { return }
        #expect(after.due?.completionOf == "bodies")
    }

    @Test(
        "version 2 features in a version 1 file each say so",
        arguments: [
            ("    each: [A, B]\n    due: signed + 1d\n", "'each' needs format version 2"),
            ("    due: none\n", "'due: none' needs format version 2"),
        ])
    func version1(lines: String, message: String) throws {
        let yaml =
            Self.header(1) + "  - id: p\n    text: t\n    kind: obligation\n" + lines + "    observation: {indicator: x, condition: \">= 1\"}\n"
        let errors = Self.errors(yaml)
        #expect(errors.map(\.message).contains { $0.hasPrefix(message) }, "\(errors)")
    }

    @Test("unknown roles and one-member 'each' are explained")
    func badRolesAndEach() throws {
        let yaml =
            Self.header(2, extra: "roles: {C: guarantr}\n") + """
                  - id: p
                    text: t
                    kind: obligation
                    each: [A]
                    due: none
                    observation: {indicator: x, condition: ">= 1"}
                """
        let messages = Self.errors(yaml).map(\.message)
        #expect(messages.contains { $0.contains("unknown role 'guarantr' of 'C' (did you mean 'guarantor'?)") }, "\(messages)")
        #expect(messages.contains { $0.contains("'each' of provision 'p' names 1 actor") })
    }

    @Test("ended, links and extended deadlines load in version 2")
    func lifeLoads() throws {
        let agreement = try Self.load(
            Self.header(2, extra: "ended: {date: 2024-01-01, reason: The region's institutions were dissolved.}\namends: earlier-2020\n") + """
                  - id: handover
                    text: The district is handed over.
                    kind: obligation
                    due: 2020-11-15
                    extended:
                      - {due: 2020-11-25, agreed: 2020-11-15, by: Agreed at one party's request}
                    observation: {indicator: handed_over, condition: ">= 1"}
                """)
        #expect(agreement.ended == Ending(day: Day(iso: "2024-01-01")!, reason: "The region's institutions were dissolved."))
        #expect(agreement.links == [AgreementLink(relation: .amends, agreement: "earlier-2020")])
        #expect(agreement.provisions[0].extensions.map(\.agreed.iso) == ["2020-11-15"])
        let broken = Self.errors(Self.header(2, extra: "ended: {date: 2019-02-30}\n") + Self.prohibition(start: "signed"))
        #expect(broken.contains { $0.message.contains("2019-02-30 is not a date") })
        #expect(broken.contains { $0.message.contains("'ended' has no 'reason'") })
    }

    // MARK: zones

    @Test("zones load from a line, a point, a polygon or a GeoJSON file beside the agreement")
    func zonesLoad() throws {
        let folder = try TestPaths.temporaryDirectory("truce-zone")
        let geojson =
            #"{"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[46.0, 39.0], [47.0, 39.0], [47.0, 40.0], [46.0, 39.0]]]}}"#
        try Data(geojson.utf8).write(to: folder.appendingPathComponent("area.geojson"))
        let yaml =
            Self.header(2) + """
                  - id: p1
                    text: No weapons near the line.
                    kind: prohibition
                    start: signed
                    scope: {actor1: [A], within: {km: 25, line: [[39.6, 46.5], [39.9, 46.9]], precision: possible}}
                  - id: p2
                    text: Not in the area.
                    kind: prohibition
                    start: signed
                    scope: {actor1: [A], within: {geojson: area.geojson}}
                """
        let agreement = try AgreementLoader.parse(yaml: yaml, file: folder.appendingPathComponent("agreement.yaml").path)
        #expect(agreement.provisions[0].scope?.within?.km == 25)
        #expect(agreement.provisions[0].scope?.within?.precision == .possible)
        guard case .polygon(let ring) = try #require(agreement.provisions[1].scope?.within).shape else {
            Issue.record("not a polygon")
            return
        }
        // GeoJSON's [longitude, latitude] read the right way round.
        #expect(ring.first == Coordinate(latitude: 39.0, longitude: 46.0))
    }

    @Test(
        "broken zones are explained",
        arguments: [
            ("{km: 5}", "needs exactly one of point, line, polygon or geojson, not 0"),
            ("{line: [[39.6, 46.5], [39.9, 46.9]]}", "has no 'km'"),
            ("{km: 5, point: [46.5, 239.6]}", "latitude runs -90 to 90"),
            ("{km: 5, line: [[39.6, 46.5]]}", "at least 2 [latitude, longitude] points"),
            ("{geojson: missing.geojson}", "cannot be read"),
            ("{km: -1, point: [39.6, 46.5]}", "a distance is 0 or more"),
        ])
    func brokenZones(zone: String, message: String) throws {
        let yaml = Self.header(2) + "  - id: p\n    text: t\n    kind: prohibition\n    start: signed\n    scope: {actor1: [A], within: \(zone)}\n"
        let errors = Self.errors(yaml)
        #expect(errors.contains { $0.message.contains(message) }, "\(errors)")
    }
}
