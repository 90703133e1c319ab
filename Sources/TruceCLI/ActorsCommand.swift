import ArgumentParser
import TruceCore
import TruceFormats
import TruceModel

struct ActorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "Check how the data sets' actor names map to agreement actors.",
        subcommands: [Unmapped.self]
    )

    struct Unmapped: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unmapped",
            abstract: "List the actor names in the store that map to no agreement actor, with how many event sides name them.",
            discussion: """
                Names map through the agreement's aliases (exact, or prefixes ending in *) and data-set codes \
                (codes: [gdelt:AFGTAL]). Add the names that matter to the agreement before trusting an assessment.
                """
        )

        @Option(help: "The agreement whose actors to map to (default: every agreement checked with this store).")
        var agreement: String?
        @Option(help: "Only events of this data set (acled, ucdp, gdelt, …).") var dataset: String?
        @Option(help: "At most this many names (default 50 in a table, all in json).") var limit: Int?
        @Option(help: "table or json.") var format: OutputFormat = .table
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            try await CLIErrors.reportingAsync {
                let app = try await storeOptions.app()
                let report = try await app.unmappedActors(of: try agreement.map { try app.agreement(path: $0) }, dataset: dataset)
                let label = report.agreement
                switch format {
                case .json:
                    print(try JSONDocument.string(report))
                case .table:
                    let shown = report.unmapped.prefix(limit ?? 50)
                    var table = TextTable(["EVENT SIDES", "NAME", "CODE"])
                    for entry in shown { table.add([String(entry.events), entry.name ?? "", entry.code ?? ""]) }
                    if !shown.isEmpty { print(table.render(width: Terminal.width)) }
                    print(
                        "\(report.unmappedNames) of \(report.unmappedNames + report.mappedNames) names map to no actor of \(label) "
                            + "(\(report.unmappedSides) of \(report.unmappedSides + report.mappedSides) event sides)."
                            + (shown.count < report.unmapped.count ? " Showing \(shown.count); --limit for more." : ""))
                }
            }
        }
    }
}
