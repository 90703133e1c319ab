import Foundation
import GRDB
import GRDBSQLite
import TruceFormats
import TruceModel

/// Writes events during one import with statements prepared once: an import
/// of a million rows spends its time here, so nothing is looked up per row.
final class EventWriter {
    private let db: Database
    private let insert: Statement
    private let archive: Statement
    private let update: Statement
    private let staleCheck: Statement
    /// The text of the row being inserted, and of the row being updated, for SQLite to read in place.
    private let insertBytes = RowBytes()
    private let updateBytes = RowBytes()
    /// Rows of one file carry the same attribute names: their sorted order is worked out once.
    private var attributes = JSONObjectWriter()

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
                AND (revision IS NULL OR (?5 IS NOT NULL AND revision <= ?5))
                """)
        // A row older than the stored version (ACLED's `timestamp`) is a stale copy, not a revision;
        // so is a row without one (a cut or damaged row must never overwrite a dated version).
        staleCheck = try db.makeStatement(
            sql: "SELECT 1 FROM events WHERE dataset = ? AND event_key = ? AND revision IS NOT NULL AND (?3 IS NULL OR revision > ?3)")
        let assignments = Self.columns.dropFirst(2).map { "\($0) = ?" }.joined(separator: ", ")
        update = try db.makeStatement(
            sql: "UPDATE events SET \(assignments) WHERE dataset = ? AND event_key = ? AND content_hash <> ?"
        )
    }

    func write(_ event: Event, snapshot: Int64) throws -> StoreOutcome {
        try write(event, attributesJSON: event.attributes.isEmpty ? nil : attributes.object(event.attributes), snapshot: snapshot)
    }

    /// Writes `event` whose attributes `attributesJSON` already holds, as `JSONString.object` writes them.
    ///
    /// - Parameter contentHash: the event's ``contentHash(of:attributesJSON:)`` when worked out
    ///   already; nil to hash the values while binding them.
    func write(_ event: Event, attributesJSON: String?, contentHash: Int64? = nil, snapshot: Int64) throws -> StoreOutcome {
        var row = SQLiteBinder(insert, contentHash: contentHash, rowBytes: insertBytes)
        Self.values(of: event, attributesJSON: attributesJSON, snapshot: snapshot, withKey: true, into: &row)
        if try row.execute(in: db) > 0 { return .stored }
        let hash = row.contentHashValue
        guard try archiveRevised(dataset: event.dataset, key: event.key, revision: event.revision, hash: hash, snapshot: snapshot) else {
            return try isStale(dataset: event.dataset, key: event.key, revision: event.revision) ? .stale : .unchanged
        }
        var revised = SQLiteBinder(update, contentHash: hash, rowBytes: updateBytes)
        Self.values(of: event, attributesJSON: attributesJSON, snapshot: snapshot, withKey: false, into: &revised)
        revised.text(event.dataset)
        revised.text(event.key)
        revised.integer64(hash)
        _ = try revised.execute(in: db)
        return .updated
    }

    /// Writes an event prepared on the reading thread, binding its encoded values in place:
    /// the same rows, hashes and outcomes as ``write(_:attributesJSON:contentHash:snapshot:)``.
    func write(_ prepared: PreparedEvent, snapshot: Int64) throws -> StoreOutcome {
        let row = prepared.row
        let inserted = try row.withBound(to: insert, withKey: true, snapshot: snapshot) { _ in try execute(insert) }
        if inserted > 0 { return .stored }
        let hash = row.contentHashValue
        guard try archiveRevised(dataset: prepared.dataset, key: prepared.key, revision: prepared.revision, hash: hash, snapshot: snapshot)
        else {
            return try isStale(dataset: prepared.dataset, key: prepared.key, revision: prepared.revision) ? .stale : .unchanged
        }
        _ = try row.withBound(to: update, withKey: false, snapshot: snapshot) { next in
            var key = SQLiteBinder(update, continuingAt: next)
            key.text(prepared.dataset)
            key.text(prepared.key)
            key.integer64(hash)
            return try execute(update)
        }
        return .updated
    }

    /// Keeps the stored version of a row whose content differs (and that `revision` may replace) in
    /// history; false when there is nothing to replace.
    private func archiveRevised(dataset: String, key: String, revision: Int?, hash: Int64, snapshot: Int64) throws -> Bool {
        var old = SQLiteBinder(archive)
        old.integer64(snapshot)
        old.text(dataset)
        old.text(key)
        old.integer64(hash)
        old.integer(revision, hashed: false)
        return try old.execute(in: db) > 0
    }

    /// Whether the stored version is newer than `revision` (or `revision` is nil and the stored one is dated).
    private func isStale(dataset: String, key: String, revision: Int?) throws -> Bool {
        var stale = SQLiteBinder(staleCheck)
        stale.text(dataset)
        stale.text(key)
        stale.integer(revision, hashed: false)
        return try stale.hasRow(in: db)
    }

    private func execute(_ statement: Statement) throws -> Int {
        let code = sqlite3_step(statement.sqliteStatement)
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
            sqlite3_reset(statement.sqliteStatement)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
        return Int(sqlite3_changes(db.sqliteConnection))
    }

    /// The hash stored in `content_hash`: of everything but the key, snapshot and provenance.
    static func contentHash(of event: Event, attributesJSON: String?) -> Int64 {
        var hasher = EventContentHasher()
        values(of: event, attributesJSON: attributesJSON, snapshot: 0, withKey: true, into: &hasher)
        return hasher.hash.signed
    }

    /// Hands the event's values to `row` in ``columns`` order (without the first two, the key, when `withKey` is false).
    /// Everything but the key, snapshot and provenance feeds the content hash.
    static func values(of event: Event, attributesJSON: String?, snapshot: Int64, withKey: Bool, into row: inout some EventColumnSink) {
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
        row.text(attributesJSON)
        row.text(event.actor1.code)
        row.text(event.actor2.code)
        row.real(l.uncertaintyKm)
        row.contentHash()
        row.integer64(snapshot)
        row.text(event.provenance?.file ?? "", hashed: false)
        row.integer(event.provenance?.line ?? 0, hashed: false)
    }
}

/// Minimal JSON writing for flat string maps: keys sorted, so equal maps give equal text.
/// Writes attribute maps as JSON objects with sorted keys, the same text as
/// `JSONString.object` but without hashing or comparing Strings per row: each key is
/// ranked by its first 16 bytes packed into two integers, and the entries are
/// insertion-sorted by those (whole keys are compared only when they tie). Looking every
/// name up in a remembered sorted list hashed a String per name and row: most of the
/// JSON's cost for GDELT, whose rows leave out empty cells and so vary in names.
struct JSONObjectWriter {
    private struct Rank {
        var high: UInt64
        var low: UInt64
        var index: Dictionary<String, String>.Index
    }

    private var ranks: [Rank] = []
    private var bytes: [UInt8] = []

    mutating func object(_ map: [String: String]) -> String {
        ranks.removeAll(keepingCapacity: true)
        var capacity = 2
        for index in map.indices {
            let rank = Self.rank(map[index].key, index: index)
            var position = ranks.count
            ranks.append(rank)
            while position > 0, precedes(rank, ranks[position - 1], in: map) {
                ranks[position] = ranks[position - 1]
                position -= 1
            }
            ranks[position] = rank
            capacity += 32  // a guess: attribute names and values are short
        }
        bytes.removeAll(keepingCapacity: true)
        bytes.reserveCapacity(capacity)
        bytes.append(UInt8(ascii: "{"))
        for (position, rank) in ranks.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            let entry = map[rank.index]
            JSONString.write(entry.key, into: &bytes)
            bytes.append(UInt8(ascii: ":"))
            JSONString.write(entry.value, into: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The key's first 16 UTF-8 bytes, big-endian and zero-padded, so that integer order is byte order.
    private static func rank(_ key: String, index: Dictionary<String, String>.Index) -> Rank {
        let packed = key.utf8.withContiguousStorageIfAvailable { pack($0) } ?? Array(key.utf8.prefix(16)).withUnsafeBufferPointer { pack($0) }
        return Rank(high: packed.high, low: packed.low, index: index)
    }

    @inline(__always)
    private static func pack(_ utf8: UnsafeBufferPointer<UInt8>) -> (high: UInt64, low: UInt64) {
        var high: UInt64 = 0
        var low: UInt64 = 0
        let count = min(utf8.count, 16)
        var offset = 0
        while offset < min(count, 8) {
            high |= UInt64(utf8[offset]) &<< (56 &- 8 &* offset)
            offset += 1
        }
        while offset < count {
            low |= UInt64(utf8[offset]) &<< (120 &- 8 &* offset)
            offset += 1
        }
        return (high, low)
    }

    private func precedes(_ a: Rank, _ b: Rank, in map: [String: String]) -> Bool {
        if a.high != b.high { return a.high < b.high }
        if a.low != b.low { return a.low < b.low }
        return map[a.index].key.utf8.lexicographicallyPrecedes(map[b.index].key.utf8)
    }
}
