public import TruceModel

/// Writes that carry their audit entry: the store makes the write and appends the entry in one
/// transaction, so that neither lands without the other. A write that fails appends nothing; an
/// entry that cannot be appended undoes the write.
public protocol AuditedWrites: AuditLog & AgreementStore & AccountStore & APITokenStore {
    /// Keeps `yaml` under `id` (replacing an earlier text) and appends `entry`.
    func saveAgreement(id: String, yaml: String, savedAt: String, recording entry: AuditEntry) async throws
    /// Removes the agreement `id` and appends `entry`; when there is no such agreement, does neither
    /// and returns false.
    func deleteAgreement(id: String, recording entry: AuditEntry) async throws -> Bool
    /// Saves `user` (creating or replacing it), ends the user's sessions, and appends `entry`.
    ///
    /// - Throws: ``TruceError`` (`conflict`, parameter `role`) without saving anything when `user` is the last
    ///   admin who is not removed and would no longer be an admin: nobody could manage users after.
    func saveUser(_ user: StoredUser, recording entry: AuditEntry) async throws
    /// Removes user `name` as ``AccountStore/removeUser(named:at:)`` does (marked removed, sessions ended,
    /// API tokens revoked) and appends the entry `entry` makes of the user as it was and the ids of the
    /// tokens revoked, all in one transaction; when the removal does not happen (unknown, already removed,
    /// the last admin), does neither.
    func removeUser(
        named name: String, at time: String,
        recording entry: @escaping @Sendable (_ user: StoredUser, _ revokedTokens: [Int64]) throws -> AuditEntry
    ) async throws -> UserRemoval
    /// Keeps a new token (its `id` ignored) and appends the entry `entry` makes of the token as saved,
    /// with its id. Returns the id.
    func saveAPIToken(_ token: StoredAPIToken, recording entry: @escaping @Sendable (StoredAPIToken) throws -> AuditEntry) async throws -> Int64
    /// Marks token `id` revoked at `time` and appends `entry`, unless the token is unknown or already
    /// revoked: then it does neither and returns false.
    func revokeAPIToken(id: Int64, at time: String, recording entry: AuditEntry) async throws -> Bool
}

extension TruceError {
    /// The refusal to leave the store without an admin: `name` is the last admin who is not removed, so
    /// nobody could manage users after the change; `parameter` names what was asked (`name`, `role`).
    public static func lastAdmin(_ name: String, parameter: String) -> TruceError {
        TruceError(
            .conflict, "'\(name)' is the last admin; add another admin first, or nobody could manage users",
            parameter: parameter)
    }
}
