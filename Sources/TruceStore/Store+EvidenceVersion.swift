import GRDB
import TruceStorage

extension Store {
    /// The store's evidence version (see ``EvidenceStore/evidenceVersion()``): one row, bumped by
    /// triggers inside every transaction that writes evidence or a review decision.
    public func evidenceVersion() async throws -> Int64 {
        try await reading { store in
            try store.read { db in try Int64.fetchOne(db, sql: "SELECT version FROM evidence_version WHERE id = 1") ?? 0 }
        }
    }
}
