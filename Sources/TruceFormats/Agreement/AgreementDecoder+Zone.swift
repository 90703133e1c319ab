import Foundation
import TruceModel
import Yams

extension AgreementDecoder {
    static let zoneKeys = ["km", "point", "line", "polygon", "geojson", "precision"]

    /// `within: {km: 2.5, line: [[lat, lon], …]}`, a `point`, a `polygon` or a `geojson` file beside the agreement.
    func decodeZone(_ node: Node, _ what: String) -> Zone? {
        let shape = "a mapping with one of point, line, polygon or geojson, and km, e.g. '{km: 2.5, line: [[39.64, 46.55], [39.76, 46.75]]}'"
        guard let fields = fields(of: node, what, allowed: Self.zoneKeys, shape: shape) else { return nil }
        let shapes = fields.entries.filter { ["point", "line", "polygon", "geojson"].contains($0.key) }
        guard shapes.count == 1, let entry = shapes.first else {
            report("\(what) needs exactly one of point, line, polygon or geojson, not \(shapes.count)", at: fields.node)
            return nil
        }
        var km: Double? = 0
        if let kmEntry = optional(fields, "km", in: what) {
            km = number(kmEntry.value, "'km' of \(what)", example: "2.5")
            if let value = km, value < 0 {
                report("'km' of \(what) is \(value); a distance is 0 or more", at: kmEntry.value)
                km = nil
            }
        } else if entry.key != "polygon" && entry.key != "geojson" {
            report("\(what) has no 'km': say how far from the \(entry.key) the zone reaches, e.g. 'km: 2.5'", at: fields.node)
            km = nil
        }
        var precision = Zone.Certainty.certain
        if let precisionEntry = optional(fields, "precision", in: what), let value = string(precisionEntry.value, "'precision' of \(what)") {
            if let certainty = Zone.Certainty(rawValue: value) {
                precision = certainty
            } else {
                report(
                    "'precision' of \(what) is '\(value)'; use 'certain' (all the ground the event's place precision allows lies in the zone) "
                        + "or 'possible' (some of it does)", at: precisionEntry.value)
                return nil
            }
        }
        let decoded: Zone.Shape?
        switch entry.key {
        case "point": decoded = coordinate(entry.value, "'point' of \(what)").map { .point($0) }
        case "line": decoded = coordinates(entry.value, "'line' of \(what)", atLeast: 2).map { .line($0) }
        case "polygon": decoded = coordinates(entry.value, "'polygon' of \(what)", atLeast: 3).map { .polygon($0) }
        default: decoded = geoJSON(entry.value, what)
        }
        guard let decoded, let km else { return nil }
        return Zone(shape: decoded, km: km, precision: precision)
    }

    /// `[latitude, longitude]` in degrees.
    private func coordinate(_ node: Node, _ what: String) -> Coordinate? {
        guard case .sequence(let pair) = node, pair.count == 2,
            let latitude = number(pair[0], "the latitude in \(what)", example: "39.64"),
            let longitude = number(pair[1], "the longitude in \(what)", example: "46.55")
        else {
            if case .sequence(let pair) = node, pair.count == 2 { return nil }
            report("\(what) must be [latitude, longitude] in degrees, e.g. [39.64, 46.55], not \(describe(node))", at: node)
            return nil
        }
        guard (-90...90).contains(latitude), (-180...180).contains(longitude) else {
            report("\(what) is [\(latitude), \(longitude)]: latitude runs -90 to 90 and longitude -180 to 180; write [latitude, longitude]", at: node)
            return nil
        }
        return Coordinate(latitude: latitude, longitude: longitude)
    }

    private func coordinates(_ node: Node, _ what: String, atLeast minimum: Int) -> [Coordinate]? {
        guard case .sequence(let items) = node, items.count >= minimum else {
            report("\(what) must be a list of at least \(minimum) [latitude, longitude] points", at: node)
            return nil
        }
        let points = items.compactMap { coordinate($0, what) }
        return points.count == items.count ? points : nil
    }

    /// A GeoJSON file beside the agreement: a Point, LineString or Polygon (its outer ring), bare or
    /// as the one feature of a Feature or FeatureCollection. GeoJSON writes [longitude, latitude].
    private func geoJSON(_ node: Node, _ what: String) -> Zone.Shape? {
        guard let name = string(node, "'geojson' of \(what)") else { return nil }
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        let path = name.hasPrefix("/") ? name : folder.appendingPathComponent(name).path
        guard let data = FileManager.default.contents(atPath: path) else {
            report("the GeoJSON file '\(name)' of \(what) cannot be read; put it beside the agreement file or give its path", at: node)
            return nil
        }
        guard let json = try? JSONSerialization.jsonObject(with: data), var object = json as? [String: Any] else {
            report("'\(name)' of \(what) is not JSON; save the area as GeoJSON", at: node)
            return nil
        }
        if object["type"] as? String == "FeatureCollection", let features = object["features"] as? [[String: Any]], features.count == 1 {
            object = features[0]
        }
        if object["type"] as? String == "Feature", let geometry = object["geometry"] as? [String: Any] {
            object = geometry
        }
        func point(_ value: Any) -> Coordinate? {
            guard let pair = value as? [Double], pair.count >= 2, (-180...180).contains(pair[0]), (-90...90).contains(pair[1]) else { return nil }
            return Coordinate(latitude: pair[1], longitude: pair[0])
        }
        let type = object["type"] as? String ?? "nothing"
        let raw = object["coordinates"]
        switch type {
        case "Point":
            if let raw, let p = point(raw) { return .point(p) }
        case "LineString":
            if let list = raw as? [Any] {
                let points = list.compactMap(point)
                if points.count == list.count, points.count >= 2 { return .line(points) }
            }
        case "Polygon":
            if let rings = raw as? [Any], let outer = rings.first as? [Any] {
                let points = outer.compactMap(point)
                if points.count == outer.count, points.count >= 3 { return .polygon(points) }
            }
        default:
            break
        }
        report(
            "'\(name)' of \(what) holds \(type == "FeatureCollection" ? "several features" : "a '\(type)'"); Truce reads one Point, LineString or "
                + "Polygon, bare or as a single Feature, with [longitude, latitude] coordinates", at: node)
        return nil
    }
}
