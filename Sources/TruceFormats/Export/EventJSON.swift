public import TruceModel

/// An event as a JSON object: the shape `truce events --format json` prints per
/// event, JSON Lines writes per line and GeoJSON puts in `properties`.
///
/// Flat, in ACLED's vocabulary; every key is always present, `null` when the
/// event has no value, so consumers can rely on the set of keys.
public enum EventJSON {
    /// The keys of ``object(_:)``, in the order it writes them.
    public static let keys = [
        "id", "dataset", "date", "date_precision", "event_type", "sub_event_type", "disorder_type", "actor1", "actor2",
        "assoc_actor_1", "assoc_actor_2", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
        "fatalities", "sources", "notes", "attributes", "provenance",
    ]

    /// The event's fields; attributes sorted by name, so the same event always gives the same text.
    public static func object(_ e: Event) -> JSONValue {
        let attributes = e.attributes.sorted { $0.key < $1.key }.map { JSONValue.Member($0.key, .string($0.value)) }
        let provenance: JSONValue =
            e.provenance.map { p in
                .object([.init("snapshot", .int(p.snapshot.map(Int.init))), .init("file", .string(p.file)), .init("line", .int(p.line))])
            } ?? .null
        return .object([
            .init("id", .string(e.key)),
            .init("dataset", .string(e.dataset)),
            .init("date", .string(e.date.day.iso)),
            .init("date_precision", .string(e.date.precision.rawValue)),
            .init("event_type", .string(e.type.event)),
            .init("sub_event_type", .string(e.type.subEvent)),
            .init("disorder_type", .string(e.type.disorder)),
            .init("actor1", .string(e.actor1.name)),
            .init("actor2", .string(e.actor2.name)),
            .init("assoc_actor_1", .strings(e.actor1.associates)),
            .init("assoc_actor_2", .strings(e.actor2.associates)),
            .init("country", .string(e.location.country)),
            .init("admin1", .string(e.location.admin1)),
            .init("admin2", .string(e.location.admin2)),
            .init("admin3", .string(e.location.admin3)),
            .init("location", .string(e.location.place)),
            .init("latitude", .double(e.location.latitude)),
            .init("longitude", .double(e.location.longitude)),
            .init(
                "fatalities",
                .object([.init("low", .int(e.fatalities.low)), .init("best", .int(e.fatalities.best)), .init("high", .int(e.fatalities.high))])
            ),
            .init("sources", .strings(e.sources)),
            .init("notes", .string(e.notes)),
            .init("attributes", .object(attributes)),
            .init("provenance", provenance),
        ])
    }
}
