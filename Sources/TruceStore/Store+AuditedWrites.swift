import GRDB
public import TruceStorage

// Each audited write and its entry in one GRDB write transaction, through GRDB's async API so that
// waiting for the writer (an import holds it for minutes) never blocks a thread of the cooperative pool.
extension Store: AuditedWrites {
    public func saveAgreement(id: String, yaml: String, savedAt: String, recording entry: AuditEntry) async throws {
        try await database.write { db in
            try Self.saveAgreement(id: id, yaml: yaml, savedAt: savedAt, in: db)
            _ = try Self.appendAuditEntry(entry, in: db)
        }
    }

    public func deleteAgreement(id: String, recording entry: AuditEntry) async throws -> Bool {
        try await database.write { db in
            guard try Self.deleteAgreement(id: id, in: db) else { return false }
            _ = try Self.appendAuditEntry(entry, in: db)
            return true
        }
    }

    public func saveUser(_ user: StoredUser, recording entry: AuditEntry) async throws {
        try await database.write { db in
            try Self.saveUser(user, in: db)
            try db.execute(sql: "DELETE FROM sessions WHERE user_name = ?", arguments: [user.name])
            _ = try Self.appendAuditEntry(entry, in: db)
        }
    }

    public func saveAPIToken(
        _ token: StoredAPIToken, recording entry: @escaping @Sendable (StoredAPIToken) throws -> AuditEntry
    ) async throws -> Int64 {
        try await database.write { db in
            var saved = token
            saved.id = try Self.saveAPIToken(token, in: db)
            _ = try Self.appendAuditEntry(try entry(saved), in: db)
            return saved.id
        }
    }

    public func revokeAPIToken(id: Int64, at time: String, recording entry: AuditEntry) async throws -> Bool {
        try await database.write { db in
            guard try Self.revokeAPIToken(id: id, at: time, in: db) else { return false }
            _ = try Self.appendAuditEntry(entry, in: db)
            return true
        }
    }
}
