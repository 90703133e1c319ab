import Foundation
import GRDB
import Testing
import TruceFormats
import TruceModel
import TruceStorage
import TruceTestSupport

@testable import TruceStore

/// The store under faults: concurrent use, read-only files, files that are not Truce stores, damage.
@Suite struct StoreFaultTests {
    let stamp = "2026-01-01T00:00:00Z"

    func storePath(_ label: String) throws -> String {
        try TestPaths.temporaryDirectory(label).appendingPathComponent("truce.sqlite").path
    }

    /// The import's last progress report comes inside its transaction: a reader then must proceed,
    /// and see the store as it was before the import.
    @Test func aReaderProceedsDuringAnImport() throws {
        let path = try storePath("truce-reader")
        let writer = try Store.open(path: path)
        _ = try writer.importObservations(path: TestPaths.example("observations.csv"), importedAt: stamp)
        let reader = try Store.open(path: path)
        var seen: [Int?] = []
        var failure: (any Error)?
        _ = try writer.importACLED(path: TestPaths.example("events.csv"), importedAt: stamp) { _ in
            do {
                seen.append(try reader.counts()["events"])
            } catch {
                failure = error
            }
        }
        #expect(failure == nil)
        #expect(!seen.isEmpty && seen.allSatisfy { $0 == 0 })
        #expect(try reader.counts()["events"] ?? 0 > 0)
    }

    /// A second import started while the first is writing waits for it, then lands whole too.
    @Test func twoWritersAtOnceBothLand() throws {
        let path = try storePath("truce-writers")
        let first = try Store.open(path: path)
        let second = try Store.open(path: path)
        let done = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        var started = false
        let a = try first.importACLED(path: TestPaths.example("events.csv"), importedAt: stamp) { _ in
            guard !started else { return }
            started = true
            Thread.detachNewThread {
                outcome.set(Result { try second.importObservations(path: TestPaths.example("observations.csv"), importedAt: stamp) })
                done.signal()
            }
            Thread.sleep(forTimeInterval: 0.3)  // the second writer is now waiting for this transaction
        }
        done.wait()
        let b = try #require(try outcome.get()?.get())
        #expect(a.counts.stored > 0 && b.counts.stored == 17)
        let counts = try first.counts()
        #expect(counts["events"] == a.counts.stored && counts["observations"] == 17 && counts["snapshots"] == 2)
    }

    final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var value: Result<ImportReport, any Error>?
        func set(_ result: Result<ImportReport, any Error>) { lock.withLock { value = result } }
        func get() throws -> Result<ImportReport, any Error>? { lock.withLock { value } }
    }

    @Test func aReadOnlyStoreIsReadWithoutAWrite() throws {
        let path = try storePath("truce-readonly")
        let store = try Store.open(path: path)
        _ = try store.importACLED(path: TestPaths.example("events.csv"), importedAt: stamp)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let readOnly = try Store.open(path: path, configuration: .readOnly)
        #expect(try readOnly.counts()["events"] ?? 0 > 0)
        #expect(throws: TruceError.self) { try readOnly.importObservations(path: TestPaths.example("observations.csv"), importedAt: stamp) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aFolderIsNotAStore() throws {
        let folder = try TestPaths.temporaryDirectory("truce-folder")
        let error = try #require(throws: TruceError.self) { try Store.open(path: folder.path) }
        #expect(error.message.contains("is a folder"))
    }

    @Test func anotherApplicationsDatabaseIsLeftUntouched() throws {
        let path = try storePath("truce-foreign")
        try makeForeignDatabase(path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = try #require(throws: TruceError.self) { try Store.open(path: path) }
        #expect(error.message.contains("another application's SQLite database"))
        #expect(error.message.contains("contacts"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aStoreIsMarkedAsTrucesAndAnotherApplicationIDIsRefused() throws {
        let path = try storePath("truce-appid")
        let store = try Store.open(path: path)
        #expect(try store.verify().applicationID == Store.applicationID)
        #expect(try store.verify().isSound)
        try store.database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA application_id = 42") }
        let error = try #require(throws: TruceError.self) { try Store.open(path: path) }
        #expect(error.message.contains("application id 42"))
    }

    @Test func aDamagedStoreIsFoundByVerify() throws {
        let path = try storePath("truce-damaged")
        let store = try Store.open(path: path, configuration: StoreConfiguration(journalMode: .delete))
        _ = try store.importACLED(path: TestPaths.example("events.csv"), importedAt: stamp)
        #expect(try store.verify().isSound)
        // Overwrite a whole page in the middle of the file (table or index), keeping the header and
        // schema page; the page size is in the header (bytes 16–17, big-endian).
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let header = try Data(contentsOf: URL(fileURLWithPath: path)).prefix(18)
        let pageSize = UInt64(header[16]) << 8 | UInt64(header[17])
        let pages = try handle.seekToEnd() / pageSize
        #expect(pages >= 3)
        try handle.seek(toOffset: pages / 2 * pageSize)
        try handle.write(contentsOf: Data(repeating: 0x5A, count: Int(pageSize)))
        try handle.close()
        let verification: StoreVerification
        do {
            verification = try Store.open(path: path, configuration: .readOnly).verify()
        } catch let error as TruceError {
            // Damage SQLite notices as soon as it opens the file is reported as such.
            #expect(error.message.contains("damaged"))
            return
        }
        #expect(!verification.isSound)
        #expect(verification.problems.contains { $0.hasPrefix("damaged") })
    }

    @Test func sqliteFailuresSayWhatIsWrongWithTheStore() {
        #expect(Store.explain(DatabaseError(resultCode: .SQLITE_CORRUPT))?.message.contains("is damaged") == true)
        let busy = Store.explain(DatabaseError(resultCode: .SQLITE_BUSY))?.message ?? ""
        #expect(busy.contains("another program is writing") && !busy.contains("Truce store?"))
        #expect(Store.explain(TruceError(.store, "not SQLite")) == nil)
    }

    @Test func aBlockedRejectsFolderIsAClearErrorAndNothingIsStored() throws {
        let path = try storePath("truce-rejects")
        let store = try Store.open(path: path)
        // The rejects folder's name is taken by a file.
        try Data("in the way".utf8).write(to: URL(fileURLWithPath: String(path.dropLast(".sqlite".count)) + ".rejects"))
        let file = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("bad.csv")
        try Data("event_id_cnty,event_date,event_type,actor1,country,fatalities\nX1,2020-03-03,Battles,Taliban,Afghanistan,abc\n".utf8).write(
            to: file)
        let error = try #require(throws: TruceError.self) { try store.importACLED(path: file.path, importedAt: stamp) }
        #expect(error.message.contains("rejects"))
        #expect(error.message.contains("not a folder"))
        #expect(try store.counts()["snapshots"] == 0)
    }
}

/// Another application's SQLite file: a table Truce does not have.
private func makeForeignDatabase(_ path: String) throws {
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
        try db.execute(sql: "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO contacts (name) VALUES ('Ann')")
    }
}
