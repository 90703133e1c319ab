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
    func saveUser(_ user: StoredUser, recording entry: AuditEntry) async throws
    /// Keeps a new token (its `id` ignored) and appends the entry `entry` makes of the token as saved,
    /// with its id. Returns the id.
    func saveAPIToken(_ token: StoredAPIToken, recording entry: @escaping @Sendable (StoredAPIToken) throws -> AuditEntry) async throws -> Int64
    /// Marks token `id` revoked at `time` and appends `entry`, unless the token is unknown or already
    /// revoked: then it does neither and returns false.
    func revokeAPIToken(id: Int64, at time: String, recording entry: AuditEntry) async throws -> Bool
}
