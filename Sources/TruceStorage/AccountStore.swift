import TruceModel

/// What a person may do on the server; each role may do what the ones before it may.
public enum Role: String, Hashable, Sendable, CaseIterable, Comparable {
    /// Reads agreements, assessments and evidence.
    case viewer
    /// Also adds and edits evidence and reviews candidates.
    case analyst
    /// Also manages users and agreements.
    case admin

    /// Viewers rank lowest, admins highest.
    public static func < (a: Role, b: Role) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A user as the store keeps it: the password only as a hash.
public struct StoredUser: Hashable, Sendable {
    /// The login name, unique.
    public var name: String
    /// What the user may do.
    public var role: Role
    /// A bcrypt hash (or another KDF's), never the password.
    public var passwordHash: String
    /// When the user was created or last changed, ISO 8601.
    public var updatedAt: String
    /// When an admin removed the user, ISO 8601; nil while the user may sign in. A removed user is kept
    /// (so the audit log's names keep meaning one person) and cannot sign in or use a token.
    public var removedAt: String?

    /// A user record.
    public init(name: String, role: Role, passwordHash: String, updatedAt: String, removedAt: String? = nil) {
        self.name = name
        self.role = role
        self.passwordHash = passwordHash
        self.updatedAt = updatedAt
        self.removedAt = removedAt
    }
}

/// What asking the store to remove a user did.
public enum UserRemoval: Hashable, Sendable {
    /// The user is removed: their sessions are ended and `revokedTokens` of their API tokens revoked.
    case removed(revokedTokens: Int)
    /// There is no user of that name.
    case notFound
    /// The user was removed before.
    case alreadyRemoved
    /// The user is the last admin who is not removed; nobody could manage users after.
    case lastAdmin
}

/// A signed-in session as the store keeps it: the token only as a hash, so a copy of the
/// database cannot be used to sign in.
public struct StoredSession: Hashable, Sendable {
    /// SHA-256 of the session token, hex.
    public var tokenHash: String
    /// The user it belongs to.
    public var user: String
    /// The token forms must echo (CSRF), random per session.
    public var csrfToken: String
    /// When the session stops being valid, in seconds since 1970.
    public var expiresAt: Int64

    /// A session record.
    public init(tokenHash: String, user: String, csrfToken: String, expiresAt: Int64) {
        self.tokenHash = tokenHash
        self.user = user
        self.csrfToken = csrfToken
        self.expiresAt = expiresAt
    }
}

/// Users, their sessions and failed logins, kept in the store so that several server processes
/// over one database share them.
public protocol AccountStore: Sendable {
    /// Keeps `user`, replacing the user of the same name (a removed user saved again is no longer removed).
    func saveUser(_ user: StoredUser) async throws
    /// The user named `name` (exactly), or nil.
    func user(named name: String) async throws -> StoredUser?
    /// Every user, by name.
    func users() async throws -> [StoredUser]
    /// Keeps a new session.
    func saveSession(_ session: StoredSession) async throws
    /// The session whose token hashes to `tokenHash`, expired or not; nil when there is none.
    func session(tokenHash: String) async throws -> StoredSession?
    /// Ends the session whose token hashes to `tokenHash`, if any.
    func deleteSession(tokenHash: String) async throws
    /// Ends every session of `user` (after a password change).
    func deleteSessions(ofUser user: String) async throws
    /// Records a failed login for `name` at `time` (seconds since 1970).
    func recordFailedLogin(name: String, at time: Int64) async throws
    /// How many failed logins for `name` were recorded at or after `time`.
    func failedLogins(name: String, since time: Int64) async throws -> Int
    /// Forgets the failed logins for `name` (after a successful one).
    func clearFailedLogins(name: String) async throws
    /// Marks user `name` removed at `time` (ISO 8601), ends every session of theirs and revokes every API
    /// token of theirs at `time`, all in one transaction; unless `name` is unknown, already removed, or the
    /// last admin not removed, when nothing changes.
    func removeUser(named name: String, at time: String) async throws -> UserRemoval
}
