/// The actor names an import registers: those of the rows it stored or updated, gathered
/// while it writes them.
///
/// The registry used to be filled at the end of an import by selecting the actors of the
/// snapshot's rows, which read the whole events table twice (a million-row import spent
/// seconds on it). Here the reading thread says which names a row is the first to carry
/// (`PreparedEvent.newActors`), so the writing thread does work only for those: a name first
/// seen on an unchanged or stale row waits in `skipped` until a written row carries it.
struct ActorRegistration {
    private(set) var names: Set<String> = []
    private var skipped: Set<String> = []

    /// Notes a row of the import: `written` when it was stored or updated.
    mutating func add(newNames: [String], actor1: String?, actor2: String?, written: Bool) {
        guard written else {
            skipped.formUnion(newNames)
            return
        }
        names.formUnion(newNames)
        // Only a re-import that left rows unchanged gets here with skipped names to check.
        guard !skipped.isEmpty else { return }
        for name in [actor1, actor2] {
            if let name, let moved = skipped.remove(name) { names.insert(moved) }
        }
    }
}
