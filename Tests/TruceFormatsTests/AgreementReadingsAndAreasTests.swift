import Foundation
import Testing
import TruceFormats
import TruceModel

/// Loading what format version 2 finished: readings of any field, and GeoJSON areas with holes,
/// several polygons, or written inline.
@Suite("Agreement readings of any field and GeoJSON areas")
struct AgreementReadingsAndAreasTests {
    static func yaml(_ version: Int, _ provisions: String) -> String {
        AgreementVersion2Tests.header(version) + provisions
    }

    @Test func aReadingMayReadEveryFieldInVersion2() throws {
        let agreement = try AgreementVersion2Tests.load(
            Self.yaml(
                2,
                """
                  - id: guarantee
                    text: No attacks.
                    kind: prohibition
                    start: signed
                    scope: {actor1: [A], actor2: [B]}
                  - id: troops
                    text: Troops down to 8,600.
                    kind: target
                    requires: [guarantee]
                    due: signed + 135d
                    indicator: troop_level
                    actor: A
                    condition: "<= 8600"
                    readings:
                      b:
                        party: B
                        stated_in: "B's spokesman, 2020-12-01"
                        start: 2020-11-10T00:00 UTC
                        due: guarantee.start + 30d
                        condition: "<= 9,000"
                        requires: []
                        bound: [A, C]
                        actors: {A: [Side A, "Army of A*"]}
                """))
        let reading = try #require(agreement.provisions[1].readings.first)
        #expect(reading.due?.description == "guarantee.start + 30d")
        #expect(reading.condition == IndicatorCondition(indicator: "troop_level", actor: "A", comparison: .lessOrEqual, value: 9000))
        #expect(reading.requires == [])
        #expect(reading.bound == ["A", "C"])
        #expect(reading.actors == ["A": ["Side A", "Army of A*"]])
        #expect(reading.scope == nil)
        #expect(reading.start != nil)
    }

    @Test(
        "readings that cannot be used are explained",
        arguments: [
            (
                2, "kind: prohibition\n    start: signed\n    scope: {actor1: [A]}\n    readings: {b: {due: 2021-01-01}}",
                "a reading's 'due' does not apply to a prohibition provision"
            ),
            (2, "kind: prohibition\n    start: signed\n    scope: {actor1: [A]}\n    readings: {b: {party: B}}", "reads nothing differently"),
            (
                2, "kind: prohibition\n    start: signed\n    scope: {actor1: [A]}\n    readings: {b: {requires: [nowhere]}}",
                "'requires' names unknown provision 'nowhere'"
            ),
            (2, "kind: prohibition\n    start: signed\n    scope: {actor1: [A]}\n    readings: {b: {actors: {Z: [Zed]}}}", "unknown actor 'Z'"),
            (2, "kind: prohibition\n    start: signed\n    scope: {actor1: [A]}\n    readings: {b: {bound: [Q]}}", "unknown actor 'Q'"),
            (
                1, "kind: prohibition\n    start: signed\n    scope: {actor1: [A]}\n    readings: {b: {end: 2021-01-01}}",
                "a reading's 'end' needs format version 2"
            ),
            (
                1, "kind: target\n    due: signed + 1y\n    indicator: x\n    condition: \"<= 1\"\n    readings: {b: {condition: \"<= 2\"}}",
                "'readings' does not apply to a target provision in format version 1"
            ),
            (
                2, "kind: obligation\n    due: signed + 1y\n    event: {actor1: [A]}\n    readings: {b: {condition: \"<= 2\"}}",
                "the obligation has no 'observation'"
            ),
        ])
    func unusableReadings(version: Int, body: String, message: String) {
        let errors = AgreementVersion2Tests.errors(Self.yaml(version, "  - id: p\n    text: t\n    \(body)\n"))
        #expect(errors.contains { $0.message.contains(message) }, "\(errors.map(\.message))")
    }

    @Test func aVersion1ReadingStillReplacesTheScopeOnly() throws {
        let agreement = try AgreementVersion2Tests.load(
            Self.yaml(
                1,
                "  - id: p\n    text: t\n    kind: prohibition\n    start: signed\n    scope: {actor1: [A]}\n    readings: {b: {scope: {actor1: [A, B]}}}\n"
            ))
        #expect(agreement.provisions[0].readings == [Reading(name: "b", scope: EventScope(actor1: ["A", "B"]))])
    }

    // MARK: GeoJSON areas

    static let withHole = """
        {"type": "Polygon", "coordinates": [
          [[46.0, 39.0], [47.0, 39.0], [47.0, 40.0], [46.0, 40.0], [46.0, 39.0]],
          [[46.4, 39.4], [46.6, 39.4], [46.6, 39.6], [46.4, 39.6], [46.4, 39.4]]]}
        """

    @Test func aPolygonWithAHoleAndAMultiPolygonLoadFromFilesOrInline() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("truce-area-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.withHole.utf8).write(to: folder.appendingPathComponent("hole.geojson"))
        let multi =
            #"{"type": "Feature", "geometry": {"type": "MultiPolygon", "coordinates": [[[[46.0, 39.0], [46.1, 39.0], [46.1, 39.1]]], [[[47.0, 40.0], [47.1, 40.0], [47.1, 40.1]]]]}}"#
        try Data(multi.utf8).write(to: folder.appendingPathComponent("two.geojson"))
        let yaml = Self.yaml(
            2,
            """
              - id: hole
                text: t
                kind: prohibition
                start: signed
                scope: {actor1: [A], within: {geojson: hole.geojson}}
              - id: two
                text: t
                kind: prohibition
                start: signed
                scope: {actor1: [A], within: {geojson: two.geojson}}
              - id: inline
                text: t
                kind: prohibition
                start: signed
                scope:
                  actor1: [A]
                  within:
                    geojson: {type: Polygon, coordinates: [[[46.0, 39.0], [47.0, 39.0], [47.0, 40.0]]]}
            """)
        let agreement = try AgreementLoader.parse(yaml: yaml, file: folder.appendingPathComponent("agreement.yaml").path)
        guard case .polygons(let holed) = try #require(agreement.provisions[0].scope?.within).shape else {
            Issue.record("not polygons")
            return
        }
        #expect(holed.count == 1)
        #expect(holed[0].holes.count == 1)
        #expect(holed[0].holes[0][0] == Coordinate(latitude: 39.4, longitude: 46.4))
        guard case .polygons(let two) = try #require(agreement.provisions[1].scope?.within).shape else {
            Issue.record("not polygons")
            return
        }
        #expect(two.map(\.outer.count) == [3, 3])
        #expect(two[1].outer[0] == Coordinate(latitude: 40.0, longitude: 47.0))
        guard case .polygon(let ring) = try #require(agreement.provisions[2].scope?.within).shape else {
            Issue.record("not a polygon")
            return
        }
        #expect(ring.count == 3)
    }

    @Test func aRingOfTwoPointsIsRefused() {
        let yaml = Self.yaml(
            2,
            "  - id: p\n    text: t\n    kind: prohibition\n    start: signed\n    scope: {actor1: [A], within: {geojson: {type: Polygon, coordinates: [[[46.0, 39.0], [47.0, 39.0]]]}}}\n"
        )
        let errors = AgreementVersion2Tests.errors(yaml)
        #expect(errors.contains { $0.message.contains("the inline GeoJSON") && $0.message.contains("rings of at least 3 points") }, "\(errors)")
    }
}
