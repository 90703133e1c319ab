import ArgumentParser
import TruceStore

struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create the store (or migrate an existing one).")

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try CLIErrors.reporting {
            let store = try storeOptions.open()
            let migrations = try store.appliedMigrations()
            print("Store ready: \(store.path) (schema \(migrations.last ?? "none"))")
            print("Next: truce import acled FILE --store \(store.path)")
        }
    }
}
