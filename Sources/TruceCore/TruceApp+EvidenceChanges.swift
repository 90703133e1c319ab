public import TruceStorage

extension TruceApp {
    /// The store's feed of evidence changes, when it has one (a PostgreSQL store: LISTEN/NOTIFY); nil for a
    /// SQLite file, whose readers look at the store again instead. A server listens to it to refresh the
    /// assessments it shows.
    public var evidenceChangeFeed: (any EvidenceChangeFeed)? { storage as? any EvidenceChangeFeed }
}
