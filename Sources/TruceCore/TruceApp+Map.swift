public import TruceModel
public import TruceStorage

/// An event placed on a map: where, when, what, and how many died.
public struct MapPoint: Hashable, Sendable {
    /// The event's data set and key (`acled:AFG123`).
    public var id: String
    /// The day the event was recorded on.
    public var day: Day
    /// Degrees north, -90...90.
    public var latitude: Double
    /// Degrees east, -180...180.
    public var longitude: Double
    /// The best estimate of fatalities, 0 when none is recorded.
    public var fatalities: Int
    /// The event type.
    public var type: String
    /// The first-level administrative area, when recorded.
    public var admin1: String?
    /// The place name, when recorded.
    public var place: String?
}

/// The events matching a filter that can be drawn on a map.
public struct EventMap: Sendable {
    /// The first ``TruceApp/maximumMapPoints`` matching events with a valid latitude and longitude, oldest first.
    public var points: [MapPoint]
    /// Matching events without a usable latitude and longitude.
    public var unplaced: Int
    /// Whether more placed events matched than ``points`` holds.
    public var truncated: Bool
}

extension TruceApp {
    /// The most points a map draws; beyond this a map is unreadable and slow, so the rest are counted, not drawn.
    public static let maximumMapPoints = 5_000

    /// The events matching `filter` as map points, reading them one at a time; events without coordinates
    /// (or with coordinates outside -90...90, -180...180) are counted in ``EventMap/unplaced``.
    public func eventMap(matching filter: EventFilter, limit: Int = maximumMapPoints) async throws -> EventMap {
        var points: [MapPoint] = []
        var unplaced = 0
        var truncated = false
        try await storage.forEachEvent(matching: filter, limit: nil) { event in
            guard let latitude = event.location.latitude, let longitude = event.location.longitude,
                (-90.0...90.0).contains(latitude), (-180.0...180.0).contains(longitude)
            else {
                unplaced += 1
                return
            }
            guard points.count < limit else {
                truncated = true
                return
            }
            points.append(
                MapPoint(
                    id: "\(event.dataset):\(event.key)", day: event.date.day, latitude: latitude, longitude: longitude,
                    fatalities: max(0, event.fatalities.best ?? 0), type: event.type.event, admin1: event.location.admin1,
                    place: event.location.place))
        }
        return EventMap(points: points, unplaced: unplaced, truncated: truncated)
    }
}
