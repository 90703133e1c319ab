/// An API token as the store keeps it: the secret only as its SHA-256, so a copy of the
/// database cannot be used to call the API.
public struct StoredAPIToken: Hashable, Sendable, Codable {
    /// Given by the store when the token is saved; 0 before.
    public var id: Int64
    /// SHA-256 of the secret, hex.
    public var tokenHash: String
    /// Whose role the token carries.
    public var user: String
    /// What the owner called it ("nightly import"), to tell tokens apart.
    public var label: String
    /// When it was created, ISO 8601.
    public var createdAt: String
    /// When it was revoked, ISO 8601; nil while it works.
    public var revokedAt: String?

    /// A token record.
    public init(id: Int64 = 0, tokenHash: String, user: String, label: String, createdAt: String, revokedAt: String? = nil) {
        self.id = id
        self.tokenHash = tokenHash
        self.user = user
        self.label = label
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }
}

/// API tokens, kept so that several server processes over one database share them. Revoked
/// tokens stay (with their revocation time); nothing here deletes one.
public protocol APITokenStore: Sendable {
    /// Keeps a new token (its `id` ignored) and returns the id it was given.
    func saveAPIToken(_ token: StoredAPIToken) async throws -> Int64
    /// The token whose secret hashes to `tokenHash`, revoked or not; nil when there is none.
    func apiToken(tokenHash: String) async throws -> StoredAPIToken?
    /// The token `id`, or nil.
    func apiToken(id: Int64) async throws -> StoredAPIToken?
    /// The tokens of `user`, or of everyone when nil, by id.
    func apiTokens(ofUser user: String?) async throws -> [StoredAPIToken]
    /// Marks token `id` revoked at `time` unless it already is; returns whether it changed.
    @discardableResult
    func revokeAPIToken(id: Int64, at time: String) async throws -> Bool
}
