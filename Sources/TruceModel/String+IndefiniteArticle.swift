extension String {
    /// The text after the indefinite article English reads before it: "an ACLED", "an obligation",
    /// "an import", but "a UCDP GED", "a user", "a claims".
    ///
    /// Messages that name a kind held in a variable use it, so that no kind gets "a" before a vowel.
    /// The article follows the first word's sound as far as its spelling tells: "an" before a, e, i
    /// and o (not "one" or "eu…"), before a silent h ("hour", "honest", "heir"), and before a "u"
    /// read as a vowel ("unmapped", but "a UCDP", "a user", "a unit"). A word in capitals with no vowel
    /// is read letter by letter ("an SQL", "an M23"); one with a vowel as a word ("a GDELT", "a NATO").
    public var withIndefiniteArticle: String {
        (Self.startsWithVowelSound(self) ? "an " : "a ") + self
    }

    private static func startsWithVowelSound(_ text: String) -> Bool {
        let word = text.prefix { $0.isLetter || $0.isNumber }
        guard let first = word.first else { return false }
        let lower = word.lowercased()
        let isCapitals = word.count > 1 && word.allSatisfy { $0.isUppercase || $0.isNumber }
        if isCapitals && !word.contains(where: { "AEIOU".contains($0) }) {
            // Read letter by letter: F, H, L, M, N, R, S and X are named with a vowel first ("ef", "aitch").
            return "FHLMNRSX".contains(first)
        }
        switch lower.first {
        case "a", "i": return true
        case "e": return !lower.hasPrefix("eu")
        case "o": return !(lower == "one" || lower.hasPrefix("once"))
        case "h": return ["hour", "honest", "honour", "honor", "heir"].contains { lower.hasPrefix($0) }
        case "u":
            // A capital U of an acronym is read "you"; so are "use", "usual", "unit", "unique" and their kin.
            if isCapitals || word.count == 1 { return false }
            let readYou = ["use", "usu", "uti", "ura", "uro", "ubi", "unit", "union", "uniq", "univ", "unif", "unani", "ukr", "uga"]
            return !readYou.contains { lower.hasPrefix($0) }
        default: return false
        }
    }
}
