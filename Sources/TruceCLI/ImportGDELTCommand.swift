import ArgumentParser
import Foundation
import TruceCore

extension ImportCommand {
    /// `truce import gdelt FILE`: a GDELT 1.0 or 2.0 event export.
    struct GDELT: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "gdelt",
            abstract: "Import a GDELT event export (1.0 or 2.0: tab-separated, no header, rows of 57, 58 or 61 columns).",
            discussion: """
                Events are keyed by GLOBALEVENTID in the data set 'gdelt'; re-importing a file stores nothing new. \
                Each row is read by its width, so files that mix GDELT 1.0 rows from before and after April 2013 read whole.
                """
        )

        @Argument(help: "The GDELT export, e.g. 20200304000000.export.CSV.", completion: .file()) var file: String
        @Option(help: "table or json.") var format: OutputFormat = .table
        @OptionGroup var coverage: CoverageOptions
        @Flag(help: "Queue the import for `truce worker` instead of running it (PostgreSQL store only).") var queue = false
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            try await ImportCommand.run(.gdelt, file: file, statedCoverage: try coverage.stated(), storeOptions, format: format, queue: queue)
        }
    }
}
