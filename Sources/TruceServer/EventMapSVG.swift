import Foundation
import TruceCore
import TruceModel

/// Events as points on a plain equirectangular map drawn on the server: no tile server is reachable
/// offline and no coastline data ships with Truce, so the map shows a graticule (labelled degrees),
/// the points sized by fatalities, and each admin1 area's name at the centre of its points.
/// Every point has a `<title>` in words and links to its day's events.
struct EventMapSVG {
    var points: [MapPoint]
    /// Filters kept on each point's link (actor, type, ...), without the dates.
    var linkPairs: [(String, String?)] = []
    var width = 900.0
    /// The most admin1 names written; the areas with the most events come first.
    var maximumLabels = 25

    /// The radius of a point with `fatalities` deaths: grows with the square root, so area tracks the count.
    static func radius(fatalities: Int) -> Double { min(3 + 1.6 * Double(fatalities).squareRoot(), 24) }

    func render() -> String {
        guard !points.isEmpty else {
            return
                "<svg class=\"event-map\" role=\"img\" viewBox=\"0 0 \(Int(width)) 60\" width=\"\(Int(width))\" height=\"60\" xmlns=\"http://www.w3.org/2000/svg\"><title>No event with a latitude and longitude matches</title><text x=\"10\" y=\"30\">No event with a latitude and longitude matches these filters.</text></svg>"
        }
        let bounds = Bounds(points)
        // Equirectangular, with longitude scaled by the cosine of the middle latitude so shapes keep their proportions.
        let xScale = cos(bounds.midLatitude * .pi / 180)
        let spanX = (bounds.maxLongitude - bounds.minLongitude) * xScale
        let spanY = bounds.maxLatitude - bounds.minLatitude
        let margin = 30.0
        let scale = (width - 2 * margin) / spanX
        let height = min(max(spanY * scale + 2 * margin, 200), 1400)
        let yScale = (height - 2 * margin) / spanY
        func x(_ longitude: Double) -> Double { margin + (longitude - bounds.minLongitude) * xScale * scale }
        func y(_ latitude: Double) -> Double { height - margin - (latitude - bounds.minLatitude) * yScale }

        var parts: [String] = []
        let step = Self.graticuleStep(max(bounds.maxLongitude - bounds.minLongitude, spanY))
        var longitude = (bounds.minLongitude / step).rounded(.up) * step
        while longitude <= bounds.maxLongitude {
            parts.append(
                "<line class=\"graticule\" x1=\"\(fmt(x(longitude)))\" y1=\"\(fmt(margin))\" x2=\"\(fmt(x(longitude)))\" y2=\"\(fmt(height - margin))\" stroke=\"#d5dbe1\"/><text x=\"\(fmt(x(longitude)))\" y=\"\(fmt(height - margin + 14))\" text-anchor=\"middle\">\(degrees(longitude, "E", "W"))</text>"
            )
            longitude += step
        }
        var latitude = (bounds.minLatitude / step).rounded(.up) * step
        while latitude <= bounds.maxLatitude {
            parts.append(
                "<line class=\"graticule\" x1=\"\(fmt(margin))\" y1=\"\(fmt(y(latitude)))\" x2=\"\(fmt(width - margin))\" y2=\"\(fmt(y(latitude)))\" stroke=\"#d5dbe1\"/><text x=\"2\" y=\"\(fmt(y(latitude) - 2))\">\(degrees(latitude, "N", "S"))</text>"
            )
            latitude += step
        }
        // Largest first, so small points stay visible (and clickable) on top of large ones.
        for point in points.sorted(by: { $0.fatalities > $1.fatalities }) {
            let link = "/events" + HTML.query(linkPairs + [("from", point.day.iso), ("to", point.day.iso)])
            let place = [point.place, point.admin1].compactMap { $0 }.joined(separator: ", ")
            let title =
                "\(point.id) · \(point.day.iso) · \(point.type)\(place.isEmpty ? "" : " · \(place)") · \(point.fatalities) fatalit\(point.fatalities == 1 ? "y" : "ies")"
            parts.append(
                "<a href=\"\(link)\"><circle class=\"event-point\" data-fatalities=\"\(point.fatalities)\" cx=\"\(fmt(x(point.longitude)))\" cy=\"\(fmt(y(point.latitude)))\" r=\"\(fmt(Self.radius(fatalities: point.fatalities)))\" fill=\"#b3261e\" fill-opacity=\"0.45\" stroke=\"#8e1b12\"><title>\(HTML.escape(title))</title></circle></a>"
            )
        }
        for area in Self.areas(points).prefix(maximumLabels) {
            parts.append(
                "<text class=\"admin1-label\" x=\"\(fmt(x(area.longitude)))\" y=\"\(fmt(y(area.latitude) - 6))\" text-anchor=\"middle\" font-weight=\"600\" paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"3\">\(HTML.escape(area.name))</text>"
            )
        }
        let total = points.reduce(0) { $0 + $1.fatalities }
        let summary =
            "\(points.count) event\(points.count == 1 ? "" : "s") with \(total) fatalities, \(degrees(bounds.minLatitude, "N", "S")) to \(degrees(bounds.maxLatitude, "N", "S")), \(degrees(bounds.minLongitude, "E", "W")) to \(degrees(bounds.maxLongitude, "E", "W"))"
        return """
            <svg class="event-map" role="img" viewBox="0 0 \(fmt(width)) \(fmt(height))" width="\(fmt(width))" height="\(fmt(height))" \
            xmlns="http://www.w3.org/2000/svg"><title>\(HTML.escape(summary))</title>\
            <rect x="0" y="0" width="\(fmt(width))" height="\(fmt(height))" fill="#f4f8fb"/>\(parts.joined())</svg>
            """
    }

    /// Each admin1 area with its number of points and the mean position of its points, most points first.
    static func areas(_ points: [MapPoint]) -> [(name: String, count: Int, latitude: Double, longitude: Double)] {
        var sums: [String: (count: Int, latitude: Double, longitude: Double)] = [:]
        for point in points {
            guard let name = point.admin1, !name.isEmpty else { continue }
            let sum = sums[name] ?? (0, 0, 0)
            sums[name] = (sum.count + 1, sum.latitude + point.latitude, sum.longitude + point.longitude)
        }
        return sums.map {
            (
                name: $0.key, count: $0.value.count, latitude: $0.value.latitude / Double($0.value.count),
                longitude: $0.value.longitude / Double($0.value.count)
            )
        }
        .sorted { ($0.count, $1.name) > ($1.count, $0.name) }
    }

    /// Degrees between graticule lines: about four to ten lines across the larger span.
    static func graticuleStep(_ span: Double) -> Double {
        for step in [0.25, 0.5, 1, 2, 5, 10, 15, 30] where span / step <= 10 { return step }
        return 30
    }

    private func degrees(_ value: Double, _ positive: String, _ negative: String) -> String {
        let text = String(format: value.rounded() == value ? "%.0f" : "%.2f", abs(value))
        return "\(text)°\(value >= 0 ? positive : negative)"
    }

    private func fmt(_ value: Double) -> String { String(format: "%.1f", value) }

    /// The points' extent, padded, never empty (a single point gets a degree around it).
    private struct Bounds {
        var minLatitude: Double
        var maxLatitude: Double
        var minLongitude: Double
        var maxLongitude: Double
        var midLatitude: Double { (minLatitude + maxLatitude) / 2 }

        init(_ points: [MapPoint]) {
            let latitudes = points.map(\.latitude)
            let longitudes = points.map(\.longitude)
            let padLatitude = max((latitudes.max()! - latitudes.min()!) * 0.05, 0.5)
            let padLongitude = max((longitudes.max()! - longitudes.min()!) * 0.05, 0.5)
            minLatitude = max(latitudes.min()! - padLatitude, -89)
            maxLatitude = min(latitudes.max()! + padLatitude, 89)
            minLongitude = max(longitudes.min()! - padLongitude, -180)
            maxLongitude = min(longitudes.max()! + padLongitude, 180)
        }
    }
}
