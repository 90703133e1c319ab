/// A line written in title case ("Two Soldiers Were Killed In An Ambush Near Rutshuru"), as headlines are: there a
/// capital says nothing about a word, so "An" is read as a number and "Soldiers Were" as a name. The coder reads such a
/// line with the words it knows as common words in lower case — words of the closed classes ("In", "An", "Were"),
/// prepositions, number words, and words that begin an agent or verb phrase ("Soldiers", "Killed") — and keeps the
/// rest as written: names the actor dictionary holds ("Islamic State"), acronyms ("RSF"), and unknown words, which
/// in a headline are mostly names ("Rutshuru").
enum TitleCaseLine {
    /// The line with its known common words in lower case, the same length in bytes; the line unchanged when it is not
    /// in title case: at least four words, none starting in lower case, and a word of a closed class capitalised after
    /// the first (a sentence of names alone, "Rebel Leader Meets Envoy", reads the same either way).
    static func lowered(_ line: String, dictionaries: CoderDictionaries) -> String {
        // Most lines have a word in lower case: a pass over the bytes tells, before any tokenizing.
        guard !hasLowerCaseWord(line) else { return line }
        let tokens = dictionaries.classifiedTokens(line)
        let words = tokens.indices.filter { tokens[$0].kind == .word && tokens[$0].text.first?.isLetter == true }
        guard words.count >= 4, words.allSatisfy({ tokens[$0].isCapitalized }),
            words.dropFirst().contains(where: { WordClass.table[tokens[$0].text] != nil })
        else { return line }
        var bytes = Array(line.utf8)
        var index = 0
        while index < tokens.count {
            // A name the actor dictionary holds stays as written, all its words.
            if let match = dictionaries.actors.matches(in: tokens, at: index).first, match.length > 0 {
                index += match.length
                continue
            }
            let token = tokens[index]
            let start = token.range.lowerBound
            let isAcronym = token.range.count > 1 && Bytes.isUpper(bytes[start + 1])
            if token.kind == .word, token.isCapitalized, !isAcronym, isCommonWord(token) {
                bytes[start] = Bytes.lower(bytes[start])
            }
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hasLowerCaseWord(_ line: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in line.utf8 {
            if Bytes.isLower(byte), Bytes.isSpace(previous) || previous == 0x22 || previous == 0x28 { return true }
            previous = byte
        }
        return false
    }

    /// A word the coder knows as a common word: a closed-class word, a preposition, a number word, or the first word of
    /// an agent or verb phrase.
    private static func isCommonWord(_ token: WordToken) -> Bool {
        let lower = token.text.lowercased()
        return WordClass.table[token.text] != nil || token.has(.startWord) || DateWords.linkingWords.contains(lower)
            || NumberWords.isNumberWord(lower) || prepositions.contains(lower)
    }

    /// Prepositions a headline capitalises that the date words do not list.
    private static let prepositions: Set<String> = ["near", "over", "under", "amid", "of", "for", "off", "up", "down", "out", "via", "per"]
}
