import ArgumentParser
import TruceCore

struct SnapshotsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "snapshots", abstract: "List the imports the store holds.")

    @Option(help: "table or json.") var format: OutputFormat = .table
    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await CLIErrors.reportingAsync {
            let snapshots = try await storeOptions.app().snapshots()
            switch format {
            case .json:
                print(try JSONDocument.string(snapshots))
            case .table:
                var table = TextTable(["ID", "SOURCE", "FILE", "READ", "STORED", "UPDATED", "UNCHANGED", "REJECTED", "IMPORTED", "SHA-256"])
                for s in snapshots {
                    let c = s.counts
                    table.add([
                        String(s.id), s.source, s.file, String(c.read), String(c.stored), String(c.updated), String(c.unchanged),
                        String(c.rejected), s.importedAt, String(s.fileHash.prefix(12)),
                    ])
                }
                print(snapshots.isEmpty ? "No imports yet: truce import acled FILE" : table.render(width: Terminal.width))
            }
        }
    }
}
