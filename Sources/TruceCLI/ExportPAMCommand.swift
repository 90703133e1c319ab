import ArgumentParser
import TruceCore
import TruceFormats
import TruceModel

/// `truce export pam`: each provision's implementation score for each year, on the
/// Peace Accords Matrix's scale (0 not initiated … 3 full).
struct ExportPAMCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pam",
        abstract: "Score each provision for each year on the Peace Accords Matrix scale (0 not initiated … 3 full).",
        discussion: """
            Each year from the signing to the last day is assessed as of December 31 (the last day, for the final year), \
            and each provision's status becomes a score: complied or complied late 3; pending or overdue by measured \
            progress toward the target (0 none, 1 under half-way, 2 from half-way); violated 0, flagged; lapsed and \
            inconclusive blank. One row per provision per year. The rule in full: docs/exports.md.
            """
    )

    @Argument(help: "The agreement YAML file.", completion: .file(extensions: ["yaml", "yml"])) var agreement: String
    @Option(name: .customLong("from-year"), help: "The first year (default: the year of the signing).") var fromYear: Int?
    @Option(name: .customLong("to-year"), help: "The last year (default: the year of the last day).") var toYear: Int?
    @Option(
        name: .customLong("as-of"), help: "The last day whose evidence counts (YYYY-MM-DD; default today).", transform: DayArgument.parse)
    var asOf: Day?
    @Option(help: "Score this reading where a provision has it (the others by their text).") var reading: String = Provision.textReading
    @Option(help: "csv or json.") var format: ScoresFormat = .csv
    @Option(
        name: [.customShort("o"), .long], help: "Write to this file (replaced when the export completes) instead of standard output.",
        completion: .file())
    var output: String?
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if let fromYear, let toYear, toYear < fromYear { throw ValidationError("--to-year \(toYear) is before --from-year \(fromYear)") }
        for year in [fromYear, toYear].compactMap({ $0 }) where !(1...9999).contains(year) {
            throw ValidationError("\(year) is not a year: write it with four digits, e.g. 2020")
        }
    }

    func run() async throws {
        try await CLIErrors.reportingAsync {
            let app = try await storeOptions.app()
            let loaded = try app.agreement(path: agreement)
            let document = try await app.implementationScores(
                ScoresRequest(agreement: loaded, fromYear: fromYear, toYear: toYear, asOf: asOf, reading: reading))
            try await ExportDestination.write(to: output) { sink in
                switch format {
                case .csv: try ImplementationScoreCSVWriter().write(document.scores, to: &sink)
                case .json: try sink.write(try JSONDocument.string(document) + "\n")
                }
            }
            let count = document.scores.count
            if let output { Terminal.error("\(count) score\(count == 1 ? "" : "s") written to \(output)") }
        }
    }
}
