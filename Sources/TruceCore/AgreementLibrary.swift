import Foundation
import TruceFormats
public import TruceModel
public import TruceStorage

/// The agreements a team keeps in its store: added as checked YAML, listed, read back and removed.
///
/// Every front end that lists agreements (the server, `truce agreement add`) goes through here, so
/// that what is kept always loads and every id can be named in a URL or a file name.
public struct AgreementLibrary: Sendable {
    /// Where the YAML is kept, each save and removal with its audit entry.
    public let store: any AuditedWrites
    /// Where every save and removal is recorded, with the text before and after: the store's own log.
    public let audit: AuditTrail
    /// Stamps each save.
    public let clock: WallClock
    /// Agreements parsed before, shared by every copy of this library.
    let parsed = ParsedAgreements()

    /// A library over `store`, recording writes in its audit log, stamping saves and entries from `clock`.
    public init(store: any AuditedWrites, clock: WallClock = .system) {
        self.store = store
        self.audit = AuditTrail(log: store, clock: clock)
        self.clock = clock
    }

    /// The longest id kept; longer ones are refused.
    public static let maximumIDLength = 100

    /// Whether `id` can name a kept agreement: 1 to ``maximumIDLength`` ASCII letters, digits,
    /// `-`, `_` and `.`, starting with a letter or digit — so no path, query or markup hides in it.
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.utf8.first, id.utf8.count <= maximumIDLength, isAlphanumeric(first) else { return false }
        return id.utf8.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// Checks `yaml` as an agreement and keeps it under the agreement's own id, replacing an
    /// earlier version; `name` names the text in error locations. The audit log records `actor`
    /// saving it, with the text it replaced.
    ///
    /// - Returns: the agreement as loaded.
    /// - Throws: ``AgreementErrors`` with every problem and its line, or ``TruceError`` (`invalidAgreement`)
    ///   when the agreement's id is not one ``isValidID(_:)`` accepts.
    @discardableResult
    public func add(yaml: String, name: String, by actor: String) async throws -> Agreement {
        try await save(yaml: yaml, name: name, by: actor, action: nil)
    }

    private func save(yaml: String, name: String, by actor: String, action: String?) async throws -> Agreement {
        let agreement = try AgreementLoader.parse(yaml: yaml, file: name)
        guard Self.isValidID(agreement.id) else {
            throw TruceError(
                .invalidAgreement,
                "the agreement's id must be 1 to \(Self.maximumIDLength) letters, digits, '-', '_' or '.', starting with a letter or digit, to be kept in the store",
                at: SourceLocation(file: name, line: 1, column: 1), parameter: "id")
        }
        let before = try await store.agreementYAML(id: agreement.id)
        let entry = try audit.entry(
            action ?? (before == nil ? "create" : "update"), kind: Self.auditKind, id: agreement.id, by: actor,
            before: before.map { AuditedAgreement(id: agreement.id, yaml: $0) }, after: AuditedAgreement(id: agreement.id, yaml: yaml))
        try await store.saveAgreement(id: agreement.id, yaml: yaml, savedAt: clock.timestamp, recording: entry)
        return agreement
    }

    /// The kind audit entries about agreements carry.
    public static let auditKind = "agreement"

    /// Checks the agreement file at `path` and keeps its text, as ``add(yaml:name:by:)`` does.
    ///
    /// - Throws: as ``add(yaml:name:by:)``; ``TruceError`` (`unreadableFile`) when the file cannot be read.
    @discardableResult
    public func add(path: String, by actor: String) async throws -> Agreement {
        _ = try AgreementLoader.load(path: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TruceError(.unreadableFile, "agreement file '\(path)' cannot be read; check its permissions")
        }
        return try await add(yaml: String(decoding: data, as: UTF8.self), name: path, by: actor)
    }

    /// Every kept agreement, loaded, ordered by id.
    ///
    /// - Throws: what the store throws; ``AgreementErrors`` if a kept text no longer loads.
    public func agreements() async throws -> [Agreement] {
        var agreements: [Agreement] = []
        for id in try await store.agreementIDs() {
            if let yaml = try await store.agreementYAML(id: id) { agreements.append(try parsed.agreement(yaml: yaml, file: id)) }
        }
        return agreements
    }

    /// The kept agreement `id`, loaded.
    ///
    /// - Throws: ``TruceError`` with parameter `agreement`: `invalidInput` for an id that no kept
    ///   agreement can have, `notFound` when none is kept under it.
    public func agreement(id: String) async throws -> Agreement {
        guard let yaml = try await yaml(id: id) else { throw notFound(id) }
        return try parsed.agreement(yaml: yaml, file: id)
    }

    /// The YAML kept under `id`, or nil when there is none.
    ///
    /// - Throws: ``TruceError`` (`invalidInput`, parameter `agreement`) for an id no kept agreement can have.
    public func yaml(id: String) async throws -> String? {
        guard Self.isValidID(id) else {
            throw TruceError(
                .invalidInput, "an agreement id is letters, digits, '-', '_' and '.', starting with a letter or digit", parameter: "agreement")
        }
        return try await store.agreementYAML(id: id)
    }

    /// Removes the kept agreement `id`. The audit log records its text in the same transaction, so a
    /// removal can always be undone (``restore(entry:by:)``).
    ///
    /// - Throws: ``TruceError`` (parameter `agreement`) as ``agreement(id:)`` does.
    public func remove(id: String, by actor: String) async throws {
        guard let yaml = try await yaml(id: id) else { throw notFound(id) }
        let entry = try audit.entry(
            "delete", kind: Self.auditKind, id: id, by: actor, before: AuditedAgreement(id: id, yaml: yaml), after: AuditedAgreement?.none)
        guard try await store.deleteAgreement(id: id, recording: entry) else { throw notFound(id) }
    }

    /// Keeps again the text an agreement had before the write audit entry `entry` records (a
    /// removal, or a save that replaced it), checked as ``add(yaml:name:by:)`` checks it.
    ///
    /// - Throws: ``TruceError`` (parameter `entry`) when the entry is not about an agreement or
    ///   records none before its write; as ``add(yaml:name:by:)`` for a text that no longer loads.
    @discardableResult
    public func restore(entry: AuditEntry, by actor: String) async throws -> Agreement {
        guard entry.kind == Self.auditKind else {
            throw TruceError(
                .invalidInput, "audit entry \(entry.id) is about \(entry.kind.withIndefiniteArticle), not an agreement", parameter: "entry")
        }
        let kept = try AuditTrail.decode(AuditedAgreement.self, from: entry.before, entry: entry)
        return try await save(yaml: kept.yaml, name: "audit entry \(entry.id)", by: actor, action: "restore")
    }

    private func notFound(_ id: String) -> TruceError {
        TruceError(.notFound, "the store keeps no agreement '\(id)'", parameter: "agreement")
    }
}
