import ArgumentParser
import TruceCore
import TruceFormats
import TruceModel
import TruceStorage

/// `truce export [events]`: every matching event, written as it is read from the store.
struct ExportEventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Export every event matching the filters as CSV (ACLED layout), GeoJSON or JSON Lines.",
        discussion: """
            Events are read with a database cursor and written one by one, so memory does not grow with the store. \
            csv is readable back by `truce import acled`; geojson is an RFC 7946 FeatureCollection; jsonl has one \
            event per line in the shape of `truce events --format json`.
            """
    )

    @Option(help: "csv, geojson or jsonl (default: from the --output file's extension).") var format: ExportFormat?
    @Option(help: "Only events in this country (any case).") var country: String?
    @Option(help: "Only events with an actor whose name contains this text (any case).") var actor: String?
    @Option(help: "Only events on or after this day (YYYY-MM-DD).", transform: DayArgument.parse) var from: Day?
    @Option(help: "Only events on or before this day (YYYY-MM-DD).", transform: DayArgument.parse) var to: Day?
    @Option(help: "Only events of this data set (acled, ucdp, gdelt, …).") var dataset: String?
    @Option(
        name: [.customShort("o"), .long], help: "Write to this file (replaced when the export completes) instead of standard output.",
        completion: .file())
    var output: String?
    @OptionGroup var storeOptions: StoreOptions

    /// The format in effect: the flag, else the output file's extension.
    var effectiveFormat: ExportFormat? { format ?? output.flatMap { ExportFormat(fileName: $0) } }

    func validate() throws {
        if effectiveFormat == nil { throw ValidationError("choose --format csv, geojson or jsonl") }
        if let from, let to, to < from { throw ValidationError("--to \(to) is before --from \(from)") }
    }

    func run() async throws {
        try await CLIErrors.reportingAsync {
            let app = try await storeOptions.app()
            let filter = EventFilter(country: country, actor: actor, from: from, to: to, dataset: dataset)
            let count = try await ExportDestination.write(to: output) { sink in
                switch effectiveFormat ?? .csv {
                case .csv: try await app.exportEvents(matching: filter, with: ACLEDCSVWriter(), to: &sink)
                case .geojson: try await app.exportEvents(matching: filter, with: GeoJSONWriter(), to: &sink)
                case .jsonl: try await app.exportEvents(matching: filter, with: JSONLinesWriter(), to: &sink)
                }
            }
            if let output { Terminal.error("\(count) event\(count == 1 ? "" : "s") written to \(output)") }
        }
    }
}
