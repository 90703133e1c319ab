/// An area drawn on the map for a scope (format version 2): a distance around a point, along a line
/// ("weapons 25 km behind the contact line", a corridor 5 km wide is 2.5 km either side of its road),
/// or inside a polygon (and up to a distance beyond it).
public struct Zone: Hashable, Sendable, Codable {
    /// The point, line or polygon the zone is measured from.
    public var shape: Shape
    /// How far from the shape the zone reaches, in kilometres (0 for a polygon's own outline).
    public var km: Double
    /// Whether an event counts only when all the ground its place precision allows lies in the zone.
    public var precision: Certainty

    /// A zone reaching `km` kilometres from `shape`, counting events by `precision`.
    public init(shape: Shape, km: Double, precision: Certainty = .certain) {
        self.shape = shape
        self.km = km
        self.precision = precision
    }

    /// The geometry a zone is measured from.
    public enum Shape: Hashable, Sendable, Codable {
        case point(Coordinate)
        /// A polyline: a road, a line of contact.
        case line([Coordinate])
        /// A closed ring; the first point need not be repeated at the end.
        case polygon([Coordinate])
        /// One or more polygons, each with holes (GeoJSON's Polygon with inner rings, and MultiPolygon):
        /// a point is inside when it is inside some polygon's outer ring and none of that polygon's holes.
        case polygons([Polygon])
    }

    /// An outer ring and the holes cut out of it (a town a zone does not cover).
    public struct Polygon: Hashable, Sendable, Codable {
        /// The boundary; the first point need not be repeated at the end.
        public var outer: [Coordinate]
        /// Rings inside `outer` whose inside is not part of the polygon.
        public var holes: [[Coordinate]]

        /// A polygon bounded by `outer`, less `holes`.
        public init(outer: [Coordinate], holes: [[Coordinate]] = []) {
            self.outer = outer
            self.holes = holes
        }
    }

    /// How sure an event's place must be for the event to count as inside the zone.
    public enum Certainty: String, Hashable, Sendable, Codable, CaseIterable {
        /// The event's coordinates and their whole uncertainty lie in the zone: an event placed only to a
        /// province centroid is not evidence inside a 5 km corridor.
        case certain
        /// Some of the ground the event's precision allows lies in the zone.
        case possible
    }
}

/// A point in degrees of latitude and longitude (WGS 84).
public struct Coordinate: Hashable, Sendable, Codable {
    /// Degrees north of the equator, -90…90; negative is south.
    public var latitude: Double
    /// Degrees east of Greenwich, -180…180; negative is west.
    public var longitude: Double

    /// The point at `latitude` and `longitude`, in degrees.
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}
