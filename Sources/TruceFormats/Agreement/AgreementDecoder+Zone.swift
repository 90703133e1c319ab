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

    /// GeoJSON, as a file beside the agreement or written inline as a YAML mapping: a Point, LineString,
    /// Polygon (with holes) or MultiPolygon, bare or as the one feature of a Feature or FeatureCollection.
    /// GeoJSON writes [longitude, latitude].
    private func geoJSON(_ node: Node, _ what: String) -> Zone.Shape? {
        let name: String
        var object: [String: Any]
        if case .mapping = node {
            name = "the inline GeoJSON"
            guard let inline = Self.json(node) as? [String: Any] else {
                report("the inline GeoJSON of \(what) cannot be read: its keys must be plain names such as type and coordinates", at: node)
                return nil
            }
            object = inline
        } else {
            guard let file = string(node, "'geojson' of \(what)") else { return nil }
            name = "'\(file)'"
            let folder = URL(fileURLWithPath: self.file).deletingLastPathComponent()
            let path = file.hasPrefix("/") ? file : folder.appendingPathComponent(file).path
            guard let data = FileManager.default.contents(atPath: path) else {
                report("the GeoJSON file '\(file)' of \(what) cannot be read; put it beside the agreement file or give its path", at: node)
                return nil
            }
            guard let json = try? JSONSerialization.jsonObject(with: data), let read = json as? [String: Any] else {
                report("'\(file)' of \(what) is not JSON; save the area as GeoJSON", at: node)
                return nil
            }
            object = read
        }
        if object["type"] as? String == "FeatureCollection", let features = object["features"] as? [[String: Any]], features.count == 1 {
            object = features[0]
        }
        if object["type"] as? String == "Feature", let geometry = object["geometry"] as? [String: Any] {
            object = geometry
        }
        let type = object["type"] as? String ?? "nothing"
        if let shape = Self.shape(type: type, coordinates: object["coordinates"]) { return shape }
        let holds =
            ["Point", "LineString", "Polygon", "MultiPolygon"].contains(type)
            ? "a '\(type)' whose coordinates cannot be read" : type == "FeatureCollection" ? "several features" : "a '\(type)'"
        report(
            "\(name) of \(what) holds \(holds); Truce reads one Point, LineString, Polygon or MultiPolygon, bare or as a single Feature, "
                + "with [longitude, latitude] coordinates and rings of at least 3 points", at: node)
        return nil
    }

    /// The shape of a GeoJSON geometry, or nil when its type or coordinates are not what Truce reads.
    static func shape(type: String, coordinates raw: Any?) -> Zone.Shape? {
        func point(_ value: Any) -> Coordinate? {
            guard let pair = value as? [Any], pair.count >= 2, let longitude = Self.double(pair[0]), let latitude = Self.double(pair[1]),
                (-180...180).contains(longitude), (-90...90).contains(latitude)
            else { return nil }
            return Coordinate(latitude: latitude, longitude: longitude)
        }
        func points(_ value: Any?, atLeast minimum: Int) -> [Coordinate]? {
            guard let list = value as? [Any] else { return nil }
            let read = list.compactMap(point)
            return read.count == list.count && read.count >= minimum ? read : nil
        }
        func polygon(_ value: Any?) -> Zone.Polygon? {
            guard let rings = value as? [Any], let outer = points(rings.first, atLeast: 3) else { return nil }
            let holes = rings.dropFirst().map { points($0, atLeast: 3) }
            guard holes.allSatisfy({ $0 != nil }) else { return nil }
            return Zone.Polygon(outer: outer, holes: holes.compactMap { $0 })
        }
        switch type {
        case "Point": return raw.flatMap(point).map { .point($0) }
        case "LineString": return points(raw, atLeast: 2).map { .line($0) }
        case "Polygon":
            guard let read = polygon(raw) else { return nil }
            // A polygon without holes keeps the simple shape that version 2's first files had.
            return read.holes.isEmpty ? .polygon(read.outer) : .polygons([read])
        case "MultiPolygon":
            guard let list = raw as? [Any], !list.isEmpty else { return nil }
            let read = list.map(polygon)
            guard read.allSatisfy({ $0 != nil }) else { return nil }
            return .polygons(read.compactMap { $0 })
        default: return nil
        }
    }

    private static func double(_ value: Any) -> Double? {
        if let number = value as? Double { return number }
        if let number = value as? Int { return Double(number) }
        if let number = value as? NSNumber { return number.doubleValue }
        if let text = value as? String { return Double(text) }
        return nil
    }

    /// A YAML node as the values JSONSerialization gives: mappings, lists, and scalars as numbers where they read as one.
    static func json(_ node: Node) -> Any? {
        switch node {
        case .mapping(let mapping):
            var object: [String: Any] = [:]
            for (key, value) in mapping {
                guard case .scalar(let scalar) = key else { return nil }
                object[scalar.string] = json(value)
            }
            return object
        case .sequence(let sequence): return sequence.map { json($0) as Any }
        case .scalar(let scalar): return Double(scalar.string).map { $0 as Any } ?? scalar.string
        case .alias: return nil
        }
    }
}
