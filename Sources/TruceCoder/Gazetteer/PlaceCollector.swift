/// Learns `LearnedPlaces` from ACLED rows: every name a row gives (its admin1, admin2, admin3 and location)
/// with the row's country and admin1, and how often its notes write each word in lower case and capitalised.
///
/// A name is kept only when it is safe to look for in news text:
/// - it lies in one (country, admin1) in every row that names it, or it is one country's admin1 itself
///   ("Mopti" the region, though a town of Mopti is also called Mopti): a name shared by two regions says neither;
/// - it has at least three letters ("Bo" and "Ad" are too likely to be something else);
/// - the built-in gazetteer does not already know it (its answer comes first anyway);
/// - if the notes write it in lower case at least as often as capitalised ("market", "mission", "camp"; a typo's
///   "chittagong" once beside "Chittagong" a hundred times does not count), or it is one of the words that open
///   English sentences (`openingWords`), it is kept as a name that needs "district", "province" … after it;
/// - so is a one-word name the notes write mostly as part of a longer name, next to another capitalised word
///   ("Boko Haram", "Hassan Ali", "Lake Victoria"): a place the notes name is written on its own ("in Kembali (Masisi)").
public struct PlaceCollector: Sendable {
    struct Seen: Hashable {
        var country: String
        var admin1: String
    }

    /// For each name, the (country, admin1) pairs it was seen in; at most two are kept (two already make it ambiguous).
    private var regionsOf: [String: Set<Seen>] = [:]
    /// For each admin1 name, the countries it is an admin1 of (at most two kept).
    private var countriesOfRegion: [String: Set<String>] = [:]
    /// For each word of the notes (in lower case), how often they wrote it in lower case, how often capitalised,
    /// and how often capitalised next to another capitalised word.
    private var wordCases: [String: WordCases] = [:]

    struct WordCases {
        var lower = 0
        var capitalised = 0
        var inLongerName = 0

        static func + (left: WordCases, right: WordCases) -> WordCases {
            WordCases(
                lower: left.lower + right.lower, capitalised: left.capitalised + right.capitalised,
                inLongerName: left.inLongerName + right.inLongerName)
        }
    }

    public init() {}

    /// Notes one ACLED row's place and notes.
    public mutating func add(country: String, admin1: String?, names: [String?], notes: String?) {
        if let notes { noteWordCases(notes) }
        guard !country.isEmpty, !country.contains(where: { $0 == "\t" || $0.isNewline }),
            let admin1 = admin1?.trimmingSpaces(), !admin1.isEmpty, !admin1.contains(where: { $0 == "\t" || $0.isNewline })
        else { return }
        let seen = Seen(country: country, admin1: admin1)
        if countriesOfRegion[admin1, default: []].count < 2 { countriesOfRegion[admin1, default: []].insert(country) }
        for case let name? in [admin1] + names {
            let trimmed = name.trimmingSpaces()
            guard !trimmed.isEmpty else { continue }
            if regionsOf[trimmed, default: []].count < 2 { regionsOf[trimmed, default: []].insert(seen) }
        }
    }

    /// Adds what another collector saw.
    public mutating func merge(_ other: PlaceCollector) {
        for (name, seen) in other.regionsOf {
            var union = regionsOf[name, default: []].union(seen)
            while union.count > 2 { union.remove(union.first!) }
            regionsOf[name] = union
        }
        for (name, countries) in other.countriesOfRegion {
            var union = countriesOfRegion[name, default: []].union(countries)
            while union.count > 2 { union.remove(union.first!) }
            countriesOfRegion[name] = union
        }
        wordCases.merge(other.wordCases, uniquingKeysWith: +)
    }

    /// What was learned: the places kept, and how many names were left out as ambiguous.
    public func learned() -> (places: LearnedPlaces, ambiguous: Int) {
        var places: [String: LearnedPlaces.Place] = [:]
        var ambiguous = 0
        for (name, seen) in regionsOf {
            guard name.unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 3 else { continue }
            let key = LearnedPlaces.key(name)
            guard let first = key.utf8.first, Bytes.isUpper(first) || first >= 0x80 else { continue }
            guard Gazetteer.index.entries[Gazetteer.normalised(name)] == nil else { continue }
            // A model file's header holds one place a line, its fields tab-separated.
            guard !name.contains(where: { $0 == "\t" || $0.isNewline }) else { continue }
            let place: Seen
            let isRegion: Bool
            if let countries = countriesOfRegion[name] {
                guard countries.count == 1, let country = countries.first else {
                    ambiguous += 1
                    continue
                }
                place = Seen(country: country, admin1: name)
                isRegion = true
            } else if seen.count == 1, let only = seen.first {
                place = only
                isRegion = false
            } else {
                ambiguous += 1
                continue
            }
            places[key] = LearnedPlaces.Place(
                country: place.country, admin1: place.admin1, isRegion: isRegion, needsQualifier: needsQualifier(key))
        }
        return (LearnedPlaces(places), ambiguous)
    }

    /// Whether a name is to be taken only with a word like "district" after it: it is also a word of everyday English
    /// (the notes write it in lower case as often as not, or it opens sentences), or, a single word, the notes write it
    /// mostly within longer names. A name of several words is everyday when every word is ("New Market"), not when one
    /// is a name ("Port Sudan").
    func needsQualifier(_ key: String) -> Bool {
        let words = key.split(separator: " ")
        if words.count == 1, let cases = wordCases[key.lowercased()], cases.inLongerName * 2 > cases.capitalised { return true }
        return words.allSatisfy { word in
            let lower = word.lowercased()
            let cases = wordCases[lower] ?? WordCases()
            return (cases.lower > 0 && cases.lower >= cases.capitalised) || Self.openingWords.contains(lower)
        }
    }

    private mutating func noteWordCases(_ notes: String) {
        var copy = notes
        copy.withUTF8 { bytes in
            let words = Gazetteer.words(bytes)
            /// Whether the words at `left` and `left + 1` are both capitalised, one space apart.
            func capitalisedPair(_ left: Int) -> Bool {
                guard left >= 0, left + 1 < words.count else { return false }
                return Bytes.isUpper(bytes[words[left].lowerBound]) && Bytes.isUpper(bytes[words[left + 1].lowerBound])
                    && words[left + 1].lowerBound == words[left].upperBound + 1 && bytes[words[left].upperBound] == 0x20
            }
            for (index, range) in words.enumerated() {
                let first = bytes[range.lowerBound]
                let lower = Bytes.isLower(first)
                guard lower || Bytes.isUpper(first) else { continue }
                let word = String(decoding: bytes[range], as: UTF8.self).lowercased()
                var cases = wordCases[word] ?? WordCases()
                if lower {
                    cases.lower += 1
                } else {
                    cases.capitalised += 1
                    // The note's first word is capitalised anyway: only its follower says it opens a longer name.
                    if capitalisedPair(index) || (index > 1 && capitalisedPair(index - 1)) { cases.inLongerName += 1 }
                }
                wordCases[word] = cases
            }
        }
    }

    /// Words that open English sentences and are also names of places somewhere: the notes, written in a
    /// fixed style, may never write them in lower case.
    static let openingWords: Set<String> = [
        "the", "this", "that", "these", "those", "there", "then", "they", "them", "their", "his", "her", "its", "our", "you",
        "after", "before", "during", "since", "until", "when", "while", "where", "what", "who", "why", "how", "also", "but",
        "and", "not", "now", "yet", "still", "both", "each", "every", "all", "any", "some", "many", "most", "more", "one", "two",
        "three", "four", "five", "six", "ten", "first", "last", "next", "new", "old", "early", "late", "later", "today",
        "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "president", "minister", "general", "colonel", "major", "captain", "sheikh", "said", "says", "according", "meanwhile",
        "however", "despite", "although", "officials", "police", "army", "security", "government", "union", "unity", "peace",
        "hope", "victory", "liberty", "freedom", "independence", "progress", "mission", "station", "market", "central",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower", "middle", "high",
        "big", "great", "little", "long", "red", "white", "black", "green", "blue", "golden", "rich", "good", "bad", "lake",
        "river", "hill", "hills", "mount", "port", "camp", "island", "islands", "bridge", "gate", "junction", "border",
        "airport", "stadium", "university", "hospital", "school", "church", "mosque", "prison", "palace", "district",
        "city", "town", "village", "region", "province", "state", "county", "zone", "area", "sector", "point",
    ]
}
