import ArgumentParser
import Foundation
import TruceStore

/// `truce import gdelt FILE`: a GDELT 1.0 or 2.0 event export.
struct ImportGDELTCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gdelt",
        abstract: "Import a GDELT event export (1.0 or 2.0: tab-separated, no header, 57, 58 or 61 columns).")

    @Argument(help: "The GDELT export, e.g. 20200304000000.export.CSV.", completion: .file()) var file: String
    @Option(help: "table or json.") var format: OutputFormat = .table
    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try CLIErrors.reporting {
            let store = try storeOptions.open()
            let bar = ProgressBar(label: "Importing \(URL(fileURLWithPath: file).lastPathComponent)")
            let report = try store.importGDELT(path: file, importedAt: ImportCommand.now(), progress: bar.update)
            bar.finish()
            try ImportCommand.print(report, format: format)
        }
    }
}
