/// A place named in a sentence.
public struct PlaceMention: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// "Afghanistan"
        case country
        /// "Afghan forces": a country only by its adjective, weak evidence of where.
        case countryAdjective
        /// "Helmand province"
        case admin1
        /// "Sangin", "Nad-e Ali district", "the village of Maku"
        case place
    }

    public var kind: Kind
    public var country: String?
    /// ACLED's spelling of the first-level region.
    public var admin1: String?
    public var place: String?
    /// UTF-8 byte offsets into the sentence.
    public var range: Range<Int>
    /// Whether a word like "province", "district" or "village" follows the name.
    public var qualified: Bool
    /// Whether the place comes from a model's learned places (`LearnedPlaces`), not the built-in tables: the
    /// built-in ones are preferred.
    public var learned = false
    /// The same name's readings in other countries ("Tripoli": Libya's capital and a city of north Lebanon), for the
    /// story's country to choose from (`ArticleCoding+AmbiguousPlaces`); empty when the name is in one country only.
    public var otherReadings: [Reading] = []

    /// Where a name may be: its kind, country, region and place.
    public struct Reading: Hashable, Sendable {
        public var kind: Kind
        public var country: String
        public var admin1: String?
        public var place: String?
    }
}

/// Countries, first-level regions and well-known places, found in sentences.
///
/// Names match as whole words starting with a capital letter, the longest
/// name first; spelling variants ("Paktya", "Sari Pul", "Wardag") give
/// ACLED's admin1 spelling. No I/O: the tables are compiled in.
public enum Gazetteer {
    struct Entry: Sendable {
        var kind: PlaceMention.Kind
        var country: String
        var admin1: String?
        var place: String?
        var needsQualifier: Bool
    }

    static let qualifiers: Set<String> = [
        "province", "provinces", "state", "states", "region", "governorate", "oblast", "department", "district", "districts",
        "division", "county", "prefecture", "village", "villages", "city", "town", "area", "valley", "bazaar", "territory",
    ]
    static let placeWords: Set<String> = ["district", "village", "city", "town", "valley", "bazaar", "area", "township"]

    /// Entries by normalised name ("sar e pul"), and the longest name in words.
    static let index: (entries: [String: [Entry]], longest: Int) = {
        var entries: [String: [Entry]] = [:]
        var longest = 1
        func add(_ name: Substring, _ entry: Entry) {
            var entry = entry
            var name = name
            if name.hasPrefix("!") {
                entry.needsQualifier = true
                name = name.dropFirst()
            }
            let key = normalised(String(name))
            guard !key.isEmpty else { return }
            longest = max(longest, key.split(separator: " ").count)
            entries[key, default: []].append(entry)
        }
        for line in Countries.table.split(separator: "\n") {
            let names = line.split(separator: "|").map { $0.trimmingSpaces() }
            guard let country = names.first else { continue }
            for name in names {
                if name.hasPrefix("#") {
                    add(name.dropFirst()[...], Entry(kind: .countryAdjective, country: country, needsQualifier: false))
                } else {
                    add(name[...], Entry(kind: .country, country: country, needsQualifier: false))
                }
            }
        }
        for line in Regions.table.split(separator: "\n") {
            let trimmed = line.trimmingSpaces()
            guard trimmed.count > 2 else { continue }
            let isPlace = trimmed.hasPrefix("P ")
            let names = trimmed.dropFirst(2).split(separator: "|").map { $0.trimmingSpaces() }
            guard names.count >= 2 else { continue }
            let country = names[0]
            let admin1 = names[1].hasPrefix("!") ? String(names[1].dropFirst()) : names[1]
            if isPlace {
                for name in names.dropFirst(2) {
                    let clean = name.hasPrefix("!") ? String(name.dropFirst()) : name
                    add(name[...], Entry(kind: .place, country: country, admin1: admin1, place: clean, needsQualifier: false))
                }
            } else {
                for name in names.dropFirst() {
                    add(name[...], Entry(kind: .admin1, country: country, admin1: admin1, needsQualifier: false))
                }
            }
        }
        return (entries, longest)
    }()

    /// The ASCII names of `index`, for lookups straight from a sentence's bytes. A name with other
    /// characters is looked up as a String, whose comparison knows that "ā" may be written two ways;
    /// an ASCII name equals only the same ASCII bytes.
    static let asciiIndex = ByteKeyTable(
        uniqueKeys: index.entries.filter { $0.key.utf8.allSatisfy { $0 < 0x80 } }.map { (Array($0.key.utf8), $0.value) })

    static let qualifierBytes = ASCIIWordList(qualifiers)
    static let placeWordBytes = ASCIIWordList(placeWords)
    static let ofBytes = ASCIIWordList(["of"])

    /// "Sar-e Pul" → "sar e pul": ASCII lower case, words split at anything but letters and digits.
    static func normalised(_ name: String) -> String {
        var out: [UInt8] = []
        var pendingSpace = false
        for byte in name.utf8 {
            if Bytes.isAlphanumeric(byte) || byte >= 0x80 {
                if pendingSpace, !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(Bytes.lower(byte))
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Words of a sentence as byte ranges: letters, digits and non-ASCII bytes.
    static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if Bytes.isAlphanumeric(byte) || byte >= 0x80 {
                let start = index
                while index < bytes.count, Bytes.isAlphanumeric(bytes[index]) || bytes[index] >= 0x80 {
                    // Typographic punctuation (’ “ — …) separates words like its ASCII cousins.
                    if bytes[index] == 0xE2 { break }
                    index += 1
                }
                if index > start { result.append(start..<index) } else { index += 3 }
            } else {
                index += 1
            }
        }
        return result
    }

    /// The places named in `sentence`, in order.
    public static func places(in sentence: String) -> [PlaceMention] {
        var result: [PlaceMention] = []
        var copy = sentence
        copy.withUTF8 { bytes in result = places(bytes) }
        return result
    }

    /// Whether the word at `range`, lower-cased, is one of `words`.
    static func isWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, in words: ASCIIWordList) -> Bool {
        words.contains(bytes, range)
    }

    /// Whether a word like "province" or "district" follows the name whose last word is `last`, and where the mention
    /// ends: after that word, unless it is one of the place words (`placeWordBytes`), else after the name.
    static func qualifier(after last: Int, words: [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>) -> (qualified: Bool, end: Int) {
        let qualified = last + 1 < words.count && isWord(bytes, words[last + 1], in: qualifierBytes)
        let end = qualified && !isWord(bytes, words[last + 1], in: placeWordBytes) ? words[last + 1].upperBound : words[last].upperBound
        return (qualified, end)
    }

    /// Whether a hyphen and a lower-case word follow `end` ("-brokered", ".-led" after "U.S"): the name is the first
    /// part of a compound adjective.
    static func isCompoundModifier(_ bytes: UnsafeBufferPointer<UInt8>, after end: Int) -> Bool {
        var index = end
        if index < bytes.count, bytes[index] == 0x2E { index += 1 }
        return index + 1 < bytes.count && bytes[index] == 0x2D && Bytes.isLower(bytes[index + 1])
    }

    static func places(_ bytes: UnsafeBufferPointer<UInt8>) -> [PlaceMention] {
        let words = words(bytes)
        guard !words.isEmpty else { return [] }
        let table = index
        let asciiTable = asciiIndex
        var result: [PlaceMention] = []
        // The lower-cased key being built ("sar e pul"), where each candidate name ends in it, and whether it is ASCII so far.
        var key: [UInt8] = []
        var keyEnds: [Int] = []
        var keyIsASCII: [Bool] = []
        var i = 0
        while i < words.count {
            let first = bytes[words[i].lowerBound]
            guard Bytes.isUpper(first) || first >= 0x80 else {
                i += 1
                continue
            }
            var matched = false
            key.removeAll(keepingCapacity: true)
            keyEnds.removeAll(keepingCapacity: true)
            keyIsASCII.removeAll(keepingCapacity: true)
            var ascii = true
            for n in 0..<min(table.longest, words.count - i) {
                if n > 0 {
                    // Names do not run across a sentence's commas or brackets.
                    let gap = bytes[words[i + n - 1].upperBound..<words[i + n].lowerBound]
                    if gap.contains(where: { $0 == 0x2C || $0 == 0x28 || $0 == 0x29 || $0 == 0x3B || $0 == 0x3A }) || gap.count > 3 { break }
                    key.append(0x20)
                }
                for index in words[i + n] {
                    let byte = bytes[index]
                    if byte >= 0x80 { ascii = false }
                    key.append(Bytes.lower(byte))
                }
                keyEnds.append(key.count)
                keyIsASCII.append(ascii)
            }
            for n in stride(from: keyEnds.count, through: 1, by: -1) {
                let found = key.withUnsafeBufferPointer { key -> [Entry]? in
                    let name = UnsafeBufferPointer(rebasing: key[..<keyEnds[n - 1]])
                    return keyIsASCII[n - 1] ? asciiTable[name] : table.entries[String(decoding: name, as: UTF8.self)]
                }
                guard let entries = found else { continue }
                let last = i + n - 1
                let (qualified, end) = qualifier(after: last, words: words, bytes)
                // A region that is also a country ("Niger") is the region only when qualified.
                let candidates = entries.filter { !$0.needsQualifier || qualified }
                guard
                    let entry = candidates.first(where: { qualified && ($0.kind == .admin1 || $0.kind == .place) })
                        ?? candidates.first(where: { $0.kind == .country })
                        ?? candidates.first
                else { continue }
                // "a US-brokered truce", "Iran-backed militias": the country is who brokered or backed, as an adjective says.
                let kind = entry.kind == .country && isCompoundModifier(bytes, after: words[last].upperBound) ? .countryAdjective : entry.kind
                var mention = PlaceMention(
                    kind: kind, country: entry.country, admin1: entry.admin1, place: entry.place,
                    range: words[i].lowerBound..<end, qualified: qualified)
                if entry.kind != .country {
                    var seen: Set<String> = [entry.country]
                    for other in candidates where other.kind != .country && seen.insert(other.country).inserted {
                        mention.otherReadings.append(.init(kind: other.kind, country: other.country, admin1: other.admin1, place: other.place))
                    }
                }
                result.append(mention)
                i = last + 1
                matched = true
                break
            }
            if matched { continue }
            // "Maku village", "Uqbay, Sabari district": capitalised words before a place word.
            var run = i
            while run < words.count, run - i < 4, Bytes.isUpper(bytes[words[run].lowerBound]) {
                if run > i {
                    let gap = bytes[words[run - 1].upperBound..<words[run].lowerBound]
                    if gap.contains(where: { $0 != 0x20 && $0 != 0x2D }) { break }
                }
                run += 1
            }
            if run > i, run < words.count, isWord(bytes, words[run], in: placeWordBytes) {
                let name = String(decoding: bytes[words[i].lowerBound..<words[run - 1].upperBound], as: UTF8.self)
                result.append(
                    PlaceMention(kind: .place, place: name, range: words[i].lowerBound..<words[run].upperBound, qualified: true))
                i = run + 1
                continue
            }
            i += 1
        }
        // "the village of Maku", "the district of Sangin": a place word, "of", then capitalised words.
        var w = 0
        while w + 2 < words.count {
            if isWord(bytes, words[w], in: placeWordBytes), isWord(bytes, words[w + 1], in: ofBytes),
                Bytes.isUpper(bytes[words[w + 2].lowerBound])
            {
                let start = words[w + 2].lowerBound
                if !result.contains(where: { $0.range.contains(start) }) {
                    var end = w + 2
                    while end + 1 < words.count, end - w < 4, Bytes.isUpper(bytes[words[end + 1].lowerBound]),
                        bytes[words[end].upperBound..<words[end + 1].lowerBound].allSatisfy({ $0 == 0x20 || $0 == 0x2D })
                    {
                        end += 1
                    }
                    let name = String(decoding: bytes[start..<words[end].upperBound], as: UTF8.self)
                    result.append(PlaceMention(kind: .place, place: name, range: start..<words[end].upperBound, qualified: true))
                }
            }
            w += 1
        }
        result.sort { $0.range.lowerBound < $1.range.lowerBound }
        return result
    }
}

/// A few lower-case ASCII words, matched against a sentence's bytes ignoring ASCII case. Compared by
/// bytes: a word with other characters cannot equal an ASCII one. Most words of a sentence are
/// turned away by their length or first letter before any comparison.
struct ASCIIWordList: Sendable {
    private let words: [[UInt8]]
    private let lengths: ClosedRange<Int>
    /// Bit n set when some word starts with the letter 0x60 + n.
    private let firstLetters: UInt32

    init(_ list: some Collection<String>) {
        words = list.sorted().map { Array($0.utf8) }
        lengths = (words.map(\.count).min() ?? 1)...(words.map(\.count).max() ?? 0)
        firstLetters = words.reduce(0) { mask, word in mask | (1 << UInt32((word.first ?? 0x60) & 0x1F)) }
    }

    func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard lengths.contains(range.count) else { return false }
        let first = Bytes.lower(bytes[range.lowerBound])
        guard Bytes.isLower(first), firstLetters & (1 << UInt32(first & 0x1F)) != 0 else { return false }
        return words.contains { word in
            guard word.count == range.count else { return false }
            var index = range.lowerBound
            for byte in word {
                if Bytes.lower(bytes[index]) != byte { return false }
                index += 1
            }
            return true
        }
    }
}
