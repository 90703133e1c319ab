public import TruceModel

/// Events as CSV in ACLED's column layout, readable back by ``ACLEDReader`` (`truce import acled`).
///
/// The columns are always the same (``columns``), whatever the events: ACLED's
/// current export layout plus `iso3`. Of the attributes (columns Truce does not
/// model), the ones of ACLED's current layout — `year`, `civilian_targeting`,
/// `iso`, `tags` — have their own columns, so an ACLED export goes through an
/// export and a re-import unchanged; other attributes are left out, so the
/// column set never depends on which files were imported. `year` comes from the
/// event's date when the event has none.
///
/// What ACLED's layout cannot carry is lost: the data set name (a re-import is
/// `acled`), fatality bounds other than the best estimate, date precisions other
/// than day, week and month. JSON Lines keeps everything.
public struct ACLEDCSVWriter: EventStreamWriter, Sendable {
    /// The header row, in order.
    public static let columns = [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "iso3", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ]

    public init() {}

    public mutating func begin<Sink: ByteSink>(_ sink: inout Sink) throws {
        try sink.write(Self.columns.joined(separator: ",") + "\n")
    }

    public mutating func write<Sink: ByteSink>(_ event: Event, to sink: inout Sink) throws {
        try sink.write(CSVCell.line(Self.cells(of: event)))
    }

    public mutating func end<Sink: ByteSink>(_ sink: inout Sink) throws {}

    /// The event's cells, in the order of ``columns``; `nil` for an empty cell.
    public static func cells(of e: Event) -> [String?] {
        let precision: Int? =
            switch e.date.precision {
            case .day: 1
            case .week: 2
            case .month: 3
            default: nil
            }
        return [
            e.key, e.date.day.iso, e.attributes["year"] ?? String(e.date.day.year), precision.map(String.init),
            e.type.disorder, e.type.event, e.type.subEvent,
            e.actor1.name, list(e.actor1.associates), e.actor1.typeCode.map(String.init),
            e.actor2.name, list(e.actor2.associates), e.actor2.typeCode.map(String.init), e.interaction.map(String.init),
            e.attributes["civilian_targeting"], e.attributes["iso"], e.location.iso3, e.location.region, e.location.country,
            e.location.admin1, e.location.admin2, e.location.admin3, e.location.place,
            e.location.latitude.flatMap(coordinate), e.location.longitude.flatMap(coordinate), e.location.precision.map(String.init),
            list(e.sources), e.sourceScale, e.notes, e.fatalities.best.map(String.init), e.attributes["tags"],
            e.revision.map(String.init),
        ]
    }

    /// ACLED separates names in one cell with `; `.
    private static func list(_ names: [String]) -> String? { names.isEmpty ? nil : names.joined(separator: "; ") }

    /// The shortest text that reads back as the same number; nothing for a value that is not finite.
    private static func coordinate(_ value: Double) -> String? { value.isFinite ? String(value) : nil }
}
