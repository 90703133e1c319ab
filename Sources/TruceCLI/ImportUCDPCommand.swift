import ArgumentParser
import Foundation
import TruceCore

extension ImportCommand {
    /// `truce import ucdp FILE [--actors ACTORLIST.csv]`.
    struct UCDP: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ucdp",
            abstract: "Import a UCDP GED CSV file (GED 19.1, the current GED download, or HDX's layout).",
            discussion: """
                Events are keyed by GED's id in the data set 'ucdp'; re-importing a file stores nothing new. \
                With --actors, each side is coded by its ActorId in the UCDP Actor Dataset, and the notices say \
                how many side names it did not know.
                """
        )

        @Argument(help: "The GED CSV file.", completion: .file(extensions: ["csv"])) var file: String
        @Option(help: "The UCDP Actor Dataset CSV (e.g. ucdp-actor-221.csv), to code sides by ActorId.", completion: .file(extensions: ["csv"]))
        var actors: String?
        @Option(help: "table or json.") var format: OutputFormat = .table
        @OptionGroup var coverage: CoverageOptions
        @Flag(help: "Queue the import for `truce worker` instead of running it (PostgreSQL store only).") var queue = false
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            try await ImportCommand.run(
                .ucdp, file: file, actorList: actors, statedCoverage: try coverage.stated(), storeOptions, format: format, queue: queue)
        }
    }
}
