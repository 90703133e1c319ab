/// Places learned from the ACLED exports a model was trained on: a name as ACLED spells it (a region,
/// district or town) and the country and first-level region it lies in.
///
/// They are looked up after the built-in gazetteer (`Gazetteer`), only for words it did not place, and only
/// as proper nouns: each word of the name with the same letters and the same capitals ("Sake", not "sake";
/// "Mocimboa da Praia"). A name that is also an everyday English word is taken only with a word like
/// "district" or "province" after it, as the gazetteer's `!` names are. No I/O: a model file stores them
/// (`EventTypeModel+File.swift`); `PlaceCollector` learns them.
public struct LearnedPlaces: Hashable, Sendable {
    public struct Place: Hashable, Sendable {
        public var country: String
        /// ACLED's spelling of the first-level region.
        public var admin1: String
        /// Whether the name is the first-level region itself, not a place in it.
        public var isRegion: Bool
        /// Whether the name is also an everyday word ("Mission", "Market"): taken only when qualified.
        public var needsQualifier: Bool

        public init(country: String, admin1: String, isRegion: Bool, needsQualifier: Bool) {
            self.country = country
            self.admin1 = admin1
            self.isRegion = isRegion
            self.needsQualifier = needsQualifier
        }
    }

    /// Places by name, the name's words joined by one space ("Port au Prince" for "Port-au-Prince").
    public private(set) var byName: [String: Place] = [:]
    /// The most words of any name.
    private(set) var longest = 0

    public init() {}

    public init(_ places: [String: Place]) {
        for (name, place) in places { insert(name, place) }
    }

    public var isEmpty: Bool { byName.isEmpty }
    public var count: Int { byName.count }

    mutating func insert(_ name: String, _ place: Place) {
        let key = Self.key(name)
        guard !key.isEmpty else { return }
        byName[key] = place
        longest = max(longest, key.split(separator: " ").count)
    }

    /// "Port-au-Prince" → "Port au Prince": the words as they are written, split as `Gazetteer.words` splits a sentence.
    static func key(_ name: String) -> String {
        var copy = name
        return copy.withUTF8 { bytes in
            Gazetteer.words(bytes).map { String(decoding: bytes[$0], as: UTF8.self) }.joined(separator: " ")
        }
    }

    /// `builtIn` (the gazetteer's places in `sentence`) with the learned places among the words it did not place.
    /// A name the gazetteer found only by the word after it ("Sake town", no country known) gives way to the
    /// learned place of the same words.
    public func places(in sentence: String, besides builtIn: [PlaceMention]) -> [PlaceMention] {
        guard !byName.isEmpty else { return builtIn }
        var copy = sentence
        var learned: [PlaceMention] = []
        copy.withUTF8 { bytes in learned = places(bytes, besides: builtIn) }
        guard !learned.isEmpty else { return builtIn }
        let kept = builtIn.filter { mention in
            mention.country != nil || !learned.contains { $0.range.overlaps(mention.range) }
        }
        return (kept + learned).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private func places(_ bytes: UnsafeBufferPointer<UInt8>, besides builtIn: [PlaceMention]) -> [PlaceMention] {
        let words = Gazetteer.words(bytes)
        let known = builtIn.filter { $0.country != nil }.map(\.range)
        var result: [PlaceMention] = []
        var i = 0
        while i < words.count {
            let first = bytes[words[i].lowerBound]
            guard Bytes.isUpper(first) || first >= 0x80, !known.contains(where: { $0.contains(words[i].lowerBound) }) else {
                i += 1
                continue
            }
            var key = ""
            var candidates: [(words: Int, key: String)] = []
            for n in 0..<min(longest, words.count - i) {
                if n > 0 {
                    // Names do not run across punctuation, nor into a place the gazetteer knows.
                    let gap = bytes[words[i + n - 1].upperBound..<words[i + n].lowerBound]
                    if gap.count > 1 || gap.contains(where: { $0 != 0x20 && $0 != 0x2D && $0 != 0x27 }) { break }
                    if known.contains(where: { $0.contains(words[i + n].lowerBound) }) { break }
                    key += " "
                }
                key += String(decoding: bytes[words[i + n]], as: UTF8.self)
                candidates.append((n + 1, key))
            }
            var matched = false
            for candidate in candidates.reversed() {
                guard let place = byName[candidate.key] else { continue }
                let last = i + candidate.words - 1
                let (qualified, end) = Gazetteer.qualifier(after: last, words: words, bytes)
                if place.needsQualifier && !qualified { continue }
                let name = String(decoding: bytes[words[i].lowerBound..<words[last].upperBound], as: UTF8.self)
                result.append(
                    PlaceMention(
                        kind: place.isRegion ? .admin1 : .place, country: place.country, admin1: place.admin1,
                        place: place.isRegion ? nil : name, range: words[i].lowerBound..<end, qualified: qualified, learned: true))
                i = last + 1
                matched = true
                break
            }
            if !matched { i += 1 }
        }
        return result
    }
}
