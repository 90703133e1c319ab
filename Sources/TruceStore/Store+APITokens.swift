import GRDB
public import TruceStorage

// Tokens are a handful of rows: every call is one short statement on the caller's task.
extension Store: APITokenStore {
    public func saveAPIToken(_ token: StoredAPIToken) async throws -> Int64 {
        try onCallersTask { try database.write { db in try Self.saveAPIToken(token, in: db) } }
    }

    static func saveAPIToken(_ token: StoredAPIToken, in db: Database) throws -> Int64 {
        try db.execute(
            sql: "INSERT INTO api_tokens (token_hash, user_name, label, created_at, revoked_at) VALUES (?, ?, ?, ?, ?)",
            arguments: [token.tokenHash, token.user, token.label, token.createdAt, token.revokedAt])
        return db.lastInsertedRowID
    }

    public func apiToken(tokenHash: String) async throws -> StoredAPIToken? {
        try onCallersTask {
            try database.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM api_tokens WHERE token_hash = ?", arguments: [tokenHash]).map(Self.apiToken)
            }
        }
    }

    public func apiToken(id: Int64) async throws -> StoredAPIToken? {
        try onCallersTask {
            try database.read { db in try Row.fetchOne(db, sql: "SELECT * FROM api_tokens WHERE id = ?", arguments: [id]).map(Self.apiToken) }
        }
    }

    public func apiTokens(ofUser user: String?) async throws -> [StoredAPIToken] {
        try onCallersTask {
            try database.read { db in
                if let user {
                    return try Row.fetchAll(db, sql: "SELECT * FROM api_tokens WHERE user_name = ? ORDER BY id", arguments: [user]).map(Self.apiToken)
                }
                return try Row.fetchAll(db, sql: "SELECT * FROM api_tokens ORDER BY id").map(Self.apiToken)
            }
        }
    }

    @discardableResult
    public func revokeAPIToken(id: Int64, at time: String) async throws -> Bool {
        try onCallersTask { try database.write { db in try Self.revokeAPIToken(id: id, at: time, in: db) } }
    }

    static func revokeAPIToken(id: Int64, at time: String, in db: Database) throws -> Bool {
        try db.execute(sql: "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", arguments: [time, id])
        return db.changesCount > 0
    }

    private static func apiToken(_ row: Row) -> StoredAPIToken {
        StoredAPIToken(
            id: row["id"], tokenHash: row["token_hash"], user: row["user_name"], label: row["label"], createdAt: row["created_at"],
            revokedAt: row["revoked_at"])
    }
}

/// Runs `body` synchronously, choosing GRDB's blocking calls over its async ones inside an async method.
private func onCallersTask<T>(_ body: () throws -> T) rethrows -> T { try body() }
