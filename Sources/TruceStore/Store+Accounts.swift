import GRDB
public import TruceStorage

// Accounts are a handful of rows: every call is one short statement, run through GRDB's async API so
// that waiting for the writer (an import holds it for minutes) never blocks a thread of the cooperative pool.
extension Store: AccountStore {
    public func saveUser(_ user: StoredUser) async throws {
        try await database.write { db in try Self.saveUser(user, in: db) }
    }

    static func saveUser(_ user: StoredUser, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO users (name, role, password_hash, updated_at, removed_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash,
                    updated_at = excluded.updated_at, removed_at = excluded.removed_at
                """,
            arguments: [user.name, user.role.rawValue, user.passwordHash, user.updatedAt, user.removedAt])
    }

    public func user(named name: String) async throws -> StoredUser? {
        try await database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM users WHERE name = ?", arguments: [name]).map(Self.user)
        }
    }

    public func users() async throws -> [StoredUser] {
        try await database.read { db in try Row.fetchAll(db, sql: "SELECT * FROM users ORDER BY name").map(Self.user) }
    }

    static func user(_ row: Row) -> StoredUser {
        // The schema's CHECK admits only known roles; viewer is the safe reading of anything else.
        StoredUser(
            name: row["name"], role: Role(rawValue: row["role"]) ?? .viewer, passwordHash: row["password_hash"], updatedAt: row["updated_at"],
            removedAt: row["removed_at"])
    }

    public func saveSession(_ session: StoredSession) async throws {
        try await database.write { db in
            try db.execute(
                sql: "INSERT INTO sessions (token_hash, user_name, csrf_token, expires_at) VALUES (?, ?, ?, ?)",
                arguments: [session.tokenHash, session.user, session.csrfToken, session.expiresAt])
        }
    }

    public func session(tokenHash: String) async throws -> StoredSession? {
        try await database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM sessions WHERE token_hash = ?", arguments: [tokenHash]).map { row in
                StoredSession(tokenHash: row["token_hash"], user: row["user_name"], csrfToken: row["csrf_token"], expiresAt: row["expires_at"])
            }
        }
    }

    public func deleteSession(tokenHash: String) async throws {
        try await database.write { db in try db.execute(sql: "DELETE FROM sessions WHERE token_hash = ?", arguments: [tokenHash]) }
    }

    public func deleteSessions(ofUser user: String) async throws {
        try await database.write { db in try db.execute(sql: "DELETE FROM sessions WHERE user_name = ?", arguments: [user]) }
    }

    public func recordFailedLogin(name: String, at time: Int64) async throws {
        try await database.write { db in
            try db.execute(sql: "INSERT INTO failed_logins (name, attempted_at) VALUES (?, ?)", arguments: [name, time])
        }
    }

    public func failedLogins(name: String, since time: Int64) async throws -> Int {
        try await database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM failed_logins WHERE name = ? AND attempted_at >= ?", arguments: [name, time]) ?? 0
        }
    }

    public func clearFailedLogins(name: String) async throws {
        try await database.write { db in try db.execute(sql: "DELETE FROM failed_logins WHERE name = ?", arguments: [name]) }
    }

    public func removeUser(named name: String, at time: String) async throws -> UserRemoval {
        try await database.write { db in try Self.removeUser(named: name, at: time, in: db).removal }
    }

    /// ``removeUser(named:at:)`` inside the caller's transaction, with the user as it was and the ids of the tokens revoked.
    static func removeUser(named name: String, at time: String, in db: Database) throws -> (removal: UserRemoval, user: StoredUser?, revoked: [Int64])
    {
        guard let user = try Row.fetchOne(db, sql: "SELECT * FROM users WHERE name = ?", arguments: [name]).map(Self.user) else {
            return (.notFound, nil, [])
        }
        guard user.removedAt == nil else { return (.alreadyRemoved, user, []) }
        if user.role == .admin {
            let admins = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM users WHERE role = 'admin' AND removed_at IS NULL") ?? 0
            guard admins > 1 else { return (.lastAdmin, user, []) }
        }
        let revoked = try Int64.fetchAll(
            db, sql: "SELECT id FROM api_tokens WHERE user_name = ? AND revoked_at IS NULL ORDER BY id", arguments: [name])
        try db.execute(sql: "UPDATE users SET removed_at = ? WHERE name = ?", arguments: [time, name])
        try db.execute(sql: "DELETE FROM sessions WHERE user_name = ?", arguments: [name])
        try db.execute(sql: "UPDATE api_tokens SET revoked_at = ? WHERE user_name = ? AND revoked_at IS NULL", arguments: [time, name])
        return (.removed(revokedTokens: revoked.count), user, revoked)
    }
}
