/// How the linker normalises countries, first-level divisions and actor names before comparing them.
enum LinkingNames {
    /// Lower case, without a parenthesis, spaces collapsed: "Myanmar (Burma)" and "MYANMAR" are "myanmar".
    static func countryKey(_ name: String) -> String {
        collapse(dropParentheses(name.lowercased()))
    }

    /// Suffixes that name the kind of division, not the division: "Shan State" is ACLED's "Shan".
    static let admin1Suffixes = [" state", " region", " division", " province", " governorate", " prefecture"]

    /// A first-level division as `countryKey` normalises it, without a suffix such as " state"; nil when empty.
    static func admin1Key(_ name: String?) -> String? {
        guard let name else { return nil }
        var key = countryKey(name)
        for suffix in admin1Suffixes where key.hasSuffix(suffix) && key.count > suffix.count {
            key.removeLast(suffix.count)
            break
        }
        return key.isEmpty ? nil : key
    }

    /// Words that do not name a country in a state actor's name ("Government of the Republic of the Union of Myanmar").
    static let stateNameFiller: Set<String> = [
        "the", "of", "republic", "union", "federal", "democratic", "islamic", "socialist", "people", "peoples", "plurinational",
        "bolivarian",
    ]

    /// Prefixes that make a name a state's forces or government.
    static let statePrefixes = ["military forces of ", "police forces of ", "government of "]

    /// The words of `text`, lower-case: letters and digits, apostrophes dropped inside a word ("Ta'ang" is "taang").
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" { continue }
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// `text` without any parenthesised part: "Military Forces of Myanmar (2016-)" is "Military Forces of Myanmar ".
    static func dropParentheses(_ text: String) -> String {
        guard text.contains("(") else { return text }
        var depth = 0
        var out = ""
        for character in text {
            if character == "(" {
                depth += 1
            } else if character == ")" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                out.append(character)
            }
        }
        return out
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}

/// What one actor name tells the linker: someone unidentified, civilians, a state's forces, or a named actor by its words.
struct NameProfile: Hashable {
    enum Kind: Hashable {
        case unidentified
        case civilians
        /// The forces or government of a country, by the significant words of the country's name.
        case state(Set<String>)
        case named
    }

    var kind: Kind
    /// Significant words, as ids: generic words, numbers, single letters and the event country's words left out.
    var words: [Int32]
    /// The alias groups (from `LinkingRules.actorAliases`) the name belongs to.
    var aliasGroups: [Int32]

    /// Whether two names may denote the same actor.
    func isCompatible(with other: NameProfile) -> Bool {
        switch (kind, other.kind) {
        case (.unidentified, _), (_, .unidentified): return true
        case (.civilians, .civilians): return true
        case (.civilians, _), (_, .civilians): return false
        case (.state(let a), .state(let b)): return a.isSubset(of: b) || b.isSubset(of: a)
        default:
            return words.contains { other.words.contains($0) } || aliasGroups.contains { other.aliasGroups.contains($0) }
        }
    }
}
