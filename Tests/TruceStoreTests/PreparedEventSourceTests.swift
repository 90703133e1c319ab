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
        #expect(prepared.map(\.event.key) == ["1", "2", "3", "4"])
        #expect(prepared.map(\.newSources) == [["a.org"], [], ["b.net", "Xinhua"], []])
        #expect(prepared[2].event.sources == ["https://B.net/x?y", "http://a.org/2", "Xinhua"])
        #expect(prepared[0].attributesJSON == JSONString.object(attributes))
        #expect(prepared[1].attributesJSON == nil)
        #expect(prepared[2].attributesJSON == #"{"x":"y"}"#)
        #expect(prepared.allSatisfy { $0.event.attributes.isEmpty })
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
                #expect(row.contentHash == EventWriter.contentHash(of: row.event, attributesJSON: row.attributesJSON))
            }
            return try Int64.fetchAll(db, sql: "SELECT content_hash FROM events ORDER BY event_key")
        }
        #expect(stored == prepared.map(\.contentHash))
        #expect(Set(stored).count == 2)
    }

    @Test(arguments: [
        ("https://www.heraldsun.com.au/news/victoria/three-men", "www.heraldsun.com.au"),
        ("http://wtop.com/lifestyle/2016/07/", "wtop.com"), ("http://Example.ORG?q=1", "example.org"), ("https://x.org#top", "x.org"),
        ("Pajhwok Afghan News", "Pajhwok Afghan News"), ("http://", "http://"), ("ftp://files.example.org/a", "ftp://files.example.org/a"),
        ("Tolo News: Kabul", "Tolo News: Kabul"),
    ])
    func urlsAreRegisteredByTheirSite(source: String, name: String) {
        #expect(PreparedEventSource<Rows>.registryName(source) == name)
    }
}
