import ArgumentParser
import TruceCore

struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create the store (or migrate an existing one).")

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await CLIErrors.reportingAsync {
            let version = try await storeOptions.app().schemaVersion()
            print("Store ready: \(storeOptions.storeName) (schema \(version ?? "none"))")
            if storeOptions.databaseURL != nil {
                print("Next: truce import acled FILE --database URL (or with $TRUCE_DATABASE_URL set)")
            } else {
                print("Next: truce import acled FILE --store \(storeOptions.path)")
            }
        }
    }
}
