extension Schema {
    /// The latest migration, which a current store has applied.
    static var latestMigration: String { migrator.migrations.last ?? "" }

    /// What is the case and what to do when the store at `path` (unnamed when nil), at migration
    /// `applied`, is older than this version of Truce and is read only: it cannot be migrated, and
    /// reading it with today's queries could fail half-way, but it can be verified as it is.
    static func olderSchemaMessage(store path: String?, at applied: String?) -> String {
        let store = path.map { "the store \($0)" } ?? "the store"
        let version = applied.map { "at schema \($0)" } ?? "without a schema"
        return "\(store) is \(version); this version of Truce needs \(latestMigration): open it once with write access, "
            + "which migrates it, or work on a writable copy; verifying it works as it is, without migrating"
    }
}
