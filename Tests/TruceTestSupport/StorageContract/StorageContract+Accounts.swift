public import TruceStorage

extension StorageContract {
    /// A named check of an ``AccountStore``.
    public struct AccountCheck: Sendable, CustomStringConvertible {
        public let name: String
        public let run: @Sendable (any AccountStore) async throws -> Void
        public var description: String { name }
    }

    /// Every check of the accounts part of the contract; a backend runs them on a fresh, empty store.
    public static let accounts: [AccountCheck] = [
        AccountCheck(name: "users are kept and replaced by name", run: usersAreKeptAndReplaced),
        AccountCheck(name: "sessions are found by token hash and ended", run: sessionsAreFoundAndEnded),
        AccountCheck(name: "failed logins are counted from a time and cleared", run: failedLoginsAreCountedAndCleared),
        AccountCheck(name: "a removed user is kept, marked, without sessions; never the last admin", run: usersAreRemovedNotDeleted),
    ]

    static func usersAreKeptAndReplaced(_ store: any AccountStore) async throws {
        try require(try await store.users().isEmpty, "a new store has no user")
        try await store.saveUser(StoredUser(name: "mina", role: .analyst, passwordHash: "h1", updatedAt: stamp))
        try await store.saveUser(StoredUser(name: "ada", role: .admin, passwordHash: "h2", updatedAt: stamp))
        try await store.saveUser(StoredUser(name: "mina", role: .viewer, passwordHash: "h3", updatedAt: stamp))
        try require(try await store.users().map(\.name) == ["ada", "mina"], "users by name, one per name")
        let mina = try await store.user(named: "mina")
        try require(mina?.role == .viewer && mina?.passwordHash == "h3", "saving again replaces role and hash: \(String(describing: mina))")
        try require(try await store.user(named: "Mina") == nil, "names match exactly")
    }

    static func sessionsAreFoundAndEnded(_ store: any AccountStore) async throws {
        try await store.saveUser(StoredUser(name: "ada", role: .admin, passwordHash: "h", updatedAt: stamp))
        let one = StoredSession(tokenHash: "t1", user: "ada", csrfToken: "c1", expiresAt: 1_000)
        try await store.saveSession(one)
        try await store.saveSession(StoredSession(tokenHash: "t2", user: "ada", csrfToken: "c2", expiresAt: 2_000))
        try require(try await store.session(tokenHash: "t1") == one, "a session comes back as kept")
        try await store.deleteSession(tokenHash: "t1")
        try require(try await store.session(tokenHash: "t1") == nil, "an ended session is gone")
        try require(try await store.session(tokenHash: "t2") != nil, "other sessions stay")
        try await store.deleteSessions(ofUser: "ada")
        try require(try await store.session(tokenHash: "t2") == nil, "every session of the user ends")
    }

    static func failedLoginsAreCountedAndCleared(_ store: any AccountStore) async throws {
        for time in [100, 200, 300] as [Int64] { try await store.recordFailedLogin(name: "ada", at: time) }
        try await store.recordFailedLogin(name: "bob", at: 300)
        try require(try await store.failedLogins(name: "ada", since: 200) == 2, "counted from the time, inclusive")
        try require(try await store.failedLogins(name: "ada", since: 0) == 3, "every failure")
        try await store.clearFailedLogins(name: "ada")
        try require(try await store.failedLogins(name: "ada", since: 0) == 0, "cleared")
        try require(try await store.failedLogins(name: "bob", since: 0) == 1, "others' failures stay")
    }

    static func usersAreRemovedNotDeleted(_ store: any AccountStore) async throws {
        try await store.saveUser(StoredUser(name: "ada", role: .admin, passwordHash: "h1", updatedAt: stamp))
        try await store.saveUser(StoredUser(name: "mina", role: .analyst, passwordHash: "h2", updatedAt: stamp))
        try await store.saveSession(StoredSession(tokenHash: "t1", user: "mina", csrfToken: "c1", expiresAt: 1_000))
        try await store.saveSession(StoredSession(tokenHash: "t2", user: "ada", csrfToken: "c2", expiresAt: 1_000))
        try require(try await store.removeUser(named: "ada", at: stamp) == .lastAdmin, "the last admin stays")
        try require(try await store.user(named: "ada")?.removedAt == nil, "and is not marked")
        try require(try await store.removeUser(named: "nobody", at: stamp) == .notFound, "an unknown name")
        guard case .removed = try await store.removeUser(named: "mina", at: "2026-02-02T00:00:00Z") else {
            throw ContractViolation("a user who is not the last admin is removed")
        }
        let mina = try await store.user(named: "mina")
        try require(mina?.removedAt == "2026-02-02T00:00:00Z" && mina?.role == .analyst, "kept, marked: \(String(describing: mina))")
        try require(try await store.session(tokenHash: "t1") == nil, "their sessions end")
        try require(try await store.session(tokenHash: "t2") != nil, "others' stay")
        try require(try await store.removeUser(named: "mina", at: stamp) == .alreadyRemoved, "not removed twice")
        try await store.saveUser(StoredUser(name: "mina", role: .analyst, passwordHash: "h3", updatedAt: stamp))
        try require(try await store.user(named: "mina")?.removedAt == nil, "saving the user again brings them back")
        try await store.saveUser(StoredUser(name: "root", role: .admin, passwordHash: "h4", updatedAt: stamp))
        guard case .removed = try await store.removeUser(named: "ada", at: stamp) else {
            throw ContractViolation("with another admin, an admin is removed")
        }
        try require(try await store.removeUser(named: "root", at: stamp) == .lastAdmin, "a removed admin does not count")
    }
}
