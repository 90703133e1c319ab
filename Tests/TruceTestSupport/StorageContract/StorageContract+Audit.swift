public import TruceStorage

extension StorageContract {
    /// A named check of an ``AuditLog`` and an ``APITokenStore``.
    public struct AuditCheck: Sendable, CustomStringConvertible {
        public let name: String
        public let run: @Sendable (any AuditLog & APITokenStore & AccountStore) async throws -> Void
        public var description: String { name }
    }

    /// Every check of the audit and token part of the contract; a backend runs them on a fresh, empty store.
    public static let audit: [AuditCheck] = [
        AuditCheck(name: "audit entries are appended, numbered and listed newest first", run: auditEntriesAreAppendedAndListed),
        AuditCheck(name: "audit entries filter by kind, record and actor, literally", run: auditEntriesFilterLiterally),
        AuditCheck(name: "API tokens are found by hash, listed by owner and revoked once", run: apiTokensAreFoundListedAndRevoked),
    ]

    static func auditEntry(
        _ action: String, _ kind: String, _ id: String, actor: String = "ada", before: String? = nil, after: String? = nil
    )
        -> AuditEntry
    {
        AuditEntry(at: stamp, actor: actor, action: action, kind: kind, recordID: id, before: before, after: after)
    }

    static func auditEntriesAreAppendedAndListed(_ store: any AuditLog & APITokenStore & AccountStore) async throws {
        try require(try await store.auditEntryCount(matching: AuditFilter()) == 0, "a new store's log is empty")
        let first = try await store.appendAuditEntry(auditEntry("create", "agreement", "doha", after: #"{"yaml":"a"}"#))
        let second = try await store.appendAuditEntry(auditEntry("delete", "agreement", "doha", before: #"{"yaml":"a"}"#))
        let third = try await store.appendAuditEntry(auditEntry("create", "user", "mina", actor: "cli:root", after: #"{"role":"viewer"}"#))
        try require(first < second && second < third, "ids ascend: \(first), \(second), \(third)")
        let all = try await store.auditEntries(matching: AuditFilter(), limit: 10, offset: 0)
        try require(all.map(\.id) == [third, second, first], "newest first: \(all.map(\.id))")
        let deleted = try await store.auditEntry(id: second)
        try require(
            deleted?.before == #"{"yaml":"a"}"# && deleted?.after == nil && deleted?.action == "delete" && deleted?.actor == "ada"
                && deleted?.at == stamp,
            "an entry comes back as appended: \(String(describing: deleted))")
        let page = try await store.auditEntries(matching: AuditFilter(), limit: 1, offset: 1)
        try require(page.map(\.id) == [second], "paged: \(page.map(\.id))")
        try require(try await store.auditEntries(matching: AuditFilter(), limit: 5, offset: 9).isEmpty, "past the end is empty")
        try require(try await store.auditEntry(id: third + 100) == nil, "an unknown id is nil")
    }

    static func auditEntriesFilterLiterally(_ store: any AuditLog & APITokenStore & AccountStore) async throws {
        try await store.appendAuditEntry(auditEntry("create", "agreement", "doha"))
        try await store.appendAuditEntry(auditEntry("create", "agreement", "karabakh", actor: "mina"))
        try await store.appendAuditEntry(auditEntry("create", "user", "doha"))
        try require(try await store.auditEntryCount(matching: AuditFilter(kind: "agreement")) == 2, "by kind")
        try require(try await store.auditEntryCount(matching: AuditFilter(kind: "agreement", recordID: "doha")) == 1, "by kind and record")
        try require(try await store.auditEntryCount(matching: AuditFilter(recordID: "doha")) == 2, "by record over kinds")
        let mina = try await store.auditEntries(matching: AuditFilter(actor: "mina"), limit: 10, offset: 0)
        try require(mina.map(\.recordID) == ["karabakh"], "by actor: \(mina.map(\.recordID))")
        for hostile in ["%", "doha' OR '1'='1", "_oha"] {
            try require(try await store.auditEntryCount(matching: AuditFilter(recordID: hostile)) == 0, "'\(hostile)' matches literally")
        }
    }

    static func apiTokensAreFoundListedAndRevoked(_ store: any AuditLog & APITokenStore & AccountStore) async throws {
        try await store.saveUser(StoredUser(name: "ada", role: .admin, passwordHash: "h", updatedAt: stamp))
        try await store.saveUser(StoredUser(name: "mina", role: .analyst, passwordHash: "h", updatedAt: stamp))
        let one = try await store.saveAPIToken(StoredAPIToken(tokenHash: "hash-1", user: "ada", label: "nightly", createdAt: stamp))
        let two = try await store.saveAPIToken(StoredAPIToken(tokenHash: "hash-2", user: "mina", label: "laptop", createdAt: stamp))
        let three = try await store.saveAPIToken(StoredAPIToken(tokenHash: "hash-3", user: "ada", label: "backup", createdAt: stamp))
        try require(one < two && two < three, "ids ascend")
        let found = try await store.apiToken(tokenHash: "hash-2")
        try require(
            found?.id == two && found?.user == "mina" && found?.label == "laptop" && found?.revokedAt == nil,
            "found by hash: \(String(describing: found))")
        try require(try await store.apiToken(tokenHash: "hash-9") == nil, "an unknown hash finds nothing")
        try require(try await store.apiTokens(ofUser: "ada").map(\.id) == [one, three], "one user's tokens, by id")
        try require(try await store.apiTokens(ofUser: nil).map(\.id) == [one, two, three], "everyone's tokens")
        try require(try await store.revokeAPIToken(id: one, at: "2026-02-02T00:00:00Z"), "revoking a working token changes it")
        try require(try await store.revokeAPIToken(id: one, at: "2026-03-03T00:00:00Z") == false, "revoking twice changes nothing")
        let revoked = try await store.apiToken(id: one)
        try require(revoked?.revokedAt == "2026-02-02T00:00:00Z", "the first revocation time stays: \(String(describing: revoked))")
        try require(try await store.apiToken(tokenHash: "hash-1")?.revokedAt != nil, "a revoked token is kept, marked")
        try require(try await store.revokeAPIToken(id: 999, at: stamp) == false, "an unknown id changes nothing")
    }
}
