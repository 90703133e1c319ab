/// Everything the application core needs from storage. SQLite (TruceStore) is the first
/// backend; any other must pass the same contract suite (Tests/TruceTestSupport/StorageContract).
///
/// Agreements, accounts, API tokens, the audit log and alerts are part of it: every backend keeps
/// them, so no use case has to do without.
public typealias TruceStorage = EvidenceStore & EventCatalog & ImportStore & SnapshotStore & ActorStore & ReviewStore & ArticleStore
    & AuditedWrites & AuditedReviewDecisions & AuditedImports & AlertStore
