import Foundation

/// Great-circle distances on a sphere of the Earth's mean radius.
enum Haversine {
    static let earthRadiusKm = 6371.0088

    /// The distance between two points given in radians, with the cosine of each latitude precomputed.
    static func distanceKm(lat1: Double, lon1: Double, cosLat1: Double, lat2: Double, lon2: Double, cosLat2: Double) -> Double {
        let dLat = sin((lat2 - lat1) / 2)
        let dLon = sin((lon2 - lon1) / 2)
        let h = min(1, dLat * dLat + cosLat1 * cosLat2 * dLon * dLon)
        return 2 * earthRadiusKm * asin(h.squareRoot())
    }

    /// The distance between two points given in degrees.
    static func distanceKm(latitude1: Double, longitude1: Double, latitude2: Double, longitude2: Double) -> Double {
        let r = Double.pi / 180
        return distanceKm(
            lat1: latitude1 * r, lon1: longitude1 * r, cosLat1: cos(latitude1 * r), lat2: latitude2 * r, lon2: longitude2 * r,
            cosLat2: cos(latitude2 * r))
    }
}
