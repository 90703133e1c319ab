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
}
