import TruceModel
public import TruceStorage

extension StorageContract {
    /// A named check of ``AuditedWrites``: each write and its audit entry land together or not at all.
    ///
    /// `refuseAuditEntries` makes the backend's audit log refuse every further entry (a test trigger), so
    /// the check can see that an entry that cannot be appended undoes its write.
    public struct AuditedWriteCheck: Sendable, CustomStringConvertible {
        public let name: String
        public let run: @Sendable (_ store: any TruceStorage, _ refuseAuditEntries: @Sendable () async throws -> Void) async throws -> Void
        public var description: String { name }
    }

    /// Every check of the audited-write part of the contract; a backend runs them on a fresh, empty store.
    public static let auditedWrites: [AuditedWriteCheck] = [
        AuditedWriteCheck(name: "audited writes land with their entries", run: auditedWritesLandWithTheirEntries),
        AuditedWriteCheck(name: "a write that fails appends no entry", run: aFailingWriteAppendsNoEntry),
        AuditedWriteCheck(name: "an entry that cannot be appended undoes its write", run: aRefusedEntryUndoesItsWrite),
        AuditedWriteCheck(name: "review decisions land with their entries, or not at all", run: reviewDecisionsLandWithTheirEntries),
        AuditedWriteCheck(name: "imports land with their entries, or not at all", run: importsLandWithTheirEntries),
        AuditedWriteCheck(name: "every review decision lands with an entry per cluster, or not at all", run: everyReviewDecisionLandsWithItsEntries),
        AuditedWriteCheck(name: "a user's removal lands with its entry, or not at all", run: aUserRemovalLandsWithItsEntry),
        AuditedWriteCheck(name: "the last admin is never demoted", run: theLastAdminIsNeverDemoted),
    ]

    static func reviewDecisionsLandWithTheirEntries(
        _ store: any TruceStorage, _ refuseAuditEntries: @Sendable () async throws -> Void
    ) async throws {
        let (attack, pledge) = try await storeArticles(store)
        let edited = try await store.edit(attack.id, set: ["place=Lashkar Gah"], by: reviewer) { before, after in
            auditEntry("edit", "review_cluster", String(after.id), before: before.edits.values["place"] ?? "none", after: after.edits.values["place"])
        }
        try require(edited.edits.values["place"] == "Lashkar Gah", "the edit is kept")
        try await store.reject(pledge.id, note: "a rumour", by: reviewer) { before, after in
            auditEntry("reject", "review_cluster", String(after.id), before: before.state.rawValue, after: after.state.rawValue)
        }
        let entries = try await store.auditEntries(matching: AuditFilter(kind: "review_cluster"), limit: 10, offset: 0)
        try require(
            entries.map { "\($0.action) \($0.recordID) \($0.before ?? "") \($0.after ?? "")" } == [
                "reject \(pledge.id) pending rejected", "edit \(attack.id) none Lashkar Gah",
            ], "each decision's entry sees the cluster before and after it: \(entries.map { [$0.before, $0.after] })")
        do {
            _ = try await store.edit(attack.id, set: ["colour=red"], by: reviewer) { _, _ in auditEntry("edit", "review_cluster", "refused") }
            try require(false, "an unknown field is refused")
        } catch is TruceError {}
        struct Unwritable: Error {}
        do {
            _ = try await store.accept(attack.id, by: reviewer, allowNonAct: false, indicator: nil) { _, _ in throw Unwritable() }
            try require(false, "an accept whose entry cannot be made fails")
        } catch is Unwritable {}
        try require(try await store.reviewCluster(attack.id).state == .pending, "the accept whose entry failed is undone")
        try await refuseAuditEntries()
        var refused = false
        do {
            _ = try await store.accept(attack.id, by: reviewer, allowNonAct: false, indicator: nil) { _, after in
                auditEntry("accept", "review_cluster", String(after.id))
            }
        } catch { refused = true }
        try require(refused, "an accept fails when its entry is refused")
        try require(try await store.reviewCluster(attack.id).state == .pending, "the accept whose entry was refused is undone")
        try require(try await store.snapshots().allSatisfy { $0.source != "review" }, "no review snapshot is left behind")
        try require(try await entryCount(store) == 2, "only the two decisions that landed have entries")
    }

    static func entryCount(_ store: any TruceStorage) async throws -> Int {
        try await store.auditEntryCount(matching: AuditFilter())
    }

    static func auditedWritesLandWithTheirEntries(_ store: any TruceStorage, _: @Sendable () async throws -> Void) async throws {
        try await store.saveAgreement(id: "doha", yaml: "id: doha", savedAt: stamp, recording: auditEntry("create", "agreement", "doha"))
        try require(try await store.agreementYAML(id: "doha") == "id: doha", "the agreement is kept")
        try await store.saveUser(
            StoredUser(name: "ada", role: .admin, passwordHash: "h1", updatedAt: stamp), recording: auditEntry("create", "user", "ada"))
        try await store.saveSession(StoredSession(tokenHash: "s1", user: "ada", csrfToken: "c", expiresAt: 1_000))
        // A new password: the last admin stays an admin (see theLastAdminIsNeverDemoted).
        try await store.saveUser(
            StoredUser(name: "ada", role: .admin, passwordHash: "h2", updatedAt: stamp), recording: auditEntry("update", "user", "ada"))
        try require(try await store.user(named: "ada")?.passwordHash == "h2", "the user is replaced")
        try require(try await store.session(tokenHash: "s1") == nil, "saving a user ends the user's sessions")
        let token = try await store.saveAPIToken(StoredAPIToken(tokenHash: "hash-1", user: "ada", label: "nightly", createdAt: stamp)) { saved in
            auditEntry("create", "api_token", String(saved.id), after: saved.label)
        }
        try require(try await store.apiToken(id: token)?.tokenHash == "hash-1", "the token is kept under the id returned")
        try require(try await store.revokeAPIToken(id: token, at: stamp, recording: auditEntry("revoke", "api_token", String(token))), "revoked")
        try require(try await store.deleteAgreement(id: "doha", recording: auditEntry("delete", "agreement", "doha")), "removed")
        try require(try await store.agreementYAML(id: "doha") == nil, "the agreement is gone")
        let entries = try await store.auditEntries(matching: AuditFilter(), limit: 10, offset: 0)
        try require(
            entries.map { "\($0.action) \($0.kind) \($0.recordID)" } == [
                "delete agreement doha", "revoke api_token \(token)", "create api_token \(token)", "update user ada", "create user ada",
                "create agreement doha",
            ], "one entry per write, in order: \(entries.map(\.action))")
        try require(entries[2].after == "nightly", "the token's entry is made from the token as saved")
    }

    static func aFailingWriteAppendsNoEntry(_ store: any TruceStorage, _: @Sendable () async throws -> Void) async throws {
        try await store.saveUser(StoredUser(name: "ada", role: .admin, passwordHash: "h", updatedAt: stamp))
        let token = StoredAPIToken(tokenHash: "hash-1", user: "ada", label: "nightly", createdAt: stamp)
        let id = try await store.saveAPIToken(token)
        var failures = 0
        // A token of a user who does not exist, and a second token with the same hash: both refused by the schema.
        for refused in [StoredAPIToken(tokenHash: "hash-2", user: "nobody", label: "x", createdAt: stamp), token] {
            do {
                _ = try await store.saveAPIToken(refused) { _ in auditEntry("create", "api_token", "refused") }
            } catch {
                failures += 1
            }
        }
        try require(failures == 2, "a token of an unknown user and a repeated hash are refused")
        struct Unwritable: Error {}
        do {
            _ = try await store.saveAPIToken(StoredAPIToken(tokenHash: "hash-3", user: "ada", label: "y", createdAt: stamp)) { _ in throw Unwritable()
            }
            try require(false, "an entry that cannot be made fails the write")
        } catch is Unwritable {}
        try require(try await store.apiToken(tokenHash: "hash-3") == nil, "the token whose entry could not be made is not kept")
        try require(try await store.deleteAgreement(id: "absent", recording: auditEntry("delete", "agreement", "absent")) == false, "absent")
        try require(
            try await store.revokeAPIToken(id: id + 100, at: stamp, recording: auditEntry("revoke", "api_token", "unknown")) == false, "unknown")
        try require(try await store.revokeAPIToken(id: id, at: stamp), "revoked without an entry")
        try require(try await store.revokeAPIToken(id: id, at: stamp, recording: auditEntry("revoke", "api_token", String(id))) == false, "again")
        let count = try await entryCount(store)
        try require(count == 0, "no write that failed or changed nothing left an entry: \(count)")
        try require(try await store.apiTokens(ofUser: nil).count == 1, "only the first token is kept")
    }

    static func aRefusedEntryUndoesItsWrite(_ store: any TruceStorage, _ refuseAuditEntries: @Sendable () async throws -> Void) async throws {
        try await store.saveAgreement(id: "doha", yaml: "id: doha", savedAt: stamp, recording: auditEntry("create", "agreement", "doha"))
        try await store.saveUser(
            StoredUser(name: "ada", role: .admin, passwordHash: "h1", updatedAt: stamp), recording: auditEntry("create", "user", "ada"))
        let token = try await store.saveAPIToken(StoredAPIToken(tokenHash: "hash-1", user: "ada", label: "nightly", createdAt: stamp)) { saved in
            auditEntry("create", "api_token", String(saved.id))
        }
        try await store.saveSession(StoredSession(tokenHash: "s1", user: "ada", csrfToken: "c", expiresAt: 1_000))
        try await refuseAuditEntries()
        let writes: [(String, @Sendable () async throws -> Void)] = [
            (
                "saving an agreement",
                {
                    try await store.saveAgreement(
                        id: "doha", yaml: "id: changed", savedAt: stamp, recording: auditEntry("update", "agreement", "doha"))
                }
            ),
            (
                "adding an agreement",
                { try await store.saveAgreement(id: "new", yaml: "id: new", savedAt: stamp, recording: auditEntry("create", "agreement", "new")) }
            ),
            ("removing an agreement", { _ = try await store.deleteAgreement(id: "doha", recording: auditEntry("delete", "agreement", "doha")) }),
            (
                "saving a user",
                {
                    try await store.saveUser(
                        StoredUser(name: "ada", role: .admin, passwordHash: "h2", updatedAt: stamp), recording: auditEntry("update", "user", "ada"))
                }
            ),
            (
                "adding a token",
                {
                    _ = try await store.saveAPIToken(StoredAPIToken(tokenHash: "hash-2", user: "ada", label: "x", createdAt: stamp)) { _ in
                        auditEntry("create", "api_token", "2")
                    }
                }
            ),
            (
                "revoking a token",
                { _ = try await store.revokeAPIToken(id: token, at: stamp, recording: auditEntry("revoke", "api_token", String(token))) }
            ),
        ]
        for (name, write) in writes {
            var failed = false
            do { try await write() } catch { failed = true }
            try require(failed, "\(name) fails when its entry is refused")
        }
        try require(try await store.agreementYAML(id: "doha") == "id: doha", "the agreement keeps its text and is not removed")
        try require(try await store.agreementYAML(id: "new") == nil, "no agreement is added")
        let ada = try await store.user(named: "ada")
        try require(ada?.role == .admin && ada?.passwordHash == "h1", "the user is unchanged: \(String(describing: ada))")
        try require(try await store.session(tokenHash: "s1") != nil, "the user's session is not ended")
        try require(try await store.apiTokens(ofUser: nil).map(\.id) == [token], "no token is added")
        try require(try await store.apiToken(id: token)?.revokedAt == nil, "the token is not revoked")
        try require(try await entryCount(store) == 3, "only the entries before the refusal are kept")
    }
}
