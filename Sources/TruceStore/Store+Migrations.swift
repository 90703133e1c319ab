import GRDB

extension Store {
    /// Opens a store migrated only up to `migration` (e.g. `v2`): a store as an earlier
    /// version of Truce left it, for testing that later migrations keep its data.
    static func open(path: String, upTo migration: String) throws -> Store {
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: migration)
        return Store(path: path, database: queue)
    }
}
