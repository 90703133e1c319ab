import Foundation
import TruceModel

/// Whether an event lies in a ``Zone``, from its coordinates and the uncertainty its place precision
/// implies. Distances use a flat projection around the event, which is exact enough within a few
/// hundred kilometres.
struct ZoneMatcher {
    let zone: Zone
    /// The uncertainty of rows that state a precision code but no distance (ACLED's), by data set and code.
    var precisionKm: [String: [Int: Double]] = LinkingRules.defaultPrecisionKm

    func contains(_ event: Event) -> Bool {
        guard let latitude = event.location.latitude, let longitude = event.location.longitude else { return false }
        let here = Coordinate(latitude: latitude, longitude: longitude)
        // Unknown precision: as bad as a province centroid for certainty; its coordinates for possibility.
        let radius = event.location.uncertaintyKm ?? event.location.precision.flatMap { precisionKm[event.dataset]?[$0] }
        let distance = distanceKm(from: here)
        switch zone.precision {
        case .certain:
            guard let radius else { return false }
            return distance + radius <= zone.km
        case .possible:
            return distance - (radius ?? 0) <= zone.km
        }
    }

    /// How far `point` is from the zone's shape, in kilometres; negative inside a polygon (the distance to its outline).
    func distanceKm(from point: Coordinate) -> Double {
        let projection = Projection(around: point)
        let origin = projection.xy(point)
        switch zone.shape {
        case .point(let centre):
            let p = projection.xy(centre)
            return hypot(p.x - origin.x, p.y - origin.y)
        case .line(let points):
            return Self.distance(origin, toPolyline: points.map(projection.xy), closed: false)
        case .polygon(let ring):
            let points = ring.map(projection.xy)
            let edge = Self.distance(origin, toPolyline: points, closed: true)
            return Self.inside(origin, points) ? -edge : edge
        case .polygons(let polygons):
            // The distance to the nearest boundary, holes' included: a hole's edge is an edge of the zone.
            var edge = Double.infinity
            var isInside = false
            for polygon in polygons {
                let outer = polygon.outer.map(projection.xy)
                let holes = polygon.holes.map { $0.map(projection.xy) }
                edge = min(edge, Self.distance(origin, toPolyline: outer, closed: true))
                for hole in holes { edge = min(edge, Self.distance(origin, toPolyline: hole, closed: true)) }
                if Self.inside(origin, outer), !holes.contains(where: { Self.inside(origin, $0) }) { isInside = true }
            }
            return isInside ? -edge : edge
        }
    }

    private static func distance(_ p: (x: Double, y: Double), toPolyline points: [(x: Double, y: Double)], closed: Bool) -> Double {
        guard let first = points.first else { return .infinity }
        if points.count == 1 { return hypot(first.x - p.x, first.y - p.y) }
        var best = Double.infinity
        let segments = closed ? points.count : points.count - 1
        for index in 0..<segments {
            let a = points[index]
            let b = points[(index + 1) % points.count]
            let dx = b.x - a.x
            let dy = b.y - a.y
            let length = dx * dx + dy * dy
            let t = length == 0 ? 0 : max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length))
            best = min(best, hypot(a.x + t * dx - p.x, a.y + t * dy - p.y))
        }
        return best
    }

    /// Ray casting: whether `p` is inside the ring.
    private static func inside(_ p: (x: Double, y: Double), _ ring: [(x: Double, y: Double)]) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in ring.indices {
            let a = ring[i]
            let b = ring[j]
            if (a.y > p.y) != (b.y > p.y), p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x { inside.toggle() }
            j = i
        }
        return inside
    }

    /// Kilometres east and north of the prime meridian and equator, scaled at one latitude.
    private struct Projection {
        let kmPerDegreeLongitude: Double
        static let kmPerDegreeLatitude = Haversine.earthRadiusKm * Double.pi / 180

        init(around point: Coordinate) {
            kmPerDegreeLongitude = Self.kmPerDegreeLatitude * cos(point.latitude * Double.pi / 180)
        }

        func xy(_ c: Coordinate) -> (x: Double, y: Double) {
            (c.longitude * kmPerDegreeLongitude, c.latitude * Self.kmPerDegreeLatitude)
        }
    }
}
