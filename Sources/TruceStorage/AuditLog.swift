/// One write as the audit log keeps it: who changed which record, when, and the record before
/// and after as JSON, so that nothing changes or disappears without a trace.
public struct AuditEntry: Hashable, Sendable, Codable {
    /// Ascending in the order entries were appended; 0 for an entry not yet appended.
    public var id: Int64
    /// When the write happened, ISO 8601.
    public var at: String
    /// Who made it: a user name, or `cli:` and the account that ran a command.
    public var actor: String
    /// What was done: `create`, `update`, `delete`, `restore`, `remove`, `revoke`, `accept`, `reject`, `edit`.
    public var action: String
    /// The kind of record: `agreement`, `user`, `api_token`, `event`, `observation`, `claim`, `review_cluster`, `import`.
    public var kind: String
    /// The record's id within its kind.
    public var recordID: String
    /// The record before the write, as JSON; nil when it did not exist.
    public var before: String?
    /// The record after the write, as JSON; nil when the write removed it.
    public var after: String?

    /// An entry; `id` is given by the log when it is appended.
    public init(
        id: Int64 = 0, at: String, actor: String, action: String, kind: String, recordID: String, before: String?, after: String?
    ) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.kind = kind
        self.recordID = recordID
        self.before = before
        self.after = after
    }
}

/// Which audit entries to list; every member left nil matches all.
public struct AuditFilter: Hashable, Sendable {
    /// Only entries about records of this kind.
    public var kind: String?
    /// Only entries about the record with this id (of ``kind``, when given).
    public var recordID: String?
    /// Only entries made by this actor.
    public var actor: String?

    /// A filter; nothing given matches every entry.
    public init(kind: String? = nil, recordID: String? = nil, actor: String? = nil) {
        self.kind = kind
        self.recordID = recordID
        self.actor = actor
    }
}

/// The append-only audit log: entries are added and read, never changed or removed (the SQLite
/// backend refuses both with triggers).
public protocol AuditLog: Sendable {
    /// Appends `entry` (its `id` ignored) and returns the id it was given, greater than every earlier one.
    @discardableResult
    func appendAuditEntry(_ entry: AuditEntry) async throws -> Int64
    /// The entries matching `filter`, newest first (by id), `limit` of them from `offset`.
    func auditEntries(matching filter: AuditFilter, limit: Int, offset: Int) async throws -> [AuditEntry]
    /// How many entries match `filter`.
    func auditEntryCount(matching filter: AuditFilter) async throws -> Int
    /// The entry `id`, or nil when there is none.
    func auditEntry(id: Int64) async throws -> AuditEntry?
}
