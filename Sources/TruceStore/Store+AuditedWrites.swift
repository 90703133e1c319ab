import GRDB
import TruceModel
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
            if user.role != .admin || user.removedAt != nil {
                let others =
                    try Int.fetchOne(
                        db, sql: "SELECT COUNT(*) FROM users WHERE role = 'admin' AND removed_at IS NULL AND name <> ?", arguments: [user.name]) ?? 0
                let isAdmin =
                    try Bool.fetchOne(
                        db, sql: "SELECT 1 FROM users WHERE name = ? AND role = 'admin' AND removed_at IS NULL", arguments: [user.name]) ?? false
                if isAdmin, others == 0 { throw TruceError.lastAdmin(user.name, parameter: "role") }
            }
            try Self.saveUser(user, in: db)
            try db.execute(sql: "DELETE FROM sessions WHERE user_name = ?", arguments: [user.name])
            _ = try Self.appendAuditEntry(entry, in: db)
        }
    }

    public func removeUser(
        named name: String, at time: String, recording entry: @escaping @Sendable (StoredUser, [Int64]) throws -> AuditEntry
    ) async throws -> UserRemoval {
        try await database.write { db in
            let (removal, user, revoked) = try Self.removeUser(named: name, at: time, in: db)
            if case .removed = removal, let user { _ = try Self.appendAuditEntry(try entry(user, revoked), in: db) }
            return removal
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
