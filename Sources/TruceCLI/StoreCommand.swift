import ArgumentParser
import TruceCore
import TruceStore

/// `truce store`: look after the store file itself.
struct StoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Look after the store file.", subcommands: [Verify.self])

    /// `truce store verify`: SQLite's integrity check, the application id and the schema version.
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check the whole store file for damage, that it is a Truce store, and that its schema is current.",
            discussion: "Reads every page, so it takes time on a large store; it never writes. Exits with 1 when something is wrong.")

        @Option(help: "table or json.") var format: OutputFormat = .table
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let verification = try CLIErrors.reporting { () -> StoreVerification in
                let store = try storeOptions.open(readOnly: true, feature: "truce store verify")
                let verification = try store.verify()
                switch format {
                case .json:
                    print(try JSONDocument.string(verification))
                case .table:
                    print("store \(store.path)")
                    print("integrity: \(verification.integrityProblems.isEmpty ? "ok" : "\(verification.integrityProblems.count) problems")")
                    print("application id: \(verification.applicationID)\(verification.applicationID == Store.applicationID ? " (Truce)" : "")")
                    print("schema: \(verification.appliedMigrations.last ?? "none") (current: \(verification.latestMigration))")
                    for problem in verification.problems { print("problem: \(problem)") }
                    print(verification.isSound ? "The store is sound." : "The store has \(verification.problems.count) problems.")
                }
                return verification
            }
            if !verification.isSound { throw ExitCode(1) }
        }
    }
}
