import ArgumentParser
import TruceEngine
import TruceFormats
import TruceModel
import TruceStore

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
            try CLIErrors.reporting {
                let store = try storeOptions.open()
                let actors: [ActorDefinition]
                let label: String
                if let agreement {
                    let loaded = try AgreementLoader.load(path: agreement)
                    actors = loaded.actors
                    label = loaded.id
                } else {
                    actors = try store.registeredActors()
                    label = "every agreement checked with this store"
                    if actors.isEmpty {
                        throw ValidationError("no agreement has been checked with this store yet: name one with --agreement FILE")
                    }
                }
                let report = UnmappedReport(agreement: label, actors: actors, counts: try store.actorNameCounts(dataset: dataset))
                switch format {
                case .json:
                    print(try JSONOutput.string(report))
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

/// `truce actors unmapped`: which names the agreement's actors do not cover.
struct UnmappedReport: Encodable {
    var agreement: String
    var unmapped: [ActorNameCount]
    var mappedNames: Int
    var unmappedNames: Int
    var mappedSides: Int
    var unmappedSides: Int

    init(agreement: String, actors: [ActorDefinition], counts: [ActorNameCount]) {
        let matcher = ActorMatcher(
            agreement: Agreement(id: agreement, title: agreement, signed: Day(ordinal: 0), parties: [], actors: actors, provisions: []))
        let (mapped, unmapped) = counts.reduce(into: ([ActorNameCount](), [ActorNameCount]())) { split, entry in
            if matcher.actors(on: EventActor(name: entry.name, code: entry.code)).isEmpty {
                split.1.append(entry)
            } else {
                split.0.append(entry)
            }
        }
        self.agreement = agreement
        self.unmapped = unmapped
        mappedNames = mapped.count
        unmappedNames = unmapped.count
        mappedSides = mapped.reduce(0) { $0 + $1.events }
        unmappedSides = unmapped.reduce(0) { $0 + $1.events }
    }

    enum CodingKeys: String, CodingKey {
        case agreement, unmapped
        case mappedNames = "mapped_names"
        case unmappedNames = "unmapped_names"
        case mappedSides = "mapped_sides"
        case unmappedSides = "unmapped_sides"
    }
}
