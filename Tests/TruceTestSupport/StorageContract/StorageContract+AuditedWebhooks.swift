import TruceModel
import TruceStorage

extension StorageContract {
    /// A webhook's save and removal land with their entries, made from the webhook as it was; a save
    /// that fails (no such agreement) appends nothing; an entry that cannot be made or appended undoes its change.
    static func webhookChangesLandWithTheirEntries(
        _ store: any TruceStorage, _ refuseAuditEntries: @Sendable () async throws -> Void
    ) async throws {
        try await store.saveAgreement(id: "doha", yaml: "id: doha", savedAt: stamp, recording: auditEntry("create", "agreement", "doha"))
        let first = StoredWebhook(agreement: "doha", url: "https://example.org/a", savedAt: stamp)
        let entry: @Sendable (StoredWebhook?, StoredWebhook?) -> AuditEntry = { before, after in
            auditEntry("change", "webhook", "doha", before: before?.url, after: after?.url)
        }
        try await store.saveWebhook(first) { before in entry(before, first) }
        let second = StoredWebhook(agreement: "doha", url: "https://example.org/b", savedAt: stamp)
        try await store.saveWebhook(second) { before in entry(before, second) }
        try require(try await store.removeWebhook(agreement: "doha") { removed in entry(removed, nil) }, "removing a webhook says it was there")
        try require(
            try await store.removeWebhook(agreement: "doha") { _ in auditEntry("delete", "webhook", "none") } == false,
            "removing it again changes nothing")
        let entries = try await store.auditEntries(matching: AuditFilter(kind: "webhook"), limit: 10, offset: 0)
        try require(
            entries.map { "\($0.before ?? "-") \($0.after ?? "-")" } == [
                "https://example.org/b -", "https://example.org/a https://example.org/b", "- https://example.org/a",
            ], "each change's entry sees the webhook before it: \(entries.map { [$0.before, $0.after] })")

        let orphan = StoredWebhook(agreement: "karabakh", url: "https://example.org/k", savedAt: stamp)
        var failed = false
        do { try await store.saveWebhook(orphan) { before in entry(before, orphan) } } catch { failed = true }
        try require(failed, "a webhook of an agreement that is not kept is refused")
        struct Unwritable: Error {}
        do {
            try await store.saveWebhook(first) { _ in throw Unwritable() }
            try require(false, "a save whose entry cannot be made fails")
        } catch is Unwritable {}
        try require(try await store.webhooks().isEmpty, "the save whose entry failed is undone")
        try await store.saveWebhook(first) { before in entry(before, first) }
        try await refuseAuditEntries()
        var refused = false
        do { try await store.saveWebhook(second) { before in entry(before, second) } } catch { refused = true }
        try require(refused, "a save fails when its entry is refused")
        refused = false
        do { _ = try await store.removeWebhook(agreement: "doha") { removed in entry(removed, nil) } } catch { refused = true }
        try require(refused, "a removal fails when its entry is refused")
        try require(try await store.webhooks().map(\.url) == ["https://example.org/a"], "the refused save and removal are undone")
        try require(
            try await store.auditEntryCount(matching: AuditFilter(kind: "webhook")) == 4, "only the changes that landed have entries")
    }
}
