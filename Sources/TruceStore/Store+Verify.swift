import Foundation
import GRDB
import TruceModel
public import TruceStorage

extension Store {
    /// Checks the whole file (every page of every table and index, not only those a command
    /// happens to read), that it is marked as Truce's, and that its schema is current.
    /// Opening the store already refused another application's file; this finds damage.
    ///
    /// - Throws: ``TruceError`` (`store`) only when the file cannot be read at all.
    public func verify() throws -> StoreVerification {
        do {
            return try read { db in
                let findings = try String.fetchAll(db, sql: "PRAGMA integrity_check(100)").filter { $0 != "ok" }
                let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                // In the order they were applied (names need not sort), then any this version does not know.
                let appliedSet = try Schema.migrator.appliedIdentifiers(db)
                let known = Schema.migrator.migrations
                let applied = known.filter(appliedSet.contains) + appliedSet.subtracting(known).sorted()
                let latest = Schema.migrator.migrations.last ?? ""
                var problems = findings.map { "damaged: \($0)" }
                if !foreignKeys.isEmpty {
                    problems.append("\(foreignKeys.count) rows point to rows that do not exist (foreign keys)")
                }
                if applicationID != Store.applicationID {
                    problems.append("the file is not marked as a Truce store (application id \(applicationID), expected \(Store.applicationID))")
                }
                if !applied.contains(latest) {
                    // Verifying never migrates: the user decides when a store is upgraded.
                    let at = try Schema.migrator.appliedMigrations(db).last ?? "nothing"
                    problems.append(
                        "the schema is at \(at), this version of Truce expects \(latest): open the store once with write access to migrate it")
                }
                // A spread narrower than the rows makes date windows skip events without a word.
                if findings.isEmpty, let recorded = try EventDateSpread.recorded(in: db) {
                    let stored = try EventDateSpread.stored(in: db)
                    if !recorded.covers(stored) {
                        problems.append(
                            "the recorded spread of event dates (\(recorded)) is narrower than the stored events' (\(stored)), "
                                + "so date windows miss events: this is a bug in Truce, please report it")
                    }
                }
                return StoreVerification(
                    integrityProblems: findings, applicationID: applicationID, appliedMigrations: applied, latestMigration: latest,
                    problems: problems)
            }
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB {
                return StoreVerification(
                    integrityProblems: [error.message ?? "\(error.resultCode)"], applicationID: 0, appliedMigrations: [],
                    latestMigration: Schema.migrator.migrations.last ?? "", problems: ["damaged: \(error.message ?? "\(error.resultCode)")"])
            }
            throw StoreErrors.translate(error, path: path, doing: "verify")
        }
    }
}
