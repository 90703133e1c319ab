import Logging
import PostgresNIO
public import TruceStorage

// Accounts are a handful of rows: every call is one short statement. Servers sharing the database share
// users, sessions and failed logins (the rate limit) through these rows.
extension PostgresStore: AccountStore {
    public func saveUser(_ user: StoredUser) async throws {
        try await withConnection(doing: "save a user in") { connection in
            try await connection.run(
                """
                INSERT INTO users (name, role, password_hash, updated_at, removed_at)
                VALUES (\(user.name), \(user.role.rawValue), \(user.passwordHash), \(user.updatedAt), \(user.removedAt))
                ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash, updated_at = excluded.updated_at,
                    removed_at = excluded.removed_at
                """, logger: logger)
        }
    }

    public func user(named name: String) async throws -> StoredUser? {
        try await users(where: "WHERE name = \(name)").first
    }

    public func users() async throws -> [StoredUser] {
        try await users(where: "")
    }

    private func users(where condition: PostgresQuery) async throws -> [StoredUser] {
        try await withConnection(doing: "read the users of") { connection in
            var query = PostgresQuery(unsafeSQL: "SELECT name, role, password_hash, updated_at, removed_at FROM users ")
            query.sql += condition.sql
            query.binds = condition.binds
            query.sql += " ORDER BY name"
            var users: [StoredUser] = []
            for try await (name, role, hash, updatedAt, removedAt) in try await connection.query(query, logger: logger).decode(
                (String, String, String, String, String?).self)
            {
                // The schema's CHECK admits only known roles; viewer is the safe reading of anything else.
                users.append(
                    StoredUser(name: name, role: Role(rawValue: role) ?? .viewer, passwordHash: hash, updatedAt: updatedAt, removedAt: removedAt))
            }
            return users
        }
    }

    public func saveSession(_ session: StoredSession) async throws {
        try await withConnection(doing: "save a session in") { connection in
            try await connection.run(
                """
                INSERT INTO sessions (token_hash, user_name, csrf_token, expires_at)
                VALUES (\(session.tokenHash), \(session.user), \(session.csrfToken), \(session.expiresAt))
                """, logger: logger)
        }
    }

    public func session(tokenHash: String) async throws -> StoredSession? {
        try await withConnection(doing: "read the sessions of") { connection in
            let rows = try await connection.query(
                "SELECT token_hash, user_name, csrf_token, expires_at FROM sessions WHERE token_hash = \(tokenHash)", logger: logger)
            for try await (hash, user, csrf, expires) in rows.decode((String, String, String, Int64).self) {
                return StoredSession(tokenHash: hash, user: user, csrfToken: csrf, expiresAt: expires)
            }
            return nil
        }
    }

    public func deleteSession(tokenHash: String) async throws {
        try await withConnection(doing: "end a session in") { connection in
            try await connection.run("DELETE FROM sessions WHERE token_hash = \(tokenHash)", logger: logger)
        }
    }

    public func deleteSessions(ofUser user: String) async throws {
        try await withConnection(doing: "end the sessions of a user in") { connection in
            try await connection.run("DELETE FROM sessions WHERE user_name = \(user)", logger: logger)
        }
    }

    public func recordFailedLogin(name: String, at time: Int64) async throws {
        try await withConnection(doing: "record a failed login in") { connection in
            try await connection.run("INSERT INTO failed_logins (name, attempted_at) VALUES (\(name), \(time))", logger: logger)
        }
    }

    public func failedLogins(name: String, since time: Int64) async throws -> Int {
        try await withConnection(doing: "count the failed logins in") { connection in
            try await connection.scalar(
                "SELECT count(*)::bigint FROM failed_logins WHERE name = \(name) AND attempted_at >= \(time)", as: Int.self, logger: logger) ?? 0
        }
    }

    public func clearFailedLogins(name: String) async throws {
        try await withConnection(doing: "clear the failed logins in") { connection in
            try await connection.run("DELETE FROM failed_logins WHERE name = \(name)", logger: logger)
        }
    }

    public func removeUser(named name: String, at time: String) async throws -> UserRemoval {
        try await withTransaction(doing: "remove a user from") { connection in
            try await Self.removeUser(named: name, at: time, on: connection, logger: logger).removal
        }
    }

    /// ``removeUser(named:at:)`` inside the caller's transaction, with the user as it was and the ids of the tokens revoked.
    static func removeUser(
        named name: String, at time: String, on connection: PostgresConnection, logger: Logger
    ) async throws -> (removal: UserRemoval, user: StoredUser?, revoked: [Int64]) {
        // The admins are locked first, so two removals of the last two admins cannot both pass the count.
        let admins = try await lockedAdminCount(on: connection, logger: logger)
        var found: StoredUser?
        for try await (role, hash, updated, removed) in try await connection.query(
            "SELECT role, password_hash, updated_at, removed_at FROM users WHERE name = \(name) FOR UPDATE", logger: logger
        ).decode((String, String, String, String?).self) {
            found = StoredUser(name: name, role: Role(rawValue: role) ?? .viewer, passwordHash: hash, updatedAt: updated, removedAt: removed)
        }
        guard let user = found else { return (.notFound, nil, []) }
        guard user.removedAt == nil else { return (.alreadyRemoved, user, []) }
        if user.role == .admin, admins <= 1 { return (.lastAdmin, user, []) }
        try await connection.run("UPDATE users SET removed_at = \(time) WHERE name = \(name)", logger: logger)
        try await connection.run("DELETE FROM sessions WHERE user_name = \(name)", logger: logger)
        // API tokens are kept on PostgreSQL once its schema has them; revoke them then, in this transaction.
        let hasTokens = try await connection.scalar("SELECT to_regclass('api_tokens') IS NOT NULL", as: Bool.self, logger: logger) ?? false
        guard hasTokens else { return (.removed(revokedTokens: 0), user, []) }
        var revoked: [Int64] = []
        for try await id in try await connection.query(
            "UPDATE api_tokens SET revoked_at = \(time) WHERE user_name = \(name) AND revoked_at IS NULL RETURNING id", logger: logger
        ).decode(Int64.self) {
            revoked.append(id)
        }
        return (.removed(revokedTokens: revoked.count), user, revoked.sorted())
    }

    /// How many admins are not removed, with their rows locked until the transaction ends.
    static func lockedAdminCount(on connection: PostgresConnection, logger: Logger) async throws -> Int {
        try await connection.scalar(
            "SELECT count(*)::bigint FROM (SELECT name FROM users WHERE role = 'admin' AND removed_at IS NULL FOR UPDATE) AS a",
            as: Int.self, logger: logger) ?? 0
    }
}
