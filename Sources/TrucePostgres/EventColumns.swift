import Foundation
import PostgresNIO
import TruceFormats
import TruceModel
import TruceStorage

/// The columns of `events` and how an event is written to them and read back.
enum EventColumns {
    /// Every column but `id`, in the order rows are copied and read.
    static let names = [
        "dataset", "event_key", "event_date", "date_earliest", "date_latest", "date_precision", "disorder_type", "event_type",
        "sub_event_type", "cameo_code", "actor1", "assoc_actor1", "inter1", "actor2", "assoc_actor2", "inter2", "interaction",
        "country", "iso3", "region", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "fatalities_low", "fatalities_best", "fatalities_high", "sources", "source_scale", "notes", "revision", "attributes",
        "actor1_code", "actor2_code", "uncertainty_km", "content_hash", "snapshot_id", "source_file", "source_line",
    ]

    /// `names` joined for a select list, optionally qualified by a table alias.
    static func list(_ alias: String? = nil) -> String {
        names.map { name in alias.map { "\($0).\(name)" } ?? name }.joined(separator: ", ")
    }

    /// Writes `event` as one copied row: `ordinal` (when given), then ``names``. Everything but the key,
    /// snapshot and provenance feeds the content hash, in the SQLite store's order.
    static func write(_ event: Event, ordinal: Int?, snapshot: Int64, into row: inout CopyRowWriter) {
        if let ordinal { row.integer(ordinal, hashed: false) }
        row.text(event.dataset, hashed: false)
        row.text(event.key, hashed: false)
        row.day(event.date.day)
        row.day(event.date.earliest)
        row.day(event.date.latest)
        row.text(event.date.precision.rawValue)
        row.text(event.type.disorder)
        row.text(event.type.event)
        row.text(event.type.subEvent)
        row.text(event.type.cameo)
        row.text(event.actor1.name)
        row.text(event.actor1.associates.isEmpty ? nil : event.actor1.associates.joined(separator: "; "))
        row.integer(event.actor1.typeCode)
        row.text(event.actor2.name)
        row.text(event.actor2.associates.isEmpty ? nil : event.actor2.associates.joined(separator: "; "))
        row.integer(event.actor2.typeCode)
        row.integer(event.interaction)
        let l = event.location
        row.text(l.country)
        row.text(l.iso3)
        row.text(l.region)
        row.text(l.admin1)
        row.text(l.admin2)
        row.text(l.admin3)
        row.text(l.place)
        row.real(l.latitude)
        row.real(l.longitude)
        row.integer(l.precision)
        row.integer(event.fatalities.low)
        row.integer(event.fatalities.best)
        row.integer(event.fatalities.high)
        row.text(event.sources.count == 1 ? event.sources[0] : event.sources.isEmpty ? nil : event.sources.joined(separator: "; "))
        row.text(event.sourceScale)
        row.text(event.notes)
        row.integer(event.revision)
        row.text(event.attributes.isEmpty ? nil : JSONString.object(event.attributes))
        row.text(event.actor1.code)
        row.text(event.actor2.code)
        row.real(l.uncertaintyKm)
        row.integer64(row.hash.signed)
        row.integer64(snapshot)
        row.text(event.provenance?.file ?? "", hashed: false)
        row.integer(event.provenance?.line ?? 0, hashed: false)
        row.endRow()
    }

    /// The event of a row that selected ``names`` in order.
    static func event(_ row: PostgresRow) throws -> Event {
        let r = row.makeRandomAccess()
        func text(_ i: Int) throws -> String? { try r[i].decode(String?.self) }
        func int(_ i: Int) throws -> Int? { try r[i].decode(Int?.self) }
        func real(_ i: Int) throws -> Double? { try r[i].decode(Double?.self) }
        let day = Day.stored(try text(2)) ?? Day(ordinal: 0)
        let span = DateSpan(
            day: day, earliest: Day.stored(try text(3)), latest: Day.stored(try text(4)),
            precision: DatePrecision(rawValue: try text(5) ?? "") ?? .unknown)
        return Event(
            key: try text(1) ?? "", dataset: try text(0) ?? "", date: span,
            type: EventType(disorder: try text(6), event: try text(7) ?? "", subEvent: try text(8), cameo: try text(9)),
            actor1: EventActor(name: try text(10), associates: split(try text(11)), typeCode: try int(12), code: try text(35)),
            actor2: EventActor(name: try text(13), associates: split(try text(14)), typeCode: try int(15), code: try text(36)),
            interaction: try int(16),
            location: Location(
                country: try text(17) ?? "", iso3: try text(18), region: try text(19), admin1: try text(20), admin2: try text(21),
                admin3: try text(22), place: try text(23), latitude: try real(24), longitude: try real(25), precision: try int(26),
                uncertaintyKm: try real(37)),
            fatalities: Fatalities(low: try int(27), best: try int(28), high: try int(29)),
            sources: split(try text(30)), sourceScale: try text(31), notes: try text(32), revision: try int(33),
            attributes: JSONString.parseObject(try text(34)),
            provenance: Provenance(snapshot: try r[39].decode(Int64.self), file: try text(40) ?? "", line: try int(41) ?? 0))
    }

    private static func split(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
