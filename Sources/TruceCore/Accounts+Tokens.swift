import Foundation
import TruceModel
public import TruceStorage

/// An API token just created: the secret is in here once and never again (the store keeps its hash).
public struct NewAPIToken: Sendable {
    /// What the client sends as `Authorization: Bearer …`.
    public var secret: String
    /// The token as kept, without the secret.
    public var token: StoredAPIToken
}

extension Accounts {
    /// What every token's secret starts with, so a leaked one is recognisable.
    public static let tokenPrefix = "truce_"
    /// The longest label a token may have.
    public static let maximumTokenLabelLength = 100

    /// Creates an API token for `owner` that acts with `owner`'s role. Users create tokens for
    /// themselves; admins for anyone. Audited, without the secret.
    ///
    /// - Throws: ``TruceError``: `invalidInput` (parameter `label`) for an empty or overlong label,
    ///   `forbidden` (parameter `user`) when `requester` may not create tokens for `owner`; `notFound` (parameter `user`)
    ///   when there is no such user.
    public func createToken(for owner: String, label: String, requestedBy requester: SignedIn) async throws -> NewAPIToken {
        let label = label.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !label.isEmpty, label.count <= Self.maximumTokenLabelLength,
            !label.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else {
            throw TruceError(
                .invalidInput, "a token's label is 1 to \(Self.maximumTokenLabelLength) characters, no control characters", parameter: "label")
        }
        guard owner == requester.user || requester.role == .admin else {
            throw TruceError(.forbidden, "only an admin creates tokens for another user", parameter: "user")
        }
        guard let user = try await store.user(named: owner), user.removedAt == nil else {
            throw TruceError(.notFound, "there is no user '\(owner)'", parameter: "user")
        }
        let secret = Self.tokenPrefix + Self.randomToken()
        var token = StoredAPIToken(tokenHash: Self.hash(token: secret), user: owner, label: label, createdAt: clock.timestamp)
        let audit = self.audit
        let actor = requester.user
        token.id = try await store.saveAPIToken(token) { saved in
            try audit.entry("create", kind: "api_token", id: String(saved.id), by: actor, before: AuditedToken?.none, after: AuditedToken(saved))
        }
        return NewAPIToken(secret: secret, token: token)
    }

    /// The tokens `requester` may see: their own, or everyone's for an admin (`owner` nil) or another user's.
    ///
    /// - Throws: ``TruceError`` (`forbidden`, parameter `user`) when a non-admin asks for another user's.
    public func tokens(of owner: String?, requestedBy requester: SignedIn) async throws -> [StoredAPIToken] {
        guard requester.role == .admin || owner == requester.user else {
            throw TruceError(.forbidden, "only an admin lists other users' tokens", parameter: "user")
        }
        return try await store.apiTokens(ofUser: owner)
    }

    /// Revokes token `id`: its owner or an admin may. The token stays listed, marked revoked. Audited.
    ///
    /// - Throws: ``TruceError`` (`notFound`, parameter `token`) when there is no such token or it is another
    ///   user's and `requester` is not an admin (so others' token ids cannot be probed); (`invalidInput`) when it is already revoked.
    @discardableResult
    public func revokeToken(_ id: Int64, requestedBy requester: SignedIn) async throws -> StoredAPIToken {
        guard let token = try await store.apiToken(id: id), token.user == requester.user || requester.role == .admin else {
            throw TruceError(.notFound, "there is no token \(id) of yours", parameter: "token")
        }
        let time = clock.timestamp
        var revoked = token
        revoked.revokedAt = time
        let entry = try audit.entry(
            "revoke", kind: "api_token", id: String(id), by: requester.user, before: AuditedToken(token), after: AuditedToken(revoked))
        guard try await store.revokeAPIToken(id: id, at: time, recording: entry) else {
            throw TruceError(.invalidInput, "token \(id) is already revoked", parameter: "token")
        }
        return revoked
    }

    /// Who a bearer token acts as: its owner with the owner's current role; nil for an unknown or
    /// revoked token, or one whose owner is gone or removed. Such a caller has no CSRF token (none is needed).
    public func bearer(_ secret: String) async throws -> SignedIn? {
        guard secret.hasPrefix(Self.tokenPrefix), secret.utf8.count == Self.tokenPrefix.utf8.count + 64 else { return nil }
        guard let token = try await store.apiToken(tokenHash: Self.hash(token: secret)), token.revokedAt == nil else { return nil }
        guard let user = try await store.user(named: token.user), user.removedAt == nil else { return nil }
        return SignedIn(user: user.name, role: user.role, csrfToken: "")
    }
}
