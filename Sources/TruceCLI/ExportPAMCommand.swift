import ArgumentParser
import TruceEngine
import TruceFormats
import TruceModel
import TruceStore

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
        try CLIErrors.reporting {
            let loaded = try AgreementLoader.load(path: agreement)
            if reading != Provision.textReading, !loaded.provisions.contains(where: { $0.readings.contains { $0.name == reading } }) {
                let known = [Provision.textReading] + Set(loaded.provisions.flatMap { $0.readings.map(\.name) }).sorted()
                throw ValidationError("no provision of \(agreement) has a reading '\(reading)'; its readings: \(known.joined(separator: ", "))")
            }
            let lastDay = asOf ?? CheckCommand.today()
            let first = fromYear ?? loaded.signed.year
            let last = toYear ?? lastDay.year
            guard last <= lastDay.year else {
                throw ValidationError("--to-year \(last) is after the last day assessed, \(lastDay) (\(asOf == nil ? "today" : "--as-of"))")
            }
            guard first <= last else { throw ValidationError("--from-year \(first) is after the last year \(last)") }
            let store = try storeOptions.open()
            let scores = try ImplementationScorer(agreement: loaded, reading: reading).scores(store, years: first...last, through: lastDay)
            try ExportDestination.write(to: output) { sink in
                switch format {
                case .csv:
                    try ImplementationScoreCSVWriter().write(scores, to: &sink)
                case .json:
                    let document = ScoresDocument(
                        agreement: loaded.id, fromYear: first, toYear: last, asOf: lastDay, reading: reading, scores: scores)
                    try sink.write(try JSONOutput.string(document) + "\n")
                }
            }
            if let output { Terminal.error("\(scores.count) score\(scores.count == 1 ? "" : "s") written to \(output)") }
        }
    }
}

/// `truce export pam --format json`: the scores with what they were computed from.
struct ScoresDocument: Encodable {
    var agreement: String
    var fromYear: Int
    var toYear: Int
    var asOf: Day
    var reading: String
    var scale = "pam"
    var scores: [ImplementationScore]

    enum CodingKeys: String, CodingKey {
        case agreement, reading, scale, scores
        case fromYear = "from_year"
        case toYear = "to_year"
        case asOf = "as_of"
    }
}
