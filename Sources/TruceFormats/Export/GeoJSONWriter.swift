public import TruceModel

/// Events as a GeoJSON FeatureCollection (RFC 7946), one Feature per event.
///
/// Each Feature has:
/// - `id`: `dataset:key` (`acled:AFG90061`), unique in a store that holds several data sets;
/// - `geometry`: a Point with coordinates `[longitude, latitude]` (that order, as §3.1.1
///   requires), rounded to 6 decimals (about 0.1 m, §11.2), or `null` when the event has no
///   coordinates, or coordinates that are not finite or off the globe (§3.2 allows an
///   unlocated Feature);
/// - `properties`: the event in the shape of ``EventJSON``, so the names are those of
///   `truce events --format json`.
///
/// There is no `crs` member (RFC 7946 removed it: coordinates are WGS 84) and no
/// foreign member. One Feature per line, so the output streams and diffs well; the
/// whole is one JSON text.
public struct GeoJSONWriter: EventStreamWriter, Sendable {
    private var written = 0

    public init() {}

    public mutating func begin<Sink: ByteSink>(_ sink: inout Sink) throws {
        try sink.write("{\"type\":\"FeatureCollection\",\"features\":[")
    }

    public mutating func write<Sink: ByteSink>(_ event: Event, to sink: inout Sink) throws {
        var text = written == 0 ? "\n" : ",\n"
        Self.feature(event).write(into: &text)
        written += 1
        try sink.write(text)
    }

    public mutating func end<Sink: ByteSink>(_ sink: inout Sink) throws {
        try sink.write(written == 0 ? "]}\n" : "\n]}\n")
    }

    /// The event as a Feature.
    public static func feature(_ event: Event) -> JSONValue {
        .object([
            .init("type", .string("Feature")),
            .init("id", .string("\(event.dataset):\(event.key)")),
            .init("geometry", geometry(event.location)),
            .init("properties", EventJSON.object(event)),
        ])
    }

    /// A Point at the location, or `null` without usable coordinates.
    static func geometry(_ location: Location) -> JSONValue {
        guard let latitude = location.latitude, let longitude = location.longitude,
            latitude.isFinite, longitude.isFinite, abs(latitude) <= 90, abs(longitude) <= 180
        else { return .null }
        let position = JSONValue.array([.rounded(longitude, places: 6), .rounded(latitude, places: 6)])
        return .object([.init("type", .string("Point")), .init("coordinates", position)])
    }
}
