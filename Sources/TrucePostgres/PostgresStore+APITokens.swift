import Logging
import PostgresNIO
import TruceModel
public import TruceStorage

// Tokens are a handful of rows: every call is one short statement. Servers sharing the database share
// the tokens, so one revoked on any server stops working on all of them at once.
extension PostgresStore: APITokenStore {
    public func saveAPIToken(_ token: StoredAPIToken) async throws -> Int64 {
        try await withConnection(doing: "save an API token in") { connection in
            try await Self.saveAPIToken(token, on: connection, logger: logger, location: location)
        }
    }

    public func apiToken(tokenHash: String) async throws -> StoredAPIToken? {
        try await apiTokens(where: "WHERE token_hash = \(tokenHash)").first
    }

    public func apiToken(id: Int64) async throws -> StoredAPIToken? {
        try await apiTokens(where: "WHERE id = \(id)").first
    }

    public func apiTokens(ofUser user: String?) async throws -> [StoredAPIToken] {
        if let user { return try await apiTokens(where: "WHERE user_name = \(user)") }
        return try await apiTokens(where: "")
    }

    @discardableResult
    public func revokeAPIToken(id: Int64, at time: String) async throws -> Bool {
        try await withConnection(doing: "revoke an API token in") { connection in
            try await Self.revokeAPIToken(id: id, at: time, on: connection, logger: logger)
        }
    }

    static func saveAPIToken(
        _ token: StoredAPIToken, on connection: PostgresConnection, logger: Logger, location: PostgresLocation
    )
        async throws -> Int64
    {
        let id = try await connection.scalar(
            """
            INSERT INTO api_tokens (token_hash, user_name, label, created_at, revoked_at)
            VALUES (\(token.tokenHash), \(token.user), \(token.label), \(token.createdAt), \(token.revokedAt))
            RETURNING id
            """, as: Int64.self, logger: logger)
        guard let id else { throw PostgresStore.missingID("API token", location: location) }
        return id
    }

    static func revokeAPIToken(id: Int64, at time: String, on connection: PostgresConnection, logger: Logger) async throws -> Bool {
        try await connection.scalar(
            "UPDATE api_tokens SET revoked_at = \(time) WHERE id = \(id) AND revoked_at IS NULL RETURNING true", as: Bool.self, logger: logger)
            ?? false
    }

    private func apiTokens(where condition: PostgresQuery) async throws -> [StoredAPIToken] {
        try await withConnection(doing: "read the API tokens of") { connection in
            var query = PostgresQuery(unsafeSQL: "SELECT id, token_hash, user_name, label, created_at, revoked_at FROM api_tokens ")
            query.sql += condition.sql
            query.binds = condition.binds
            query.sql += " ORDER BY id"
            var tokens: [StoredAPIToken] = []
            for try await (id, hash, user, label, createdAt, revokedAt) in try await connection.query(query, logger: logger).decode(
                (Int64, String, String, String, String, String?).self)
            {
                tokens.append(StoredAPIToken(id: id, tokenHash: hash, user: user, label: label, createdAt: createdAt, revokedAt: revokedAt))
            }
            return tokens
        }
    }
}

extension PostgresStore {
    /// The error for an INSERT … RETURNING id that returned no row, which a sound server never does.
    static func missingID(_ what: String, location: PostgresLocation) -> TruceError {
        TruceError(.store, "the database \(location) did not return the new \(what)'s id")
    }
}
