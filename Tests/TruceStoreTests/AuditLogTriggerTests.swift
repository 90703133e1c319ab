import GRDB
import Testing
import TruceStorage

@testable import TruceStore

/// The SQLite schema itself keeps the audit log append-only, whatever code reaches the database.
@Suite struct AuditLogTriggerTests {
    @Test func theLogRefusesChangesAndRemovals() async throws {
        let store = try Store.inMemory()
        let entry = AuditEntry(
            at: "2026-01-01T00:00:00Z", actor: "ada", action: "create", kind: "agreement", recordID: "doha", before: nil, after: "{}")
        let id = try await store.appendAuditEntry(entry)
        #expect(throws: DatabaseError.self) {
            try store.database.write { db in try db.execute(sql: "UPDATE audit_log SET actor = 'mallory' WHERE id = ?", arguments: [id]) }
        }
        #expect(throws: DatabaseError.self) { try store.database.write { db in try db.execute(sql: "DELETE FROM audit_log") } }
        #expect(try await store.auditEntry(id: id)?.actor == "ada", "the entry is unchanged")
    }

    @Test func aFailedCopyIntoTheStoreLeavesNoEntryAndTheLogStaysAppendOnly() async throws {
        let store = try Store.inMemory()
        struct Stop: Error {}
        await #expect(throws: Stop.self) {
            try await store.load { loader in
                try await loader.writeRows(into: "audit_log", columns: ["id", "at", "actor", "action", "kind", "record_id"]) { emit in
                    try await emit([[.integer(7), .text("2026-01-01T00:00:00Z"), .text("ada"), .text("create"), .text("agreement"), .text("doha")]])
                }
                throw Stop()
            }
        }
        #expect(try await store.auditEntryCount(matching: AuditFilter()) == 0, "the copied entry is undone with the rest")
        let entry = AuditEntry(
            at: "2026-01-01T00:00:00Z", actor: "ada", action: "create", kind: "agreement", recordID: "doha", before: nil, after: "{}")
        try await store.appendAuditEntry(entry)
        #expect(throws: DatabaseError.self, "the trigger against removals is back") {
            try store.database.write { db in try db.execute(sql: "DELETE FROM audit_log") }
        }
    }
}
