import ArgumentParser
import Foundation
import TruceCore
import TruceModel

/// `truce incidents`: the events that several data sets report, linked into incidents.
struct IncidentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incidents",
        abstract: "List incidents that several data sets report, with their members and combined fatalities.",
        discussion: """
            Events from different data sets that describe the same incident (date within their precision, \
            place within a distance or their precision, compatible actors and type) are linked into one \
            incident; the evaluator counts incidents, not rows. The rules are described in docs/incidents.md.
            """
    )

    @Option(help: "Only events in this country (any case; \"Myanmar\" also finds \"Myanmar (Burma)\").") var country: String?
    @Option(help: "Only events that may fall on or after this day (YYYY-MM-DD).", transform: DayArgument.parse) var from: Day?
    @Option(help: "Only events that may fall on or before this day (YYYY-MM-DD).", transform: DayArgument.parse) var to: Day?
    @Option(help: "table or json.") var format: OutputFormat = .table
    @Option(help: "A JSON file of linking rules; keys left out keep their defaults (see docs/incidents.md).", completion: .file())
    var rules: String?
    @Option(help: "Link events with coordinates up to this far apart (default 25, or the rules file's).") var maxDistanceKm: Double?
    @Option(help: "Days allowed between two events' date spans (default 1, or the rules file's).") var dateSlackDays: Int?
    @Flag(help: "Also list the incidents that only one event reports.") var all = false
    @Flag(help: "Print only the counts: events, incidents, links, by data-set pair.") var summary = false
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if let from, let to, to < from { throw ValidationError("--to \(to) is before --from \(from)") }
        if let maxDistanceKm, !(maxDistanceKm >= 0) { throw ValidationError("--max-distance-km must be 0 or more") }
        if let dateSlackDays, dateSlackDays < 0 { throw ValidationError("--date-slack-days must be 0 or more") }
    }

    func run() async throws {
        try await CLIErrors.reportingAsync {
            let app = try await storeOptions.app(readOnly: storeOptions.databaseURL == nil && StoreOptions.isReadOnlyFile(storeOptions.path))
            let rules = try linkingRules(app)
            // Streamed: incidents are written as they settle, so a million events need no more
            // memory than the few weeks the linking window spans.
            var output = FileDescriptorSink.standardOutput()
            var list = StreamedJSONArray(key: "incidents")
            let counts = try await app.linkIncidents(IncidentsRequest(country: country, from: from, to: to, rules: rules)) {
                incident, members in
                guard !summary, all || incident.isLinked else { return }
                switch format {
                case .json: try list.append(IncidentOutput(incident, events: members), to: &output)
                case .table: print(IncidentText.block(incident, events: members, width: Terminal.width) + "\n")
                }
            }
            switch (format, summary) {
            case (.json, true):
                print(try JSONDocument.string(counts))
            case (.json, false):
                try list.finish(rest: IncidentListTail(rules: rules, summary: counts), to: &output)
                try output.flush()
            case (.table, _):
                print(counts.text)
            }
        }
    }

    /// The rules file's (or the defaults), with the flags applied over them.
    private func linkingRules(_ app: TruceApp) throws -> LinkingRules {
        var result = LinkingRules()
        if let rules {
            guard let data = FileManager.default.contents(atPath: rules) else {
                throw TruceError(.unreadableFile, "cannot read the rules file \(rules)")
            }
            result = try app.linkingRules(json: [UInt8](data), name: rules)
        }
        if let maxDistanceKm { result.maxDistanceKm = maxDistanceKm }
        if let dateSlackDays { result.dateSlackDays = dateSlackDays }
        return result
    }
}
