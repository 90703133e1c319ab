import PostgresNIO
import TruceModel
public import TruceStorage

// Each audited write and its entry in one transaction on one connection: both commit, or neither.
extension PostgresStore: AuditedWrites {
    public func saveAgreement(id: String, yaml: String, savedAt: String, recording entry: AuditEntry) async throws {
        try await withTransaction(doing: "save an agreement in") { connection in
            try await connection.run(
                """
                INSERT INTO agreements (id, yaml, saved_at) VALUES (\(id), \(yaml), \(savedAt))
                ON CONFLICT (id) DO UPDATE SET yaml = excluded.yaml, saved_at = excluded.saved_at
                """, logger: logger)
            _ = try await Self.appendAuditEntry(entry, on: connection, logger: logger, location: location)
        }
    }

    public func deleteAgreement(id: String, recording entry: AuditEntry) async throws -> Bool {
        try await withTransaction(doing: "remove an agreement from") { connection in
            guard try await connection.scalar("DELETE FROM agreements WHERE id = \(id) RETURNING true", as: Bool.self, logger: logger) ?? false
            else { return false }
            _ = try await Self.appendAuditEntry(entry, on: connection, logger: logger, location: location)
            return true
        }
    }

    public func saveUser(_ user: StoredUser, recording entry: AuditEntry) async throws {
        try await withTransaction(doing: "save a user in") { connection in
            if user.role != .admin || user.removedAt != nil {
                // Locked as a removal locks them, so a demotion and a removal cannot both take the last two admins.
                let admins = try await Self.lockedAdminCount(on: connection, logger: logger)
                let isAdmin =
                    try await connection.scalar(
                        "SELECT true FROM users WHERE name = \(user.name) AND role = 'admin' AND removed_at IS NULL", as: Bool.self, logger: logger)
                    ?? false
                if isAdmin, admins <= 1 { throw TruceError.lastAdmin(user.name, parameter: "role") }
            }
            try await connection.run(
                """
                INSERT INTO users (name, role, password_hash, updated_at, removed_at)
                VALUES (\(user.name), \(user.role.rawValue), \(user.passwordHash), \(user.updatedAt), \(user.removedAt))
                ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash, updated_at = excluded.updated_at,
                    removed_at = excluded.removed_at
                """, logger: logger)
            try await connection.run("DELETE FROM sessions WHERE user_name = \(user.name)", logger: logger)
            _ = try await Self.appendAuditEntry(entry, on: connection, logger: logger, location: location)
        }
    }

    public func removeUser(
        named name: String, at time: String, recording entry: @escaping @Sendable (StoredUser, [Int64]) throws -> AuditEntry
    ) async throws -> UserRemoval {
        try await withTransaction(doing: "remove a user from") { connection in
            let (removal, user, revoked) = try await Self.removeUser(named: name, at: time, on: connection, logger: logger)
            if case .removed = removal, let user {
                _ = try await Self.appendAuditEntry(try entry(user, revoked), on: connection, logger: logger, location: location)
            }
            return removal
        }
    }

    public func saveAPIToken(
        _ token: StoredAPIToken, recording entry: @escaping @Sendable (StoredAPIToken) throws -> AuditEntry
    )
        async throws -> Int64
    {
        try await withTransaction(doing: "save an API token in") { connection in
            var saved = token
            saved.id = try await Self.saveAPIToken(token, on: connection, logger: logger, location: location)
            _ = try await Self.appendAuditEntry(try entry(saved), on: connection, logger: logger, location: location)
            return saved.id
        }
    }

    public func revokeAPIToken(id: Int64, at time: String, recording entry: AuditEntry) async throws -> Bool {
        try await withTransaction(doing: "revoke an API token in") { connection in
            guard try await Self.revokeAPIToken(id: id, at: time, on: connection, logger: logger) else { return false }
            _ = try await Self.appendAuditEntry(entry, on: connection, logger: logger, location: location)
            return true
        }
    }
}
