import Foundation
import GRDB
import Testing
import TruceModel
import TruceTestSupport

@testable import TruceStore

/// The page size is chosen when a store is created, and a store keeps the one it was made with.
@Suite struct StorePageSizeTests {
    func pageSize(of store: Store) throws -> Int {
        try store.database.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0 }
    }

    @Test(arguments: [StoreConfiguration.JournalMode.wal, .delete])
    func aNewStoreHasTheConfiguredPageSizeAndAnOldOneKeepsItsOwn(journal: StoreConfiguration.JournalMode) throws {
        let path = try TestPaths.temporaryDirectory("truce-page-size").appendingPathComponent("s.sqlite").path
        let created = try Store.open(path: path, configuration: StoreConfiguration(journalMode: journal, pageSize: 8_192))
        #expect(try pageSize(of: created) == 8_192)
        _ = try created.importACLED(path: TestPaths.example("events.csv"), importedAt: "2026-01-01T00:00:00Z")
        #expect(StoreConfiguration().pageSize == 16_384)
        let reopened = try Store.open(path: path, configuration: StoreConfiguration(journalMode: journal))
        #expect(try pageSize(of: reopened) == 8_192)
        #expect(try reopened.verify().isSound)
    }
}
