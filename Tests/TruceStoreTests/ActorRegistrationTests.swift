import Foundation
import GRDB
import Testing
import TruceModel
import TruceStorage
import TruceTestSupport

@testable import TruceStore

/// The actor registry takes the names of the rows an import wrote, and only those.
@Suite struct ActorRegistrationTests {
    /// One row as the writer sees it: the names it is first to carry, its actors, whether it was written.
    struct Seen {
        var new: [String]
        var actor1: String?
        var actor2: String?
        var written: Bool
    }

    @Test(arguments: [
        // A fresh import: every row written, every first-seen name registered.
        ([Seen(new: ["A", "B"], actor1: "A", actor2: "B", written: true), Seen(new: [], actor1: "A", actor2: "B", written: true)], ["A", "B"]),
        // A name first seen on an unchanged row is registered when a later written row carries it...
        ([Seen(new: ["A", "B"], actor1: "A", actor2: "B", written: false), Seen(new: ["C"], actor1: "C", actor2: "B", written: true)], ["B", "C"]),
        // ...as actor1 as well as actor2...
        ([Seen(new: ["A"], actor1: "A", actor2: nil, written: false), Seen(new: [], actor1: "A", actor2: nil, written: true)], ["A"]),
        // ...and never when only unchanged or stale rows carry it.
        ([Seen(new: ["A"], actor1: "A", actor2: nil, written: false), Seen(new: [], actor1: "A", actor2: nil, written: false)], []),
        ([Seen(new: [], actor1: nil, actor2: nil, written: true)], []),
    ])
    func namesOfWrittenRowsAreRegistered(rows: [Seen], expected: [String]) {
        var registration = ActorRegistration()
        for row in rows {
            registration.add(newNames: row.new, actor1: row.actor1, actor2: row.actor2, written: row.written)
        }
        #expect(registration.names == Set(expected))
    }

    /// Through a real import: a revised row registers its actors, a stale copy's new name is not
    /// registered, and the registry is the actors of the rows each import stored or updated.
    @Test func anImportRegistersTheActorsOfTheRowsItWrote() throws {
        let folder = try TestPaths.temporaryDirectory("truce-actor-registry")
        let store = try Store.open(path: folder.appendingPathComponent("s.sqlite").path)
        let header = "event_id_cnty,event_date,event_type,actor1,actor2,country,fatalities,timestamp\n"
        let first = folder.appendingPathComponent("v1.csv")
        try Data((header + "X1,2020-03-03,Battles,Taliban,Police,Afghanistan,3,100\nX2,2020-03-04,Battles,Taliban,,Afghanistan,1,200\n").utf8)
            .write(to: first)
        let second = folder.appendingPathComponent("v2.csv")
        try Data(
            (header + "X2,2020-03-04,Battles,Stale Copy Name,,Afghanistan,1,150\n"  // older than stored: left out
                + "X1,2020-03-03,Battles,Taliban,Police,Afghanistan,3,100\n"  // unchanged
                + "X3,2020-03-05,Battles,Taliban,Army,Afghanistan,2,300\n"  // new
                + "X1,2020-03-03,Battles,Taliban,Militia,Afghanistan,4,400\n").utf8  // revised
        ).write(to: second)
        _ = try store.importACLED(path: first.path, importedAt: "2026-01-01T00:00:00Z")
        let report = try store.importACLED(path: second.path, importedAt: "2026-01-02T00:00:00Z")
        #expect(report.counts == ImportCounts(read: 4, stored: 1, updated: 1, unchanged: 2, rejected: 0))
        let registered = try store.database.read { db in
            try Row.fetchAll(db, sql: "SELECT name, first_snapshot_id FROM actors ORDER BY name").map {
                "\($0["name"] as String)@\($0["first_snapshot_id"] as Int64)"
            }
        }
        #expect(registered == ["Army@2", "Militia@2", "Police@1", "Taliban@1"])
    }
}
