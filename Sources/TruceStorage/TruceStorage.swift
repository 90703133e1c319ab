/// Everything the application core needs from storage. SQLite (TruceStore) is the first
/// backend; any other must pass the same contract suite (Tests/TruceTestSupport/StorageContract).
public typealias TruceStorage = EvidenceStore & EventCatalog & ImportStore & SnapshotStore & ActorStore & ReviewStore & ArticleStore
