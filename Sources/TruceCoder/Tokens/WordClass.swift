/// Small closed word classes the coder asks about many times per sentence, as bits looked up
/// once per token (a hash per question would cost more than the coding itself).
struct WordClass: OptionSet, Hashable, Sendable {
    let rawValue: UInt32

    static let determiners = WordClass(rawValue: 1 << 0)
    static let prepositions = WordClass(rawValue: 1 << 1)
    static let clauseStarters = WordClass(rawValue: 1 << 2)
    static let auxiliaries = WordClass(rawValue: 1 << 3)
    static let negators = WordClass(rawValue: 1 << 4)
    static let beForms = WordClass(rawValue: 1 << 5)
    static let degreeWords = WordClass(rawValue: 1 << 6)
    static let coordinators = WordClass(rawValue: 1 << 7)
    static let subjectPronouns = WordClass(rawValue: 1 << 8)
    static let linkingPrepositions = WordClass(rawValue: 1 << 9)
    static let conjunctions = WordClass(rawValue: 1 << 10)
    static let fillers = WordClass(rawValue: 1 << 11)
    /// Some actor, agent, verb or discard phrase of the loaded dictionaries starts with this word.
    static let startWord = WordClass(rawValue: 1 << 12)

    static let words: [(WordClass, [String])] = [
        (
            .determiners,
            [
                "A", "AN", "THE", "ITS", "THEIR", "HIS", "HER", "OUR", "MY", "YOUR", "THIS", "THESE", "THOSE", "EACH", "EVERY",
                "ANY", "NO", "SOME", "'S", "ANOTHER", "SUCH",
            ]
        ),
        (
            .prepositions,
            [
                "OF", "IN", "ON", "AT", "BY", "WITH", "TO", "FROM", "FOR", "AGAINST", "INTO", "ONTO", "TOWARD", "TOWARDS", "OVER",
                "UNDER", "NEAR", "ABOUT", "AMONG", "BETWEEN", "DURING", "THROUGH", "ACROSS", "ALONG", "AROUND", "BEHIND", "WITHOUT",
                "WITHIN", "UPON", "VIA", "OUTSIDE", "INSIDE", "BESIDE", "BEYOND", "LIKE", "ANTI-",
            ]
        ),
        (
            .clauseStarters,
            [
                "AFTER", "BEFORE", "WHEN", "WHILE", "BECAUSE", "SINCE", "ALTHOUGH", "THOUGH", "IF", "UNLESS", "UNTIL", "WHICH",
                "WHO", "WHOM", "WHOSE", "WHERE", "WHEREAS", "THAT", ";", ":", "BUT",
            ]
        ),
        (
            .auxiliaries,
            [
                "WILL", "WOULD", "SHALL", "SHOULD", "CAN", "CA", "COULD", "MAY", "MIGHT", "MUST", "HAS", "HAVE", "HAD", "IS", "ARE",
                "AM", "WAS", "WERE", "BE", "BEEN", "BEING", "DO", "DOES", "DID", "WO", "TO", "ALSO", "AGAIN", "EVER", "EVEN", "STILL",
                "JUST", "YET", "ALREADY", "NOW", "THEN", "MOST", "NOT", "N'T", "NEVER", "REPORTEDLY", "ABOUT",
            ]
        ),
        (.negators, ["NOT", "N'T", "NEVER"]),
        (.beForms, ["IS", "ARE", "AM", "WAS", "WERE", "BE", "BEEN", "BEING"]),
        (.degreeWords, ["VERY", "SO", "TOO", "MORE", "LESS", "QUITE", "RATHER", "FAIRLY"]),
        (.coordinators, ["AND", "OR", "BUT", ",", "THEN"]),
        (.subjectPronouns, ["IT", "HE", "SHE", "THEY", "WE"]),
        (.linkingPrepositions, ["OF", "FROM", "IN"]),
        (.conjunctions, ["AND", "OR", "NOR", ","]),
        (.fillers, ["THE", "A", "AN", "ITS", "THEIR", "HIS", "HER", "NEITHER", "EITHER", "BOTH"]),
    ]

    /// The classes of each listed word, without dictionary start words.
    static let table: [String: WordClass] = {
        var table: [String: WordClass] = [:]
        for (wordClass, list) in words {
            for word in list { table[word, default: []].insert(wordClass) }
        }
        return table
    }()
}

extension WordToken {
    func has(_ wordClass: WordClass) -> Bool { classes.contains(wordClass) }

    /// A lower-case word in "-ly" ("reportedly", "jointly"): an adverb, which passes between a subject and its verb.
    var isLyAdverb: Bool { kind == .word && text.hasSuffix("LY") && !isCapitalized }
}
