import GRDB
public import TruceStorage

// Agreements are a few kilobytes of YAML each: every call is one short statement, run through GRDB's
// async API so that waiting for the writer (an import holds it for minutes) never blocks a thread of the cooperative pool.
extension Store: AgreementStore {
    public func saveAgreement(id: String, yaml: String, savedAt: String) async throws {
        try await database.write { db in try Self.saveAgreement(id: id, yaml: yaml, savedAt: savedAt, in: db) }
    }

    static func saveAgreement(id: String, yaml: String, savedAt: String, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO agreements (id, yaml, saved_at) VALUES (?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET yaml = excluded.yaml, saved_at = excluded.saved_at
                """,
            arguments: [id, yaml, savedAt])
    }

    // Reads go through GRDB's async read like every read the server makes: a blocking read on a
    // cooperative thread, waiting for a reader held by an async read that waits for a cooperative
    // thread to resume on, hung `truce serve` under load.
    public func agreementYAML(id: String) async throws -> String? {
        try await database.read { db in try String.fetchOne(db, sql: "SELECT yaml FROM agreements WHERE id = ?", arguments: [id]) }
    }

    public func agreementIDs() async throws -> [String] {
        try await database.read { db in try String.fetchAll(db, sql: "SELECT id FROM agreements ORDER BY id") }
    }

    @discardableResult
    public func deleteAgreement(id: String) async throws -> Bool {
        try await database.write { db in try Self.deleteAgreement(id: id, in: db) }
    }

    static func deleteAgreement(id: String, in db: Database) throws -> Bool {
        try db.execute(sql: "DELETE FROM agreements WHERE id = ?", arguments: [id])
        return db.changesCount > 0
    }
}
