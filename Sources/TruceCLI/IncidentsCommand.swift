import ArgumentParser
import Foundation
import TruceEngine
import TruceModel
import TruceStore

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
        try CLIErrors.reporting {
            let rules = try linkingRules()
            let store = try storeOptions.open()
            let events = try store.eventsForLinking(country: country, from: from, to: to)
            let incidents = IncidentLinker.link(events, rules: rules)
            let counts = IncidentSummary(events: events, incidents: incidents)
            let shown = all ? incidents : incidents.filter(\.isLinked)
            let byRef = Dictionary(events.map { (EventRef($0), $0) }, uniquingKeysWith: { first, _ in first })
            switch (format, summary) {
            case (.json, true):
                print(try JSONOutput.string(counts))
            case (.json, false):
                let list = IncidentList(
                    rules: rules, summary: counts, incidents: shown.map { IncidentOutput($0, events: $0.members.compactMap { byRef[$0] }) })
                print(try JSONOutput.string(list))
            case (.table, true):
                print(counts.text)
            case (.table, false):
                for incident in shown {
                    print(IncidentText.block(incident, events: incident.members.compactMap { byRef[$0] }, width: Terminal.width) + "\n")
                }
                print(counts.text)
            }
        }
    }

    /// The rules file's (or the defaults), with the flags applied over them.
    private func linkingRules() throws -> LinkingRules {
        var result = LinkingRules()
        if let rules {
            let url = URL(fileURLWithPath: rules)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw TruceError(.unreadableFile, "cannot read the rules file \(rules)")
            }
            do {
                result = try JSONDecoder().decode(LinkingRules.self, from: data)
            } catch {
                throw TruceError(.invalidInput, "the rules file \(rules) is not valid: \(IncidentText.describe(error))")
            }
        }
        if let maxDistanceKm { result.maxDistanceKm = maxDistanceKm }
        if let dateSlackDays { result.dateSlackDays = dateSlackDays }
        return result
    }
}
