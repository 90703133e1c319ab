/// Whether the verb nearest a phrase speaks of the future.
///
/// The nearest tense marker before the phrase decides ("said on Wednesday that
/// it will withdraw": "said" is nearer to "Wednesday", so Wednesday is past);
/// when there is none before it, the nearest after it ("On Tuesday, the
/// ministers will meet"). Without any marker a date is read as past, the
/// common case in news reports.
enum Tense {
    static let futureMarkers: Set<String> = [
        "will", "shall", "would", "won't", "due", "scheduled", "expected", "plans", "plan", "planned", "planning",
        "going", "upcoming", "intends", "intend", "aims", "set", "next", "forthcoming", "tomorrow", "wo", "'ll",
    ]

    static let pastMarkers: Set<String> = [
        "was", "were", "had", "did", "said", "told", "met", "began", "held", "took", "gave", "left", "went", "came",
        "fought", "shot", "struck", "broke", "sent", "fled", "saw", "won", "lost", "spoke", "wrote", "made", "became",
        "ran", "brought", "caught", "led", "kept", "hit", "ago", "last", "yesterday", "earlier", "says", "has", "have",
        "found", "fell", "seized", "killed", "stood", "flew", "drove", "blew", "threw", "withdrew", "overran", "quit",
    ]

    /// Words ending in "-ed" that are not past tense, or point to the future.
    private static let notPast: Set<String> = ["need", "proceed", "indeed", "speed", "seed", "feed", "bed", "red", "hundred", "united"]

    static func isFuture(_ tokens: [LexToken], around start: Int, _ end: Int, window: Int = 10) -> Bool {
        var index = start - 1
        var steps = 0
        while index >= 0, steps < window {
            if let future = marker(tokens[index]) { return future }
            if tokens[index].isPunct(";") || tokens[index].isPunct("\"") { break }
            index -= 1
            steps += 1
        }
        index = end
        steps = 0
        while index < tokens.count, steps < window {
            if let future = marker(tokens[index]) { return future }
            if tokens[index].isPunct(";") || tokens[index].isPunct(".") { break }
            index += 1
            steps += 1
        }
        return false
    }

    /// True for a future marker, false for a past one, nil for neither.
    /// `participles`: whether "-ed" words count as past ("launched"); off for deadlines,
    /// where they are mostly passives ("are to be freed by March 10").
    static func marker(_ token: LexToken, participles: Bool = true) -> Bool? {
        guard token.kind == .word else { return nil }
        let word = token.text
        if futureMarkers.contains(word) || word.hasSuffix("'ll") { return true }
        if pastMarkers.contains(word) { return false }
        if participles, word.count > 4, word.hasSuffix("ed"), !notPast.contains(word), !token.isCapitalized { return false }
        return nil
    }
}
