import TruceModel

/// The model file: versioned, checksummed bytes.
///
/// Layout (all integers and floats little-endian):
/// - 8 bytes magic `TRUCEETM`; UInt32 format version (`fileVersion`);
/// - UInt32 length, then that many bytes of UTF-8 header lines (`key value`, tab-separated):
///   per view, a `view` line (version 3 on; earlier files have one view and no such line) and its
///   feature settings `buckets_bits`, `char_grams` (min and max; `0 0` for none), `short_names`,
///   `cues` (0 or 1; version 2 on) and `roles` (0 or 1; version 4 on); then `training_notes`, one `event_type NAME` line per
///   event class and one `sub_event_type EVENT-INDEX NAME` line per sub-event class, in class order;
///   then (version 5 on) one `place NAME COUNTRY ADMIN1 KIND` line per learned place (`LearnedPlaces`), KIND
///   `region` or `place`, with `!` after it when the name needs a word like "district" after it;
/// - per view, in order: the per-bucket inverse document frequencies, then the event classifier's
///   weights, then the sub-event classifier's, all Float32, weights feature-major;
/// - UInt64 FNV-1a checksum of every byte before it.
///
/// Version 1, 2 and 3 files are still read and code as they did: version 1 and 2 files hold one view,
/// version 1 features read names like other words and have no cue words, and no file before version 4
/// has role features. No file before version 5 has learned places: it loads with none.
extension EventTypeModel {
    /// The format version this truce writes.
    public static let fileVersion: UInt32 = 5
    /// The format versions this truce reads.
    static let readableVersions: ClosedRange<UInt32> = 1...5
    static let magic = Array("TRUCEETM".utf8)

    /// The model as the bytes of a model file.
    public func fileBytes() -> [UInt8] {
        var header = ""
        for features in features {
            header += "view\n"
            header += "buckets_bits\t\(features.bucketBits)\n"
            header += "char_grams\t\(features.characterGrams?.lowerBound ?? 0)\t\(features.characterGrams?.upperBound ?? 0)\n"
            header += "short_names\t\(features.shortNames ? 1 : 0)\n"
            header += "cues\t\(features.cues ? 1 : 0)\n"
            header += "roles\t\(features.roles ? 1 : 0)\n"
        }
        header += "training_notes\t\(trainingNotes)\n"
        for name in eventTypes { header += "event_type\t\(name)\n" }
        for subEvent in subEventTypes { header += "sub_event_type\t\(subEvent.eventType)\t\(subEvent.name)\n" }
        // Sorted: the same exports give the same bytes.
        for (name, place) in places.byName.sorted(by: { $0.key < $1.key }) {
            let kind = (place.isRegion ? "region" : "place") + (place.needsQualifier ? "!" : "")
            header += "place\t\(name)\t\(place.country)\t\(place.admin1)\t\(kind)\n"
        }
        let headerBytes = Array(header.utf8)
        var bytes: [UInt8] = []
        let weights = views.map { $0.idf.count + $0.eventClassifier.weights.count + $0.subEventClassifier.weights.count }.reduce(0, +)
        bytes.reserveCapacity(24 + headerBytes.count + 4 * weights)
        bytes += Self.magic
        Self.append(Self.fileVersion, to: &bytes)
        Self.append(UInt32(headerBytes.count), to: &bytes)
        bytes += headerBytes
        for view in views {
            for weight in view.idf { Self.append(weight.bitPattern, to: &bytes) }
            for weight in view.eventClassifier.weights { Self.append(weight.bitPattern, to: &bytes) }
            for weight in view.subEventClassifier.weights { Self.append(weight.bitPattern, to: &bytes) }
        }
        Self.append(Self.checksum(bytes[...]), to: &bytes)
        return bytes
    }

    /// Reads a model file's bytes.
    ///
    /// - Parameter file: the file's name, for the error messages.
    /// - Throws: `TruceError(.invalidInput)` naming `file` when the bytes are not a model file, come from
    ///   another format version, or are damaged (cut short, altered: the checksum does not match).
    public init(fileBytes bytes: [UInt8], file: String) throws {
        func refuse(_ problem: String) -> TruceError { TruceError(.invalidInput, "\(file): \(problem)") }
        guard bytes.count >= 8, Array(bytes[0..<8]) == Self.magic else {
            throw refuse("not a Truce event-type model (it does not start with TRUCEETM); train one from ACLED exports first")
        }
        guard bytes.count >= 16 + 8 else { throw refuse("the model file is cut short (\(bytes.count) bytes); train it again") }
        let version: UInt32 = Self.read(bytes, at: 8)
        let stored: UInt64 = Self.read(bytes, at: bytes.count - 8)
        let intact = stored == Self.checksum(bytes[..<(bytes.count - 8)])
        // A file of another version is named as such only when it is whole; otherwise it is simply damaged.
        guard Self.readableVersions.contains(version) || !intact else {
            throw refuse(
                "model format version \(version); this truce reads versions \(Self.readableVersions.lowerBound)–\(Self.readableVersions.upperBound): "
                    + "train the model again with this truce")
        }
        guard intact else {
            throw refuse("the model file is damaged (its checksum does not match its contents); train it again or copy it again")
        }
        let headerLength = Int(Self.read(bytes, at: 12) as UInt32)
        guard 16 + headerLength <= bytes.count - 8 else { throw refuse("the model header runs past the end of the file") }
        let header = String(decoding: bytes[16..<(16 + headerLength)], as: UTF8.self)
        // One view's settings as the header gives them; files before version 3 have one view and no `view` line.
        struct Settings {
            var bucketBits: Int?
            var grams: ClosedRange<Int>??
            var shortNames: Bool?
            var cues: Bool?
            var roles: Bool?
        }
        let implied = Settings(shortNames: version == 1 ? false : nil, cues: version == 1 ? false : nil, roles: false)
        var settings: [Settings] = version >= 3 ? [] : [implied]
        // Files before version 4 have no `roles` line: their views read no role features.
        func opened() -> Settings { Settings(roles: version >= 4 ? nil : false) }
        var notes = 0
        var eventTypes: [String] = []
        var subEventTypes: [SubEventType] = []
        var places: [String: LearnedPlaces.Place] = [:]
        for (number, line) in header.split(separator: "\n").enumerated() {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let key = parts.first ?? ""
            if ["buckets_bits", "char_grams", "short_names", "cues", "roles"].contains(key) && settings.isEmpty {
                throw refuse("header line \(number + 1): a feature setting comes before any 'view' line")
            }
            let last = settings.count - 1
            switch (key, parts.count) {
            case ("view", 1) where version >= 3: settings.append(opened())
            case ("buckets_bits", 2): settings[last].bucketBits = Int(parts[1]).flatMap { (8...26).contains($0) ? $0 : nil }
            case ("char_grams", 3):
                if let low = Int(parts[1]), let high = Int(parts[2]) {
                    if version >= 3 && low == 0 && high == 0 {
                        settings[last].grams = .some(nil)
                    } else if 1 <= low, low <= high, high <= 16 {
                        settings[last].grams = low...high
                    }
                }
            case ("short_names", 2) where version >= 2: settings[last].shortNames = parts[1] == "1" ? true : parts[1] == "0" ? false : nil
            case ("cues", 2) where version >= 2: settings[last].cues = parts[1] == "1" ? true : parts[1] == "0" ? false : nil
            case ("roles", 2) where version >= 4: settings[last].roles = parts[1] == "1" ? true : parts[1] == "0" ? false : nil
            case ("training_notes", 2): notes = Int(parts[1]) ?? 0
            case ("event_type", 2): eventTypes.append(parts[1])
            case ("sub_event_type", 3):
                guard let index = Int(parts[1]), eventTypes.indices.contains(index) else {
                    throw refuse("header line \(number + 1): a sub-event type names no known event type")
                }
                subEventTypes.append(SubEventType(eventType: index, name: parts[2]))
            case ("place", 5) where version >= 5:
                guard let kind = ["region": (true, false), "region!": (true, true), "place": (false, false), "place!": (false, true)][parts[4]],
                    !parts[1].isEmpty, !parts[2].isEmpty, !parts[3].isEmpty
                else {
                    throw refuse("header line \(number + 1): a place needs a name, a country, an admin1 and 'region' or 'place'")
                }
                places[parts[1]] = LearnedPlaces.Place(country: parts[2], admin1: parts[3], isRegion: kind.0, needsQualifier: kind.1)
            default: throw refuse("header line \(number + 1) is not understood: '\(line.prefix(40))'")
            }
        }
        let features = settings.compactMap { view -> TextFeatures? in
            guard let bucketBits = view.bucketBits, let grams = view.grams, let shortNames = view.shortNames, let cues = view.cues,
                let roles = view.roles
            else { return nil }
            return TextFeatures(bucketBits: bucketBits, characterGrams: grams, shortNames: shortNames, cues: cues, roles: roles)
        }
        guard !settings.isEmpty, features.count == settings.count, eventTypes.count >= 2, !subEventTypes.isEmpty else {
            throw refuse("the model header lacks its feature settings or its types")
        }
        var offset = 16 + headerLength
        let needed = features.map { $0.buckets * (1 + eventTypes.count + subEventTypes.count) }.reduce(0, +)
        guard bytes.count - 8 - offset == 4 * needed else {
            throw refuse("the model holds \((bytes.count - 8 - offset) / 4) weights where its header needs \(needed)")
        }
        func weights(_ count: Int) throws -> [Float] {
            var values = [Float](repeating: 0, count: count)
            for index in 0..<count {
                values[index] = Float(bitPattern: Self.read(bytes, at: offset))
                offset += 4
            }
            guard values.allSatisfy(\.isFinite) else { throw refuse("the model holds weights that are not numbers") }
            return values
        }
        let views = try features.map { features in
            View(
                features: features, idf: try weights(features.buckets),
                eventClassifier: LinearClassifier(
                    classes: eventTypes.count, buckets: features.buckets, weights: try weights(features.buckets * eventTypes.count)),
                subEventClassifier: LinearClassifier(
                    classes: subEventTypes.count, buckets: features.buckets, weights: try weights(features.buckets * subEventTypes.count)))
        }
        self.init(eventTypes: eventTypes, subEventTypes: subEventTypes, views: views, trainingNotes: notes)
        self.places = LearnedPlaces(places)
    }

    static func append<Integer: FixedWidthInteger>(_ value: Integer, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    static func read<Integer: FixedWidthInteger>(_ bytes: [UInt8], at offset: Int) -> Integer {
        var value: Integer = 0
        for index in 0..<MemoryLayout<Integer>.size { value |= Integer(bytes[offset + index]) << (8 * index) }
        return value
    }

    /// FNV-1a, 64 bits: catches truncation and changed bytes (not tampering, which is no threat here).
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01B3
        }
        return hash
    }
}
