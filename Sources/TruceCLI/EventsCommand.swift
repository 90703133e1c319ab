import ArgumentParser
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
            let (total, events) = try store.events(matching: filter, limit: effectiveLimit)
            switch format {
            case .json:
                print(try JSONOutput.string(EventList(total: total, events: events.map(EventOutput.init))))
            case .csv:
                print(EventCSV.render(events), terminator: "")
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

struct EventList: Encodable {
    var total: Int
    var events: [EventOutput]
}

/// An event as `truce events --format json` prints it: flat, in ACLED's vocabulary.
struct EventOutput: Encodable {
    var id, dataset, date, datePrecision, eventType: String
    var subEventType, disorderType: String?
    var actor1, actor2: String?
    var assocActor1, assocActor2: [String]
    var country: String
    var admin1, admin2, admin3, location: String?
    var latitude, longitude: Double?
    var fatalities: Fatalities
    var sources: [String]
    var notes: String?
    var attributes: [String: String]
    var provenance: Provenance?

    init(_ e: Event) {
        id = e.key
        dataset = e.dataset
        date = e.date.day.iso
        datePrecision = e.date.precision.rawValue
        eventType = e.type.event
        subEventType = e.type.subEvent
        disorderType = e.type.disorder
        actor1 = e.actor1.name
        actor2 = e.actor2.name
        assocActor1 = e.actor1.associates
        assocActor2 = e.actor2.associates
        country = e.location.country
        admin1 = e.location.admin1
        admin2 = e.location.admin2
        admin3 = e.location.admin3
        location = e.location.place
        latitude = e.location.latitude
        longitude = e.location.longitude
        fatalities = e.fatalities
        sources = e.sources
        notes = e.notes
        attributes = e.attributes
        provenance = e.provenance
    }

    enum CodingKeys: String, CodingKey {
        case id, dataset, date, actor1, actor2, country, admin1, admin2, admin3, location, latitude, longitude, fatalities, sources
        case notes, attributes, provenance
        case datePrecision = "date_precision"
        case eventType = "event_type"
        case subEventType = "sub_event_type"
        case disorderType = "disorder_type"
        case assocActor1 = "assoc_actor_1"
        case assocActor2 = "assoc_actor_2"
    }

    // Absent values print as null, so every event has the same keys.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(dataset, forKey: .dataset)
        try c.encode(date, forKey: .date)
        try c.encode(datePrecision, forKey: .datePrecision)
        try c.encode(eventType, forKey: .eventType)
        try c.encode(subEventType, forKey: .subEventType)
        try c.encode(disorderType, forKey: .disorderType)
        try c.encode(actor1, forKey: .actor1)
        try c.encode(actor2, forKey: .actor2)
        try c.encode(assocActor1, forKey: .assocActor1)
        try c.encode(assocActor2, forKey: .assocActor2)
        try c.encode(country, forKey: .country)
        try c.encode(admin1, forKey: .admin1)
        try c.encode(admin2, forKey: .admin2)
        try c.encode(admin3, forKey: .admin3)
        try c.encode(location, forKey: .location)
        try c.encode(latitude, forKey: .latitude)
        try c.encode(longitude, forKey: .longitude)
        try c.encode(FatalitiesOutput(fatalities), forKey: .fatalities)
        try c.encode(sources, forKey: .sources)
        try c.encode(notes, forKey: .notes)
        try c.encode(attributes, forKey: .attributes)
        try c.encode(provenance, forKey: .provenance)
    }
}

struct FatalitiesOutput: Encodable {
    var fatalities: Fatalities
    init(_ fatalities: Fatalities) { self.fatalities = fatalities }

    enum CodingKeys: String, CodingKey { case low, best, high }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(fatalities.low, forKey: .low)
        try c.encode(fatalities.best, forKey: .best)
        try c.encode(fatalities.high, forKey: .high)
    }
}

/// Events as CSV in ACLED's column names, so the output can be read back by `truce import acled`.
enum EventCSV {
    static let header = [
        "event_id_cnty", "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
        "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "iso3", "region", "country", "admin1", "admin2", "admin3",
        "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "timestamp",
    ]

    static func render(_ events: [Event]) -> String {
        var out = header.joined(separator: ",") + "\n"
        for e in events {
            let precision: Int? =
                switch e.date.precision {
                case .day: 1
                case .week: 2
                case .month: 3
                default: nil
                }
            let cells: [String?] = [
                e.key, e.date.day.iso, precision.map(String.init), e.type.disorder, e.type.event, e.type.subEvent, e.actor1.name,
                e.actor1.associates.joined(separator: "; "), e.actor1.typeCode.map(String.init), e.actor2.name,
                e.actor2.associates.joined(separator: "; "), e.actor2.typeCode.map(String.init), e.interaction.map(String.init),
                e.location.iso3, e.location.region, e.location.country, e.location.admin1, e.location.admin2, e.location.admin3,
                e.location.place, e.location.latitude.map { String($0) }, e.location.longitude.map { String($0) },
                e.location.precision.map(String.init), e.sources.joined(separator: "; "), e.sourceScale, e.notes,
                e.fatalities.best.map(String.init), e.revision.map(String.init),
            ]
            out += cells.map { quote($0 ?? "") }.joined(separator: ",") + "\n"
        }
        return out
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
