/// A casualty count told as a running total: "have detained more than 175 insurgents since the first of the year",
/// "850 civilians have been killed since the war began", "the war has killed 4,000 people to date". The perfect says
/// the count adds up to now; "since", "so far", "to date", "this year" or "total" say from when. Such a count is no
/// single event (`CasualtyFinder` leaves it out) but a figure (`FigureFinder`'s `killed_total`, `wounded_total`).
enum RunningTotal {
    /// Whether the casualty verb at `verb` of `words` (lower case) is in the perfect: "have killed", "has been wounded",
    /// "have captured or killed" (the auxiliary stands before the first of joined verbs).
    static func isPerfect(_ words: [String], verb: Int) -> Bool { isPerfect(verb: verb) { words[$0] } }

    /// `isPerfect(_:verb:)` over words read by `word(at:)`, so that a caller need not copy its words.
    static func isPerfect(verb: Int, word: (Int) -> String) -> Bool {
        var verb = verb
        while verb >= 2, word(verb - 1) == "or" || word(verb - 1) == "and", word(verb - 2).hasSuffix("ed") { verb -= 2 }
        guard verb > 0 else { return false }
        return word(verb - 1) == "have" || word(verb - 1) == "has" || verb > 1 && word(verb - 2) == "have"
    }

    /// Whether the sentence says from when a count adds up: "since", "total", "so far", "to date", "this year".
    static func isMarked(_ words: [String]) -> Bool {
        words.contains { $0 == "since" || $0 == "total" }
            || words.indices.contains { index in
                index + 1 < words.count
                    && (words[index] == "so" && words[index + 1] == "far"
                        || words[index] == "to" && words[index + 1] == "date"
                        || words[index] == "this" && words[index + 1] == "year")
            }
    }
}
