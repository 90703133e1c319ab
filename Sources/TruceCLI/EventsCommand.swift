import ArgumentParser
import TruceFormats
import TruceModel
import TruceStore

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
        try CLIErrors.reporting {
            let store = try storeOptions.open()
            let filter = EventFilter(country: country, actor: actor, from: from, to: to)
            let effectiveLimit = limit ?? (format == .table ? 50 : nil)
            if format == .json {
                // Streamed: a million events held as JSON values took gigabytes.
                var output = FileDescriptorSink(descriptor: 1, name: "standard output")
                var list = StreamedJSONArray(key: "events")
                let visited = try store.forEachEvent(matching: filter, limit: effectiveLimit) { event in
                    try list.append(EventJSON.object(event), to: &output)
                }
                let total = effectiveLimit == nil ? visited : try store.eventCount(matching: filter)
                try list.finish(rest: EventListTotal(total: total), to: &output)
                try output.flush()
                return
            }
            let (total, events) = try store.events(matching: filter, limit: effectiveLimit)
            switch format {
            case .json:
                break
            case .csv:
                print(ACLEDCSVWriter().render(events), terminator: "")
            case .table:
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

/// What `truce events --format json` prints after the events array, which ``StreamedJSONArray``
/// writes: the document is `{"events": [each in the shape of ``EventJSON``], "total": n}`.
struct EventListTotal: Encodable {
    /// Every match, also those beyond a limit.
    var total: Int
}
