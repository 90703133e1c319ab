import TruceModel

/// The model file: versioned, checksummed bytes.
///
/// Layout (all integers and floats little-endian):
/// - 8 bytes magic `TRUCEETM`; UInt32 format version (`fileVersion`);
/// - UInt32 length, then that many bytes of UTF-8 header lines (`key value`, tab-separated):
///   `buckets_bits`, `char_grams` (min and max), `short_names` and `cues` (0 or 1; version 2 on),
///   `training_notes`, one `event_type NAME` line per
///   event class and one `sub_event_type EVENT-INDEX NAME` line per sub-event class, in class order;
/// - the per-bucket inverse document frequencies, then the event classifier's weights, then the
///   sub-event classifier's, all Float32, weights feature-major;
/// - UInt64 FNV-1a checksum of every byte before it.
///
/// Version 1 files (before `short_names` and `cues`) are still read: their features read names like
/// other words and have no cue words.
extension EventTypeModel {
    /// The format version this truce writes.
    public static let fileVersion: UInt32 = 2
    /// The format versions this truce reads.
    static let readableVersions: ClosedRange<UInt32> = 1...2
    static let magic = Array("TRUCEETM".utf8)

    /// The model as the bytes of a model file.
    public func fileBytes() -> [UInt8] {
        var header = "buckets_bits\t\(features.bucketBits)\n"
        header += "char_grams\t\(features.characterGrams.lowerBound)\t\(features.characterGrams.upperBound)\n"
        header += "short_names\t\(features.shortNames ? 1 : 0)\n"
        header += "cues\t\(features.cues ? 1 : 0)\n"
        header += "training_notes\t\(trainingNotes)\n"
        for name in eventTypes { header += "event_type\t\(name)\n" }
        for subEvent in subEventTypes { header += "sub_event_type\t\(subEvent.eventType)\t\(subEvent.name)\n" }
        let headerBytes = Array(header.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24 + headerBytes.count + 4 * (idf.count + eventClassifier.weights.count + subEventClassifier.weights.count))
        bytes += Self.magic
        Self.append(Self.fileVersion, to: &bytes)
        Self.append(UInt32(headerBytes.count), to: &bytes)
        bytes += headerBytes
        for weight in idf { Self.append(weight.bitPattern, to: &bytes) }
        for weight in eventClassifier.weights { Self.append(weight.bitPattern, to: &bytes) }
        for weight in subEventClassifier.weights { Self.append(weight.bitPattern, to: &bytes) }
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
        var bucketBits: Int?
        var grams: ClosedRange<Int>?
        var shortNames: Bool? = version == 1 ? false : nil
        var cues: Bool? = version == 1 ? false : nil
        var notes = 0
        var eventTypes: [String] = []
        var subEventTypes: [SubEventType] = []
        for (number, line) in header.split(separator: "\n").enumerated() {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch (parts.first, parts.count) {
            case ("buckets_bits", 2): bucketBits = Int(parts[1]).flatMap { (8...26).contains($0) ? $0 : nil }
            case ("char_grams", 3):
                if let low = Int(parts[1]), let high = Int(parts[2]), 1 <= low, low <= high, high <= 16 { grams = low...high }
            case ("short_names", 2) where version >= 2: shortNames = parts[1] == "1" ? true : parts[1] == "0" ? false : nil
            case ("cues", 2) where version >= 2: cues = parts[1] == "1" ? true : parts[1] == "0" ? false : nil
            case ("training_notes", 2): notes = Int(parts[1]) ?? 0
            case ("event_type", 2): eventTypes.append(parts[1])
            case ("sub_event_type", 3):
                guard let index = Int(parts[1]), eventTypes.indices.contains(index) else {
                    throw refuse("header line \(number + 1): a sub-event type names no known event type")
                }
                subEventTypes.append(SubEventType(eventType: index, name: parts[2]))
            default: throw refuse("header line \(number + 1) is not understood: '\(line.prefix(40))'")
            }
        }
        guard let bucketBits, let grams, let shortNames, let cues, eventTypes.count >= 2, !subEventTypes.isEmpty else {
            throw refuse("the model header lacks its feature settings or its types")
        }
        let features = TextFeatures(bucketBits: bucketBits, characterGrams: grams, shortNames: shortNames, cues: cues)
        let eventCount = features.buckets * eventTypes.count
        let subCount = features.buckets * subEventTypes.count
        var offset = 16 + headerLength
        let needed = features.buckets + eventCount + subCount
        guard bytes.count - 8 - offset == 4 * needed else {
            throw refuse("the model holds \((bytes.count - 8 - offset) / 4) weights where its header needs \(needed)")
        }
        func weights(_ count: Int) -> [Float] {
            var values = [Float](repeating: 0, count: count)
            for index in 0..<count {
                values[index] = Float(bitPattern: Self.read(bytes, at: offset))
                offset += 4
            }
            return values
        }
        let idf = weights(features.buckets)
        let eventWeights = weights(eventCount)
        let subWeights = weights(subCount)
        guard idf.allSatisfy(\.isFinite), eventWeights.allSatisfy(\.isFinite), subWeights.allSatisfy(\.isFinite) else {
            throw refuse("the model holds weights that are not numbers")
        }
        self.init(
            features: features, eventTypes: eventTypes, subEventTypes: subEventTypes, idf: idf,
            eventClassifier: LinearClassifier(classes: eventTypes.count, buckets: features.buckets, weights: eventWeights),
            subEventClassifier: LinearClassifier(classes: subEventTypes.count, buckets: features.buckets, weights: subWeights),
            trainingNotes: notes)
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
