/// Words after which a full stop does not end a sentence ("Lt.", "Gen.", "Jan.", "etc."), and the one
/// rule that decides it: the sentence splitter and the speaker phrases of claims both ask `takesFullStop`.
enum Abbreviations {
    /// Lower case, without the full stop. Dotted forms ("U.S.", "e.g.") need no entry: a word with an
    /// inner dot always keeps its final one.
    static let words: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "lt", "col", "gen", "capt", "cpt", "maj", "sgt", "cpl", "pvt", "pfc", "spc",
        "adm", "cmdr", "cdr", "brig", "rep", "reps", "sen", "gov", "pres", "amb", "st", "mt", "ft", "no", "nos",
        "vol", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "jr", "sr", "inc",
        "ltd", "co", "corp", "vs", "approx", "est", "dept", "univ", "assn", "bros", "gens", "cols", "lts", "sgts",
        "msgt", "ssgt", "rev", "hon", "messrs", "fig", "art", "para", "sec", "ave", "blvd", "rd", "cf", "ca", "al",
        "op", "etc", "mg", "bg", "ret",
    ]

    /// The longest entry of `words`, in bytes: a longer word is never looked up.
    static let longestWord = 7

    /// Whether a full stop right after `word` (letters only, lower case) belongs to the word: a listed
    /// abbreviation, or a single capital letter (an initial, "R. J. Peek").
    static func takesFullStop(_ word: String, isCapitalized: Bool) -> Bool {
        if word.utf8.count == 1 { return isCapitalized }
        return word.utf8.count <= longestWord && words.contains(word)
    }

    /// Whether the full stop at `dot` closes an abbreviation, an initial or a dotted initialism ("U.S.",
    /// "a.m.") rather than a sentence; the word is read back from `dot` to no further than `start`.
    static func endsAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, dot: Int, from start: Int) -> Bool {
        var wordStart = dot
        var innerDot = false
        // Abbreviations are short: looking back a bounded way keeps runs like "a.a.a.a." linear.
        while wordStart > start, Bytes.isLetter(bytes[wordStart - 1]) || bytes[wordStart - 1] == 0x2E {
            if bytes[wordStart - 1] == 0x2E { innerDot = true }
            wordStart -= 1
            if dot - wordStart > 12 { return false }
        }
        let length = dot - wordStart
        guard length > 0 else { return false }
        if innerDot { return true }
        guard length <= longestWord else { return false }
        var word = ""
        for offset in wordStart..<dot { word.unicodeScalars.append(Unicode.Scalar(Bytes.lower(bytes[offset]))) }
        return takesFullStop(word, isCapitalized: Bytes.isUpper(bytes[wordStart]))
    }
}
