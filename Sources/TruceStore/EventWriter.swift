import Foundation
import GRDB
import TruceModel

/// Writes events during one import with statements prepared once: an import
/// of a million rows spends its time here, so nothing is looked up per row.
final class EventWriter {
    private let db: Database
    private let insert: Statement
    private let archive: Statement
    private let update: Statement

    static let columns = [
        "dataset", "event_key", "event_date", "date_earliest", "date_latest", "date_precision", "disorder_type", "event_type",
        "sub_event_type", "cameo_code", "actor1", "assoc_actor1", "inter1", "actor2", "assoc_actor2", "inter2", "interaction",
        "country", "iso3", "region", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "fatalities_low", "fatalities_best", "fatalities_high", "sources", "source_scale", "notes", "revision", "attributes",
        "content_hash", "snapshot_id", "source_file", "source_line",
    ]

    init(_ db: Database) throws {
        self.db = db
        let names = Self.columns.joined(separator: ", ")
        let marks = Array(repeating: "?", count: Self.columns.count).joined(separator: ", ")
        insert = try db.makeStatement(sql: "INSERT INTO events (\(names)) VALUES (\(marks)) ON CONFLICT (dataset, event_key) DO NOTHING")
        archive = try db.makeStatement(
            sql: """
                INSERT INTO event_history (event_id, snapshot_id, replaced_by_snapshot_id, content)
                SELECT id, snapshot_id, ?, json_object(\(Self.columns.map { "'\($0)', \($0)" }.joined(separator: ", ")))
                FROM events WHERE dataset = ? AND event_key = ? AND content_hash <> ?
                """)
        let assignments = Self.columns.dropFirst(2).map { "\($0) = ?" }.joined(separator: ", ")
        update = try db.makeStatement(
            sql: "UPDATE events SET \(assignments) WHERE dataset = ? AND event_key = ? AND content_hash <> ?"
        )
    }

    func write(_ event: Event, snapshot: Int64) throws -> StoreOutcome {
        var values = Self.values(of: event, snapshot: snapshot)
        let hash = values[35]
        insert.setUncheckedArguments(StatementArguments(values))
        try insert.execute()
        if db.changesCount > 0 { return .stored }

        archive.setUncheckedArguments([snapshot, event.dataset, event.key, hash])
        try archive.execute()
        guard db.changesCount > 0 else { return .unchanged }
        values.removeFirst(2)
        update.setUncheckedArguments(StatementArguments(values + [event.dataset, event.key, hash]))
        try update.execute()
        return .updated
    }

    /// The column values in ``columns`` order.
    static func values(of event: Event, snapshot: Int64) -> [(any DatabaseValueConvertible)?] {
        let associates1 = event.actor1.associates.isEmpty ? nil : event.actor1.associates.joined(separator: "; ")
        let associates2 = event.actor2.associates.isEmpty ? nil : event.actor2.associates.joined(separator: "; ")
        let sources = event.sources.isEmpty ? nil : event.sources.joined(separator: "; ")
        let attributes = event.attributes.isEmpty ? nil : JSONText.object(event.attributes)
        let l = event.location
        let f = event.fatalities
        var hash = ContentHash()
        for text in [
            event.date.day.iso, event.date.precision.rawValue, event.type.disorder, event.type.event, event.type.subEvent,
            event.type.cameo, event.actor1.name, associates1, event.actor2.name, associates2, l.country, l.iso3, l.region,
            l.admin1, l.admin2, l.admin3, l.place, sources, event.sourceScale, event.notes, attributes,
        ] {
            hash.add(text)
        }
        for number in [event.actor1.typeCode, event.actor2.typeCode, event.interaction, l.precision, f.low, f.best, f.high, event.revision] {
            hash.add(number)
        }
        hash.add(l.latitude)
        hash.add(l.longitude)
        return [
            event.dataset, event.key, event.date.day.iso, event.date.earliest.iso, event.date.latest.iso, event.date.precision.rawValue,
            event.type.disorder, event.type.event, event.type.subEvent, event.type.cameo,
            event.actor1.name, associates1, event.actor1.typeCode, event.actor2.name, associates2, event.actor2.typeCode,
            event.interaction, l.country, l.iso3, l.region, l.admin1, l.admin2, l.admin3, l.place, l.latitude, l.longitude,
            l.precision, f.low, f.best, f.high, sources, event.sourceScale, event.notes, event.revision, attributes,
            hash.signed, snapshot, event.provenance?.file ?? "", event.provenance?.line ?? 0,
        ]
    }
}

/// Minimal JSON writing for flat string maps: keys sorted, so equal maps give equal text.
enum JSONText {
    static func object(_ map: [String: String]) -> String {
        "{" + map.keys.sorted().map { "\(string($0)):\(string(map[$0]!))" }.joined(separator: ",") + "}"
    }

    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func parseObject(_ text: String?) -> [String: String] {
        guard let text, let data = text.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: String]
        else { return [:] }
        return object
    }
}
