import Testing
import TrucePostgres
import TruceStorage
import TruceTestSupport

/// The PostgreSQL schema itself keeps the audit log append-only, whatever code reaches the database.
@Suite(.enabled(if: PostgresTestDatabase.isWanted)) struct PostgresAuditLogTests {
    @Test func theLogRefusesChangesRemovalsAndTruncation() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let store = try await PostgresStore.open(url: url)
            let entry = AuditEntry(
                at: "2026-01-01T00:00:00Z", actor: "ada", action: "create", kind: "agreement", recordID: "doha", before: nil, after: "{}")
            let id = try await store.appendAuditEntry(entry)
            for statement in ["UPDATE audit_log SET actor = 'mallory'", "DELETE FROM audit_log", "TRUNCATE audit_log"] {
                await #expect(throws: (any Error).self, "\(statement) is refused") { try await PostgresOpeningTests.execute(statement, at: url) }
            }
            #expect(try await store.auditEntry(id: id)?.actor == "ada", "the entry is unchanged")
            await store.close()
        }
    }
}
