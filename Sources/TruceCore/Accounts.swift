import Crypto
import Foundation
import TruceModel
public import TruceStorage

/// Turns passwords into hashes and checks them; the server supplies bcrypt.
public protocol PasswordHasher: Sendable {
    /// A salted hash of `password`.
    func hash(_ password: String) -> String
    /// Whether `password` is the one `hash` was made from.
    func verify(_ password: String, hash: String) -> Bool
}

/// Who a valid session belongs to, and the token its forms must echo.
public struct SignedIn: Hashable, Sendable {
    /// The user's login name.
    public var user: String
    /// What the user may do.
    public var role: Role
    /// The CSRF token of the session.
    public var csrfToken: String
}

/// A session just opened: the token to hand to the client (the store keeps only its hash).
public struct NewSession: Sendable {
    /// The secret the client presents (a cookie); random, 256 bits, hex.
    public var token: String
    /// Who the session belongs to.
    public var signedIn: SignedIn
    /// Seconds since 1970.
    public var expiresAt: Int64
}

/// Why a login failed. Unknown names and wrong passwords read the same, so names cannot be probed.
public struct LoginError: Error, Hashable, Sendable {
    /// The kinds of failure a client may be told about.
    public enum Reason: Hashable, Sendable {
        /// The name or the password is wrong.
        case invalidCredentials
        /// Too many failures for this name lately; try again after `retryAfter` seconds.
        case tooManyAttempts(retryAfter: Int64)
    }
    /// Why this login failed.
    public var reason: Reason
}

/// Users, logins and sessions: the accounts use cases every front end calls.
public struct Accounts: Sendable {
    /// Where users, sessions, failed logins and API tokens are kept, each change to a user or token
    /// with its audit entry.
    public let store: any AuditedWrites
    /// How passwords are hashed and checked.
    public let hasher: any PasswordHasher
    /// Where every change to users and tokens is recorded: the store's own log.
    public let audit: AuditTrail
    /// The time sessions and failures are stamped with.
    public let clock: WallClock

    /// How long a session lasts, in seconds.
    public static let sessionLifetime: Int64 = 8 * 3600
    /// Failed logins allowed for one name within ``failureWindow`` before further attempts are refused.
    public static let maximumFailures = 5
    /// Seconds over which failures are counted.
    public static let failureWindow: Int64 = 15 * 60
    /// Passwords are at least this many characters.
    public static let minimumPasswordLength = 10
    /// bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut.
    public static let maximumPasswordBytes = 72

    /// Accounts over `store`, hashing with `hasher`, recording changes in the store's audit log, reading time from `clock`.
    public init(store: any AuditedWrites, hasher: any PasswordHasher, clock: WallClock = .system) {
        self.store = store
        self.hasher = hasher
        self.audit = AuditTrail(log: store, clock: clock)
        self.clock = clock
    }

    /// Whether `name` can be a login name: 1 to 64 ASCII letters, digits, `.`, `_`, `-`.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 64
            && name.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0))
            }
    }

    /// Creates the user `name`, or changes its role and password (ending its sessions); the audit
    /// log records `actor` doing it, with the role before and after (never the password or its hash).
    ///
    /// - Throws: ``TruceError`` (`invalidInput`) naming `name` or `password` when either is not acceptable;
    ///   (`conflict`, parameter `role`) when `name` is the last admin and `role` is not admin: nobody could manage
    ///   users after, so another admin comes first.
    @discardableResult
    public func addUser(name: String, role: Role, password: String, by actor: String) async throws -> StoredUser {
        guard Self.isValidName(name) else {
            throw TruceError(.invalidInput, "a user name is 1 to 64 letters, digits, '.', '_' or '-'", parameter: "name")
        }
        guard password.count >= Self.minimumPasswordLength else {
            throw TruceError(.invalidInput, "a password has at least \(Self.minimumPasswordLength) characters", parameter: "password")
        }
        guard password.utf8.count <= Self.maximumPasswordBytes else {
            throw TruceError(.invalidInput, "a password has at most \(Self.maximumPasswordBytes) bytes", parameter: "password")
        }
        let before = try await store.user(named: name)
        // Checked here for a clear answer, and again by the store inside the save's transaction (two admins demoted at once).
        if let before, before.role == .admin, before.removedAt == nil, role != .admin {
            let admins = try await store.users().filter { $0.role == .admin && $0.removedAt == nil }
            guard admins.count > 1 else { throw TruceError.lastAdmin(name, parameter: "role") }
        }
        let user = StoredUser(name: name, role: role, passwordHash: hasher.hash(password), updatedAt: clock.timestamp)
        // Adding a removed user again brings the account back (with a new password; their old tokens stay revoked).
        let action = before == nil ? "create" : before?.removedAt != nil ? "restore" : "update"
        let entry = try audit.entry(
            action, kind: "user", id: name, by: actor,
            before: before.map { AuditedUser(name: $0.name, role: $0.role.rawValue, passwordChanged: false, removedAt: $0.removedAt) },
            after: AuditedUser(name: name, role: role.rawValue, passwordChanged: true))
        try await store.saveUser(user, recording: entry)
        return user
    }

    /// Checks `password` for `name` and opens a session.
    ///
    /// - Throws: ``LoginError`` for a wrong name or password, or after too many recent failures for `name`.
    public func logIn(name: String, password: String) async throws -> NewSession {
        let now = Int64(clock.now.timeIntervalSince1970)
        let failures = try await store.failedLogins(name: name, since: now - Self.failureWindow)
        guard failures < Self.maximumFailures else {
            throw LoginError(reason: .tooManyAttempts(retryAfter: Self.failureWindow))
        }
        let user = try await store.user(named: name)
        // An unknown name costs a hash check too, so the answer's timing does not tell names apart; a
        // removed user reads as unknown.
        let matches = hasher.verify(password, hash: user?.passwordHash ?? Self.decoyHash)
        guard let user, matches, user.removedAt == nil else {
            try await store.recordFailedLogin(name: name, at: now)
            throw LoginError(reason: .invalidCredentials)
        }
        try await store.clearFailedLogins(name: name)
        let token = Self.randomToken()
        let session = StoredSession(
            tokenHash: Self.hash(token: token), user: user.name, csrfToken: Self.randomToken(), expiresAt: now + Self.sessionLifetime)
        try await store.saveSession(session)
        return NewSession(
            token: token, signedIn: SignedIn(user: user.name, role: user.role, csrfToken: session.csrfToken), expiresAt: session.expiresAt)
    }

    /// The user of the session `token`, or nil when there is no such session, it has expired, or its user is gone or removed.
    public func session(token: String) async throws -> SignedIn? {
        guard token.utf8.count == 64 else { return nil }
        let hash = Self.hash(token: token)
        guard let session = try await store.session(tokenHash: hash) else { return nil }
        guard session.expiresAt > Int64(clock.now.timeIntervalSince1970) else {
            try await store.deleteSession(tokenHash: hash)
            return nil
        }
        guard let user = try await store.user(named: session.user), user.removedAt == nil else { return nil }
        return SignedIn(user: user.name, role: user.role, csrfToken: session.csrfToken)
    }

    /// Removes user `name`: they can no longer sign in, their sessions end and their API tokens are revoked
    /// at once. The user is kept, marked removed (so the audit log's names keep meaning one person, and
    /// ``addUser(name:role:password:by:)`` can bring them back with a new password); the audit log records
    /// `actor` removing them, with the tokens revoked.
    ///
    /// - Throws: ``TruceError`` (parameter `name`): `notFound` for an unknown user, `conflict` for one already
    ///   removed or the last admin who is not removed (nobody could manage users after).
    @discardableResult
    public func removeUser(name: String, by actor: String) async throws -> StoredUser {
        guard let user = try await store.user(named: name) else {
            throw TruceError(.notFound, "there is no user '\(name)'", parameter: "name")
        }
        guard user.removedAt == nil else {
            throw TruceError(.conflict, "user '\(name)' was removed on \(user.removedAt ?? "")", parameter: "name")
        }
        if user.role == .admin {
            let admins = try await store.users().filter { $0.role == .admin && $0.removedAt == nil }
            guard admins.count > 1 else { throw Self.lastAdminError(name) }
        }
        let time = clock.timestamp
        let audit = self.audit
        // The removal, its sessions and tokens, and its entry are one transaction: both land, or neither.
        let removal = try await store.removeUser(named: name, at: time) { user, revoked in
            try audit.entry(
                "remove", kind: "user", id: name, by: actor,
                before: AuditedUser(name: name, role: user.role.rawValue, passwordChanged: false),
                after: AuditedUser(name: name, role: user.role.rawValue, passwordChanged: false, removedAt: time, revokedTokens: revoked))
        }
        switch removal {
        case .removed:
            var removed = user
            removed.removedAt = time
            return removed
        case .notFound: throw TruceError(.notFound, "there is no user '\(name)'", parameter: "name")
        case .alreadyRemoved: throw TruceError(.conflict, "user '\(name)' was removed meanwhile", parameter: "name")
        case .lastAdmin: throw Self.lastAdminError(name)
        }
    }

    private static func lastAdminError(_ name: String) -> TruceError {
        TruceError(
            .conflict, "'\(name)' is the last admin; make another user an admin before removing this one", parameter: "name")
    }

    /// Ends the session `token`.
    public func logOut(token: String) async throws {
        try await store.deleteSession(tokenHash: Self.hash(token: token))
    }

    /// SHA-256 of a token, hex: what the store keeps.
    static func hash(token: String) -> String {
        SHA256.hash(data: Array(token.utf8)).map { byte in String(byte, radix: 16).leftPadded(to: 2) }.joined()
    }

    /// A fresh random token (256 bits, hex), for anything that needs an unguessable value (a form's CSRF token).
    public static func newToken() -> String { randomToken() }

    /// 256 random bits, hex.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(UInt8.random(in: 0...255, using: &generator), radix: 16).leftPadded(to: 2) }.joined()
    }

    /// A well-formed hash no password is known to match, checked when the name is unknown.
    private static let decoyHash = "$2b$04$abcdefghijklmnopqrstuu5MmUMvO5TzpxCHBAGmZSMgzCcXYHdEu"
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
