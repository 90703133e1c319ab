/// What checking a store found: the backend's own integrity check, how the store is marked, and
/// the schema. Every backend reports in these terms, so front ends show any of them alike.
public struct StoreVerification: Hashable, Sendable, Codable {
    /// The backend's integrity check's findings (SQLite's `PRAGMA integrity_check`); empty when sound.
    public var integrityProblems: [String]
    /// The number that marks the store as Truce's (SQLite's application id), as found.
    public var applicationID: Int32
    /// The schema migrations applied, oldest first, and the latest this version of Truce knows.
    public var appliedMigrations: [String]
    /// The latest migration this version of Truce knows.
    public var latestMigration: String
    /// Everything that is wrong, one sentence each; empty for a sound, current Truce store.
    public var problems: [String]

    /// Whether nothing is wrong.
    public var isSound: Bool { problems.isEmpty }

    /// A verification as a backend found it.
    public init(integrityProblems: [String], applicationID: Int32, appliedMigrations: [String], latestMigration: String, problems: [String]) {
        self.integrityProblems = integrityProblems
        self.applicationID = applicationID
        self.appliedMigrations = appliedMigrations
        self.latestMigration = latestMigration
        self.problems = problems
    }
}
