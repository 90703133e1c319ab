import ArgumentParser
import TruceCore
import TruceFormats
import TruceModel
import TruceStorage

struct EventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "events", abstract: "List the events in the store.")

    @Option(help: "Only events in this country (any case).") var country: String?
    @Option(help: "Only events with an actor whose name contains this text (any case).") var actor: String?
    @Option(help: "Only events on or after this day (YYYY-MM-DD).", transform: DayArgument.parse) var from: Day?
    @Option(help: "Only events on or before this day (YYYY-MM-DD).", transform: DayArgument.parse) var to: Day?
    @Option(help: "At most this many events (default 50 in a table, all in json and csv).") var limit: Int?
    @Option(help: "table, json or csv.") var format: EventsFormat = .table
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
        if let from, let to, to < from { throw ValidationError("--to \(to) is before --from \(from)") }
    }

    func run() async throws {
        try await CLIErrors.reportingAsync {
            let app = try await storeOptions.app(readOnly: storeOptions.databaseURL == nil && StoreOptions.isReadOnlyFile(storeOptions.path))
            let filter = EventFilter(country: country, actor: actor, from: from, to: to)
            let effectiveLimit = limit ?? (format == .table ? 50 : nil)
            switch format {
            case .json:
                // Streamed: a million events held as JSON values took gigabytes.
                var output = FileDescriptorSink.standardOutput()
                var list = StreamedJSONArray(key: "events")
                let visited = try await app.forEachEvent(matching: filter, limit: effectiveLimit) { event in
                    try list.append(EventJSON.object(event), to: &output)
                }
                let total = effectiveLimit == nil ? visited : try await app.eventCount(matching: filter)
                try list.finish(rest: EventListTotal(total: total), to: &output)
                try output.flush()
            case .csv:
                // Streamed as JSON is, and so it stops reading the store as soon as standard output is closed.
                var output = FileDescriptorSink.standardOutput()
                var writer = ACLEDCSVWriter()
                try writer.begin(&output)
                try await app.forEachEvent(matching: filter, limit: effectiveLimit) { event in try writer.write(event, to: &output) }
                try writer.end(&output)
                try output.flush()
            case .table:
                let page = try await app.events(matching: filter, limit: effectiveLimit)
                let (total, events) = (page.total, page.events)
                var table = TextTable(["DATE", "ID", "TYPE", "ACTOR 1", "ACTOR 2", "ADMIN1", "DEATHS"])
                for e in events {
                    table.add([
                        e.date.day.iso, e.key, e.type.subEvent ?? e.type.event, e.actor1.name ?? "", e.actor2.name ?? "",
                        e.location.admin1 ?? e.location.country, e.fatalities.best.map(String.init) ?? "",
                    ])
                }
                if !events.isEmpty { print(table.render(width: Terminal.width)) }
                print("\(events.count) of \(total) event\(total == 1 ? "" : "s")" + (events.count < total ? " (use --limit to see more)" : ""))
            }
        }
    }
}
