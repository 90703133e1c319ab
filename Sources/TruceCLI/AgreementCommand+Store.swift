import ArgumentParser
import TruceCore
import TruceFormats
import TruceStore

extension AgreementCommand {
    /// `truce agreement add FILE`: check an agreement and keep it in the store, for `truce serve`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Check an agreement file and keep it in the store, where `truce serve` lists it.",
            discussion: "Adding a file whose agreement id is already kept replaces the kept version."
        )

        @Argument(help: ArgumentHelp("The agreement file.", valueName: "file"), completion: .file(extensions: ["yaml", "yml"]))
        var file: String
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            try await CLIErrors.reportingAsync {
                let agreement = try await AgreementLibrary(store: try await storeOptions.serverStorage()).add(path: file)
                Terminal.error("Kept \(agreement.id) (\(agreement.provisions.count) provisions) in \(storeOptions.storeName).")
            }
        }
    }

    /// `truce agreement list`: the agreements kept in the store.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the agreements kept in the store.")
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            try await CLIErrors.reportingAsync {
                let agreements = try await AgreementLibrary(store: storeOptions.serverStorage()).agreements()
                var table = TextTable(["ID", "SIGNED", "PROVISIONS", "TITLE"])
                for a in agreements { table.add([a.id, a.signed.iso, String(a.provisions.count), a.title]) }
                print(agreements.isEmpty ? "No agreement kept yet: truce agreement add FILE" : table.render(width: Terminal.width))
            }
        }
    }

    /// `truce agreement remove ID`: stop keeping an agreement.
    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an agreement kept in the store.")
        @Argument(help: ArgumentHelp("The agreement's id.", valueName: "id")) var id: String
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            try await CLIErrors.reportingAsync {
                try await AgreementLibrary(store: storeOptions.serverStorage()).remove(id: id)
                Terminal.error("Removed \(id) from \(storeOptions.storeName).")
            }
        }
    }
}
