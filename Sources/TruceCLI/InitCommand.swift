import ArgumentParser
import TruceCore

struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create the store (or migrate an existing one).")

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await CLIErrors.reportingAsync {
            let version = try await storeOptions.app().schemaVersion()
            print("Store ready: \(storeOptions.path) (schema \(version ?? "none"))")
            print("Next: truce import acled FILE --store \(storeOptions.path)")
        }
    }
}
