/// How Truce reads a GDELT geography block: the geographic type and the full place name.
///
/// GDELT names a place as "Place, ADM1, Country" (`Kabul, Kabol, Afghanistan`), a
/// first-order division as "ADM1, Country", a US state as "State, United States" and a
/// country by its name alone. Some names themselves hold a comma written the
/// gazetteer's way ("Bahamas, The", "Vietnam, Republic Of", "London, City of"): a part
/// that is `The` or ends in the word `of` or `the` belongs to the part before it.
public enum GDELTGeography {
    /// What the geographic type (`ActionGeo_Type`) says about a place.
    ///
    /// | type | GDELT's meaning | Truce's uncertainty |
    /// |------|-----------------|---------------------|
    /// | 1 | country | 500 km |
    /// | 2 | US state | 150 km |
    /// | 3 | US city | 25 km |
    /// | 4 | world city | 25 km |
    /// | 5 | world state (ADM1) | 150 km |
    ///
    /// The kilometres are Truce's approximations of how far from the coordinates (the
    /// centroid of the named place) the event may have been, not GDELT's: about the
    /// radius of a mid-sized country, of a province or state, and of a city with its
    /// surroundings. Type 0 (no place) and others give `nil`.
    public static func uncertaintyKm(geoType: Int) -> Double? {
        switch geoType {
        case 1: return 500
        case 2, 5: return 150
        case 3, 4: return 25
        default: return nil
        }
    }

    /// A full place name taken apart.
    public struct PlaceName: Hashable, Sendable {
        /// The country: the last part, or the whole name for a country (type 1); empty when the name is.
        public var country: String
        /// The first-order division: the part before the country when there are three or more
        /// parts, or the first part of a two-part name of a state (types 2 and 5).
        public var admin1: String?
        /// The named place: the first part, when there are two or more.
        public var place: String?

        public init(country: String, admin1: String? = nil, place: String? = nil) {
            self.country = country
            self.admin1 = admin1
            self.place = place
        }
    }

    /// Takes `fullName` apart (see ``PlaceName``); `geoType` is the block's geographic type.
    public static func placeName(_ fullName: String, geoType: Int?) -> PlaceName {
        var name = fullName
        return name.withUTF8 { bytes in
            let parts = self.parts(bytes, geoType: geoType)
            func text(_ range: Range<Int>?) -> String? {
                range.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
            }
            return PlaceName(country: text(parts.country) ?? "", admin1: text(parts.admin1), place: text(parts.place))
        }
    }

    /// Where the parts of a full place name are, as byte ranges of the name.
    struct Parts {
        var country: Range<Int>?
        var admin1: Range<Int>?
        var place: Range<Int>?
    }

    /// Finds the parts of `bytes` without building any String.
    static func parts(_ bytes: UnsafeBufferPointer<UInt8>, geoType: Int?) -> Parts {
        if geoType == 1 {
            let whole = trimmedRange(bytes, 0..<bytes.count)
            return Parts(country: whole.isEmpty ? nil : whole)
        }
        var first: Range<Int>?
        var previous: Range<Int>?
        var last: Range<Int>?
        var count = 0
        var start = 0
        while start <= bytes.count {
            var stop = start
            while stop < bytes.count, bytes[stop] != comma { stop += 1 }
            let part = trimmedRange(bytes, start..<stop)
            if !part.isEmpty {
                if let current = last, isContinuation(UnsafeBufferPointer(rebasing: bytes[part])) {
                    last = current.lowerBound..<part.upperBound
                } else {
                    previous = last
                    last = part
                    count += 1
                }
                if count == 1 { first = last }
            }
            start = stop + 1
        }
        switch count {
        case 0: return Parts()
        case 1: return Parts(country: last)
        case 2: return Parts(country: last, admin1: geoType == 2 || geoType == 5 ? first : nil, place: first)
        default: return Parts(country: last, admin1: previous, place: first)
        }
    }

    private static let comma = UInt8(ascii: ",")
    private static let space = UInt8(ascii: " ")

    private static func trimmedRange(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high, String.isASCIIWhitespace(bytes[low]) { low += 1 }
        while high > low, String.isASCIIWhitespace(bytes[high - 1]) { high -= 1 }
        return low..<high
    }

    /// Whether a part continues the one before it: `The`, or a part whose last word is `of` or `the`.
    private static func isContinuation(_ part: UnsafeBufferPointer<UInt8>) -> Bool {
        if part.equalsIgnoringCase("the") { return true }
        guard let lastSpace = part.lastIndex(of: space) else { return false }
        let word = UnsafeBufferPointer(rebasing: part[(lastSpace + 1)...])
        return word.equalsIgnoringCase("of") || word.equalsIgnoringCase("the")
    }
}
