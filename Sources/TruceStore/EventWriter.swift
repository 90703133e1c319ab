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
    private let staleCheck: Statement

    static let columns = [
        "dataset", "event_key", "event_date", "date_earliest", "date_latest", "date_precision", "disorder_type", "event_type",
        "sub_event_type", "cameo_code", "actor1", "assoc_actor1", "inter1", "actor2", "assoc_actor2", "inter2", "interaction",
        "country", "iso3", "region", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "fatalities_low", "fatalities_best", "fatalities_high", "sources", "source_scale", "notes", "revision", "attributes",
        "actor1_code", "actor2_code", "uncertainty_km", "content_hash", "snapshot_id", "source_file", "source_line",
    ]

    init(_ db: Database) throws {
        self.db = db
        let names = Self.columns.joined(separator: ", ")
        let marks = Array(repeating: "?", count: Self.columns.count).joined(separator: ", ")
        insert = try db.makeStatement(sql: "INSERT INTO events (\(names)) VALUES (\(marks)) ON CONFLICT (dataset, event_key) DO NOTHING")
        archive = try db.makeStatement(
            sql: """
                INSERT INTO event_history (dataset, event_key, snapshot_id, replaced_by_snapshot_id, content)
                SELECT dataset, event_key, snapshot_id, ?, json_object(\(Self.columns.map { "'\($0)', \($0)" }.joined(separator: ", ")))
                FROM events WHERE dataset = ? AND event_key = ? AND content_hash <> ?
                AND (revision IS NULL OR ?5 IS NULL OR revision <= ?5)
                """)
        // A row older than the stored version (ACLED's `timestamp`) is a stale copy, not a revision.
        staleCheck = try db.makeStatement(
            sql: "SELECT 1 FROM events WHERE dataset = ? AND event_key = ? AND revision IS NOT NULL AND ?3 IS NOT NULL AND revision > ?3")
        let assignments = Self.columns.dropFirst(2).map { "\($0) = ?" }.joined(separator: ", ")
        update = try db.makeStatement(
            sql: "UPDATE events SET \(assignments) WHERE dataset = ? AND event_key = ? AND content_hash <> ?"
        )
    }

    func write(_ event: Event, snapshot: Int64) throws -> StoreOutcome {
        var row = SQLiteBinder(insert)
        Self.bind(event, snapshot: snapshot, into: &row, withKey: true)
        if try row.execute(in: db) > 0 { return .stored }
        let hash = row.hash.signed

        var old = SQLiteBinder(archive)
        old.integer64(snapshot)
        old.text(event.dataset)
        old.text(event.key)
        old.integer64(hash)
        old.integer(event.revision, hashed: false)
        guard try old.execute(in: db) > 0 else {
            var stale = SQLiteBinder(staleCheck)
            stale.text(event.dataset)
            stale.text(event.key)
            stale.integer(event.revision, hashed: false)
            return try stale.hasRow(in: db) ? .stale : .unchanged
        }

        var revised = SQLiteBinder(update)
        Self.bind(event, snapshot: snapshot, into: &revised, withKey: false)
        revised.text(event.dataset)
        revised.text(event.key)
        revised.integer64(hash)
        _ = try revised.execute(in: db)
        return .updated
    }

    /// Binds the event's values in ``columns`` order (without the first two, the key, when `withKey` is false).
    /// Everything but the key, snapshot and provenance feeds the content hash.
    static func bind(_ event: Event, snapshot: Int64, into row: inout SQLiteBinder, withKey: Bool) {
        if withKey {
            row.text(event.dataset, hashed: false)
            row.text(event.key, hashed: false)
        }
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
        row.text(event.attributes.isEmpty ? nil : JSONText.object(event.attributes))
        row.text(event.actor1.code)
        row.text(event.actor2.code)
        row.real(l.uncertaintyKm)
        row.integer64(row.hash.signed)
        row.integer64(snapshot)
        row.text(event.provenance?.file ?? "", hashed: false)
        row.integer(event.provenance?.line ?? 0, hashed: false)
    }
}

/// Minimal JSON writing for flat string maps: keys sorted, so equal maps give equal text.
enum JSONText {
    static func object(_ map: [String: String]) -> String {
        "{" + map.keys.sorted().map { "\(string($0)):\(string(map[$0]!))" }.joined(separator: ",") + "}"
    }

    static func string(_ text: String) -> String {
        // Most values need no escaping: check the bytes before walking the scalars.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return "\"" + text + "\"" }
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
