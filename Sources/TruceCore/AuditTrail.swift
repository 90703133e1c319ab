public import Foundation
import TruceModel
public import TruceStorage

/// The use cases' side of the audit log: every write the core makes on a person's behalf is
/// recorded here with the record before and after, as JSON with sorted keys.
///
/// Front ends never write entries themselves; they only list them (``entries(matching:limit:offset:)``).
public struct AuditTrail: Sendable {
    /// Where entries are appended.
    public let log: any AuditLog
    /// Stamps each entry.
    public let clock: WallClock

    /// The most entries one page lists.
    public static let maximumPageSize = 500

    /// A trail appending to `log`, stamped by `clock`.
    public init(log: any AuditLog, clock: WallClock = .system) {
        self.log = log
        self.clock = clock
    }

    /// Who runs a CLI command, as entries name them: `cli:` and the system account.
    public static var commandLineActor: String {
        "cli:" + (ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.environment["LOGNAME"] ?? "unknown")
    }

    /// Appends that `actor` did `action` to the record `id` of `kind`, which was `before` and is now `after`
    /// (nil for a record that did not exist, or no longer does).
    ///
    /// - Returns: the entry as appended, with its id.
    @discardableResult
    public func record<Before: Encodable, After: Encodable>(
        _ action: String, kind: String, id: String, by actor: String, before: Before?, after: After?
    ) async throws -> AuditEntry {
        var entry = try entry(action, kind: kind, id: id, by: actor, before: before, after: after)
        entry.id = try await log.appendAuditEntry(entry)
        return entry
    }

    /// The entry that `actor` did `action` to the record `id` of `kind`, stamped now, not yet appended:
    /// for a store's audited write (``AuditedWrites``), which appends it in the write's own transaction.
    public func entry<Before: Encodable, After: Encodable>(
        _ action: String, kind: String, id: String, by actor: String, before: Before?, after: After?
    ) throws -> AuditEntry {
        AuditEntry(
            at: clock.timestamp, actor: actor, action: action, kind: kind, recordID: id, before: try before.map(Self.json),
            after: try after.map(Self.json))
    }

    /// The entries matching `filter`, newest first, with how many match in all.
    ///
    /// - Throws: ``TruceError`` (`invalidInput`, parameter `limit` or `offset`) for a page outside the bounds.
    public func entries(matching filter: AuditFilter, limit: Int, offset: Int) async throws -> (entries: [AuditEntry], total: Int) {
        guard (1...Self.maximumPageSize).contains(limit) else {
            throw TruceError(.invalidInput, "a page lists 1 to \(Self.maximumPageSize) entries", parameter: "limit")
        }
        guard offset >= 0 else { throw TruceError(.invalidInput, "an offset is 0 or more", parameter: "offset") }
        return (try await log.auditEntries(matching: filter, limit: limit, offset: offset), try await log.auditEntryCount(matching: filter))
    }

    /// The entry `id`.
    ///
    /// - Throws: ``TruceError`` (`notFound`, parameter `entry`) when there is none.
    public func entry(_ id: Int64) async throws -> AuditEntry {
        guard let entry = try await log.auditEntry(id: id) else {
            throw TruceError(.notFound, "the audit log has no entry \(id)", parameter: "entry")
        }
        return entry
    }

    /// `value` as JSON with sorted keys: the form entries keep records in.
    static func json<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A record kept as JSON in an entry, read back.
    static func decode<Value: Decodable>(_ type: Value.Type, from json: String?, entry: AuditEntry) throws -> Value {
        guard let json, let value = try? JSONDecoder().decode(type, from: Data(json.utf8)) else {
            throw TruceError(.invalidInput, "audit entry \(entry.id) keeps no \(entry.kind) record to restore", parameter: "entry")
        }
        return value
    }
}

/// An agreement as audit entries keep it: its id and its YAML, exactly as saved.
public struct AuditedAgreement: Codable, Hashable, Sendable {
    /// The agreement's id.
    public var id: String
    /// The text kept.
    public var yaml: String
}

/// A user as audit entries keep it: never the password hash.
public struct AuditedUser: Codable, Hashable, Sendable {
    /// The login name.
    public var name: String
    /// The role, by name.
    public var role: String
    /// Whether this write set a new password.
    public var passwordChanged: Bool
    /// When the user was removed, for a removed user.
    public var removedAt: String?
    /// The API tokens a removal revoked, by id.
    public var revokedTokens: [Int64]?

    init(name: String, role: String, passwordChanged: Bool, removedAt: String? = nil, revokedTokens: [Int64]? = nil) {
        self.name = name
        self.role = role
        self.passwordChanged = passwordChanged
        self.removedAt = removedAt
        self.revokedTokens = revokedTokens
    }
}

/// An API token as audit entries keep it: never its secret or hash.
public struct AuditedToken: Codable, Hashable, Sendable {
    /// The token's id.
    public var id: Int64
    /// Whose it is.
    public var user: String
    /// Its label.
    public var label: String
    /// When it was revoked, if it was.
    public var revokedAt: String?

    init(_ token: StoredAPIToken) {
        id = token.id
        user = token.user
        label = token.label
        revokedAt = token.revokedAt
    }
}
