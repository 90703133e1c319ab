import Foundation
import GRDB
import Testing
import TruceFormats
import TruceModel
import TruceStorage
import TruceTestSupport

@testable import TruceStore

@Suite struct PreparedEventSourceTests {
    /// Hands out the given rows, then ends.
    struct Rows: ImportSource {
        var rows: [ParsedRow<Event>]
        var bytesRead: Int { 0 }
        var totalBytes: Int { 0 }
        var notices: [String] { ["seen"] }
        var fileHash: String? { "hash" }

        mutating func next() throws -> ParsedRow<Event>? { rows.isEmpty ? nil : rows.removeFirst() }
    }

    func event(_ key: String, sources: [String], attributes: [String: String]) -> Event {
        var event = Fixtures.event(key, "2020-03-03", "Taliban")
        event.sources = sources
        event.attributes = attributes
        return event
    }

    /// Each event comes with its attributes as the store writes them and the source names
    /// not seen before in the file; rejections pass through in order.
    @Test func eventsArePreparedAndRejectionsPassThrough() throws {
        let attributes = ["NumMentions": "2", "GoldsteinScale": "-10.0", "AvgTone": "-2.51488095238096"]
        let rejection = RowRejection(file: "f", line: 3, field: "SQLDATE", message: "bad", rawRecord: "")
        var source = PreparedEventSource(
            Rows(rows: [
                .value(event("1", sources: ["http://a.org/1"], attributes: attributes)),
                .value(event("2", sources: ["http://a.org/1"], attributes: [:])),
                .rejected(rejection),
                .value(event("3", sources: ["https://B.net/x?y", "http://a.org/2", "Xinhua"], attributes: ["x": "y"])),
                .value(event("4", sources: ["Xinhua", "https://b.net"], attributes: [:])),
            ]))
        var prepared: [PreparedEvent] = []
        var rejections: [RowRejection] = []
        while let row = try source.next() {
            switch row {
            case .value(let value): prepared.append(value)
            case .rejected(let rejection): rejections.append(rejection)
            }
        }
        #expect(rejections == [rejection])
        #expect(prepared.map(\.key) == ["1", "2", "3", "4"])
        #expect(prepared.map(\.newSources) == [["a.org"], [], ["b.net", "Xinhua"], []])
        #expect(prepared[0].attributesJSON == JSONString.object(attributes))
        #expect(prepared[1].attributesJSON == nil)
        #expect(prepared[2].attributesJSON == #"{"x":"y"}"#)
        #expect(source.notices == ["seen"] && source.fileHash == "hash")
        // Fixture events are all Taliban against no one: the name is new only on the first.
        #expect(prepared.map(\.newActors) == [["Taliban"], [], [], []])
    }

    /// The hash worked out on the reading thread is the one the writer stores when it hashes
    /// while binding (as it does for reviewed events): a difference would make every row of a
    /// re-import look revised.
    @Test func theReadingThreadsHashIsTheOneTheWriterStores() throws {
        var revised = event("5", sources: ["Tolo News", "Pajhwok"], attributes: ["tags": "crowd size=no report", "year": "2020"])
        revised.actor1.associates = ["Civilians (Afghanistan)", "Students"]
        revised.notes = "On 3 March, \"quoted\" — and a line\nbreak."
        revised.location.latitude = 31.5
        var source = PreparedEventSource(Rows(rows: [.value(revised), .value(event("6", sources: [], attributes: [:]))]))
        let store = try Store.open(path: try TestPaths.temporaryDirectory("truce-hash").appendingPathComponent("s.sqlite").path)
        var prepared: [PreparedEvent] = []
        while case .value(let row) = try source.next() { prepared.append(row) }
        let stored = try store.database.write { db -> [Int64] in
            try db.execute(sql: "INSERT INTO snapshots (source, file_name, file_hash, imported_at) VALUES ('t', 'f', '', 'now')")
            let writer = try EventWriter(db)
            for (row, original) in zip(prepared, [revised, event("6", sources: [], attributes: [:])]) {
                _ = try writer.write(original, snapshot: db.lastInsertedRowID)  // hashed while binding
                #expect(row.contentHash == EventWriter.contentHash(of: original, attributesJSON: row.attributesJSON))
            }
            return try Int64.fetchAll(db, sql: "SELECT content_hash FROM events ORDER BY event_key")
        }
        #expect(stored == prepared.map(\.contentHash))
        #expect(Set(stored).count == 2)
    }

    /// Events prepared on the reading thread (values encoded, bound in place) are stored exactly as
    /// events bound one value at a time: every column, and the same outcome for a new row, an
    /// unchanged one, a revision (its old version kept in history) and a stale copy.
    @Test func encodedRowsAreStoredAsEventsAre() throws {
        var full = event("7", sources: ["Tolo News", "Pajhwok"], attributes: ["tags": "crowd size=no report", "year": "2020"])
        full.actor1 = EventActor(name: "Taliban", associates: ["Students"], typeCode: 2, code: "TAL")
        full.actor2 = EventActor(name: "Police Forces of Afghanistan (2014-2021)", typeCode: 1)
        full.interaction = 12
        full.location = Location(
            country: "Afghanistan", iso3: "AFG", region: "South Asia", admin1: "Kabul", admin2: "Kabul", admin3: "", place: "Kabul",
            latitude: 34.5553, longitude: 69.2075, precision: 1, uncertaintyKm: 2.5)
        full.fatalities = Fatalities(exactly: 3)
        full.notes = "On 3 March, \"quoted\" — and a line\nbreak."
        full.revision = 1_600_000_000
        var revised = full
        revised.notes = "Revised."
        revised.revision = 1_700_000_000
        var older = full
        older.notes = "Older copy."
        older.revision = 1_500_000_000
        let plain = event("8", sources: [], attributes: [:])
        let sequence = [full, plain, full, revised, older]

        func storeRows(prepared: Bool) throws -> (outcomes: [StoreOutcome], events: [Row], history: [Row]) {
            let path = try TestPaths.temporaryDirectory("truce-encoded").appendingPathComponent("s.sqlite").path
            let store = try Store.open(path: path)
            var rows: [PreparedEvent] = []
            var source = PreparedEventSource(Rows(rows: sequence.map { .value($0) }))
            while case .value(let row) = try source.next() { rows.append(row) }
            return try store.database.write { db in
                try db.execute(sql: "INSERT INTO snapshots (source, file_name, file_hash, imported_at) VALUES ('t', 'f', '', 'now')")
                let snapshot = db.lastInsertedRowID
                let writer = try EventWriter(db)
                let outcomes = try zip(sequence, rows).map { original, row in
                    prepared ? try writer.write(row, snapshot: snapshot) : try writer.write(original, snapshot: snapshot)
                }
                let events = try Row.fetchAll(db, sql: "SELECT * FROM events ORDER BY event_key")
                let history = try Row.fetchAll(db, sql: "SELECT * FROM event_history ORDER BY id")
                return (outcomes, events, history)
            }
        }
        let bound = try storeRows(prepared: false)
        let encoded = try storeRows(prepared: true)
        #expect(bound.outcomes == [.stored, .stored, .unchanged, .updated, .stale])
        #expect(encoded.outcomes == bound.outcomes)
        #expect(encoded.events == bound.events)
        #expect(encoded.history == bound.history)
        #expect(encoded.events.count == 2 && encoded.history.count == 1)
        #expect(encoded.events.first?["notes"] == "Revised.")
        #expect(encoded.events.first?["uncertainty_km"] == 2.5)
        #expect(encoded.events.first?["actor1_code"] == "TAL")
    }

    @Test(arguments: [
        ("https://www.heraldsun.com.au/news/victoria/three-men", "www.heraldsun.com.au"),
        ("http://wtop.com/lifestyle/2016/07/", "wtop.com"), ("http://Example.ORG?q=1", "example.org"), ("https://x.org#top", "x.org"),
        ("Pajhwok Afghan News", "Pajhwok Afghan News"), ("http://", "http://"), ("ftp://files.example.org/a", "ftp://files.example.org/a"),
        ("Tolo News: Kabul", "Tolo News: Kabul"),
    ])
    func urlsAreRegisteredByTheirSite(source: String, name: String) {
        #expect(sourceRegistryName(source) == name)
    }
}
