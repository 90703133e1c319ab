import TruceModel
public import TruceStorage

extension StorageContract {
    /// The entry of a cluster a decision touched: the action, and its state before and after.
    static func clusterEntry(_ action: String) -> ClusterEntry {
        { before, after in auditEntry(action, "review_cluster", String(after.id), before: before.state.rawValue, after: after.state.rawValue) }
    }

    static func everyReviewDecisionLandsWithItsEntries(
        _ store: any TruceStorage, _ refuseAuditEntries: @Sendable () async throws -> Void
    ) async throws {
        let (attack, pledge) = try await storeArticles(store)
        try await store.merge(pledge.id, into: attack.id, by: reviewer, recording: clusterEntry("merge"))
        try await store.reopen(pledge.id, by: reviewer, recording: clusterEntry("reopen"))
        try await store.replaceEdits(attack.id, with: ReviewEdits(), by: reviewer, recording: clusterEntry("edit"))
        try await store.reject([attack.id, pledge.id, attack.id], note: "rumours", by: reviewer, recording: clusterEntry("reject"))
        let entries = try await store.auditEntries(matching: AuditFilter(kind: "review_cluster"), limit: 20, offset: 0)
        let (a, p) = (attack.id, pledge.id)
        try require(
            entries.reversed().map { "\($0.action) \($0.recordID) \($0.before ?? "")>\($0.after ?? "")" } == [
                "merge \(p) pending>merged", "merge \(a) pending>pending", "reopen \(p) merged>pending", "edit \(a) pending>pending",
                "reject \(a) pending>rejected", "reject \(p) pending>rejected",
            ], "one entry per cluster touched, once each, in the order named: \(entries.reversed().map { "\($0.action) \($0.recordID)" })")
        // A decision the store refuses appends nothing.
        do {
            try await store.reopen(9_999, by: reviewer, recording: clusterEntry("reopen"))
            try require(false, "an unknown cluster is refused")
        } catch is TruceError {}
        try require(try await entryCount(store) == 6, "a refused decision appends no entry")
        // An entry that cannot be made undoes the decision.
        struct Unwritable: Error {}
        do {
            try await store.reopen(attack.id, by: reviewer) { _, _ in throw Unwritable() }
            try require(false, "a reopen whose entry cannot be made fails")
        } catch is Unwritable {}
        try require(try await store.reviewCluster(attack.id).state == .rejected, "the reopen whose entry failed is undone")
        try await refuseAuditEntries()
        let refused: [(String, @Sendable () async throws -> Void)] = [
            ("reopening", { try await store.reopen(a, by: reviewer, recording: clusterEntry("reopen")) }),
            ("reopening the other", { try await store.reopen(p, by: reviewer, recording: clusterEntry("reopen")) }),
        ]
        for (name, decide) in refused {
            var failed = false
            do { try await decide() } catch { failed = true }
            try require(failed, "\(name) fails when its entry is refused")
        }
        try require(try await store.reviewCluster(a).state == .rejected, "the first cluster stays rejected")
        try require(try await store.reviewCluster(p).state == .rejected, "the second cluster stays rejected")
        try require(try await entryCount(store) == 6, "only the entries of the decisions that landed are kept")
    }

    /// The entry of a user's removal, with the tokens it revoked.
    static func removalEntry(_ user: StoredUser, _ revoked: [Int64]) -> AuditEntry {
        auditEntry("remove", "user", user.name, before: user.role.rawValue, after: revoked.map(String.init).joined(separator: ","))
    }

    static func aUserRemovalLandsWithItsEntry(_ store: any TruceStorage, _ refuseAuditEntries: @Sendable () async throws -> Void) async throws {
        for name in ["ada", "bo", "cy"] {
            try await store.saveUser(StoredUser(name: name, role: .admin, passwordHash: "h", updatedAt: stamp))
        }
        let kept = try await store.saveAPIToken(StoredAPIToken(tokenHash: "hash-1", user: "bo", label: "nightly", createdAt: stamp))
        let other = try await store.saveAPIToken(StoredAPIToken(tokenHash: "hash-2", user: "bo", label: "backup", createdAt: stamp))
        try await store.saveSession(StoredSession(tokenHash: "s-bo", user: "bo", csrfToken: "c", expiresAt: 1_000))
        try require(
            try await store.removeUser(named: "bo", at: stamp, recording: removalEntry) == .removed(revokedTokens: 2), "bo is removed")
        let entries = try await store.auditEntries(matching: AuditFilter(kind: "user"), limit: 10, offset: 0)
        try require(
            entries.map { "\($0.action) \($0.recordID) \($0.before ?? "") \($0.after ?? "")" } == ["remove bo admin \(kept),\(other)"],
            "the removal's entry names the tokens it revoked: \(entries.map { $0.after ?? "" })")
        // Removals that do not happen append nothing.
        try require(try await store.removeUser(named: "nobody", at: stamp, recording: removalEntry) == .notFound, "unknown")
        try require(try await store.removeUser(named: "bo", at: stamp, recording: removalEntry) == .alreadyRemoved, "removed before")
        try require(try await store.removeUser(named: "ada", at: stamp, recording: removalEntry) == .removed(revokedTokens: 0), "ada")
        try require(try await store.removeUser(named: "cy", at: stamp, recording: removalEntry) == .lastAdmin, "the last admin stays")
        try require(try await entryCount(store) == 2, "only the two removals that happened have entries")
        // An entry that cannot be made, or is refused, undoes the removal.
        try await store.saveUser(StoredUser(name: "di", role: .analyst, passwordHash: "h", updatedAt: stamp))
        let token = try await store.saveAPIToken(StoredAPIToken(tokenHash: "hash-3", user: "di", label: "x", createdAt: stamp))
        try await store.saveSession(StoredSession(tokenHash: "s-di", user: "di", csrfToken: "c", expiresAt: 1_000))
        struct Unwritable: Error {}
        do {
            _ = try await store.removeUser(named: "di", at: stamp) { _, _ in throw Unwritable() }
            try require(false, "a removal whose entry cannot be made fails")
        } catch is Unwritable {}
        try await refuseAuditEntries()
        var failed = false
        do { _ = try await store.removeUser(named: "di", at: stamp, recording: removalEntry) } catch { failed = true }
        try require(failed, "a removal fails when its entry is refused")
        try require(try await store.user(named: "di")?.removedAt == nil, "the user is not removed")
        try require(try await store.session(tokenHash: "s-di") != nil, "the user's session is not ended")
        try require(try await store.apiToken(id: token)?.revokedAt == nil, "the user's token is not revoked")
        try require(try await entryCount(store) == 2, "no entry is added")
    }

    static func theLastAdminIsNeverDemoted(_ store: any TruceStorage, _: @Sendable () async throws -> Void) async throws {
        try await store.saveUser(
            StoredUser(name: "ada", role: .admin, passwordHash: "h1", updatedAt: stamp), recording: auditEntry("create", "user", "ada"))
        try await store.saveSession(StoredSession(tokenHash: "s1", user: "ada", csrfToken: "c", expiresAt: 1_000))
        for role in [Role.analyst, .viewer] {
            do {
                try await store.saveUser(
                    StoredUser(name: "ada", role: role, passwordHash: "h2", updatedAt: stamp), recording: auditEntry("update", "user", "ada"))
                try require(false, "the last admin is not made \(role.rawValue)")
            } catch let error as TruceError {
                try require(error.code == .conflict && error.parameter == "role", "refused as a conflict over the role: \(error)")
            }
        }
        let ada = try await store.user(named: "ada")
        try require(ada?.role == .admin && ada?.passwordHash == "h1", "the last admin is unchanged: \(String(describing: ada))")
        try require(try await store.session(tokenHash: "s1") != nil, "their session is not ended")
        try require(try await entryCount(store) == 1, "a refused save appends no entry")
        // A new password for the last admin, and a demotion once another admin exists, are fine.
        try await store.saveUser(
            StoredUser(name: "ada", role: .admin, passwordHash: "h3", updatedAt: stamp), recording: auditEntry("update", "user", "ada"))
        try await store.saveUser(
            StoredUser(name: "bo", role: .admin, passwordHash: "h", updatedAt: stamp), recording: auditEntry("create", "user", "bo"))
        try await store.saveUser(
            StoredUser(name: "ada", role: .viewer, passwordHash: "h3", updatedAt: stamp), recording: auditEntry("update", "user", "ada"))
        try require(try await store.user(named: "ada")?.role == .viewer, "an admin who is not the last may be demoted")
        try require(try await entryCount(store) == 4, "each save that landed has its entry")
    }
}
