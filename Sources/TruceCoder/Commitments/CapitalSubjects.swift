/// A capital named as the subject of a commitment stands for its country's government:
/// "Washington will withdraw" is owed by the United States government, "Kabul agreed to release"
/// by Afghanistan's.
///
/// Elsewhere a capital is a place ("talks in Doha", "the deal with Washington"), which is why the
/// actor dictionary leaves capitals out; here a city counts only as a subject: it opens its clause
/// (the sentence's start, a mark, or "and", "but", "that", "while") and a modal, an auxiliary, an
/// adverb, a mark or "and" follows it ("Washington will", "Kabul has agreed", "Moscow and Kyiv
/// agreed"), so "the Doha agreement will" and "Kabul residents will" name no government.
enum CapitalSubjects {
    /// Words after which a subject opens its clause.
    static let clauseWords: Set<String> = ["and", "but", "that", "while", "whereas", "or", "both", "either", "neither", "nor"]
    /// Words that may follow a subject before its verb phrase.
    static let following: Set<String> = [
        "and", "or", "has", "have", "had", "is", "was", "says", "said", "would", "could", "also", "now", "then", "already", "still",
        "nor",
    ]

    /// The governments that capitals stand for as subjects in `tokens`, as actor mentions over the city's
    /// words; `country` gives the actor dictionary's mention of a country's name ("United States" → USA).
    static func governments(in tokens: [LexToken], sentence bytes: [UInt8], country: (String) -> ActorMention?) -> [ActorMention] {
        var result: [ActorMention] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind == .word, tokens[index].isCapitalized, opensClause(tokens, at: index),
                let (end, state) = capital(tokens, at: index, bytes: bytes)
            else {
                index += 1
                continue
            }
            if followsAsSubject(tokens, at: end), let mention = country(state) {
                result.append(government(of: mention, range: tokens[index].start..<tokens[end - 1].end))
            }
            index = end
        }
        return result
    }

    /// The mention of the government of the country `mention` names, over `range`.
    static func government(of mention: ActorMention, range: Range<Int>) -> ActorMention {
        // CAMEO writes a government as its country's code and GOV ("USAGOV"), as the dictionary's Kremlin and White House.
        let code = mention.code.count == 3 ? mention.code + "GOV" : mention.code
        return ActorMention(code: code, name: mention.name + " government", range: range)
    }

    /// `actors` with the governments of `capitals` added in order, unless a found actor already covers the city.
    static func merged(_ actors: [ActorMention], _ capitals: [ActorMention]) -> [ActorMention] {
        let added = capitals.filter { capital in !actors.contains { $0.range.overlaps(capital.range) } }
        guard !added.isEmpty else { return actors }
        return (actors + added).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether the word at `index` opens its clause.
    private static func opensClause(_ tokens: [LexToken], at index: Int) -> Bool {
        guard index > 0 else { return true }
        let before = tokens[index - 1]
        return before.kind == .punct ? before.text != "'" : clauseWords.contains(before.text)
    }

    /// The capital's tokens starting at `index` (the longest name first): where they end, and the country.
    private static func capital(_ tokens: [LexToken], at index: Int, bytes: [UInt8]) -> (Int, String)? {
        // Up to the longest name's words, with the marks inside a name ("Port-au-Prince", "Nuku'alofa", "D.C.").
        var end = index + 1
        var words = 1
        var ends: [Int] = [end]
        while end < tokens.count, words < Capitals.index.longest + 1 {
            let token = tokens[end]
            if token.kind == .punct && (token.spaceBefore || !["-", "'"].contains(token.text)) { break }
            end += 1
            if token.kind == .word {
                words += 1
                ends.append(end)
            }
        }
        for end in ends.reversed() {
            let name = String(decoding: bytes[tokens[index].start..<tokens[end - 1].end], as: UTF8.self)
            if let country = Capitals.country(ofCity: name) { return (end, country) }
        }
        return nil
    }

    /// Whether what follows the city at `end` reads as its verb phrase.
    private static func followsAsSubject(_ tokens: [LexToken], at end: Int) -> Bool {
        guard end < tokens.count else { return false }
        let next = tokens[end]
        if next.kind == .punct { return next.text == "," }
        guard next.kind == .word else { return false }
        let word = next.text
        return CommitmentWords.modals.contains(word) || CommitmentWords.recommendations.contains(word)
            || CommitmentWords.undertakings.contains(word) || CommitmentWords.beForms.contains(word) || following.contains(word)
    }
}
