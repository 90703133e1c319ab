import TruceModel

/// Who is speaking: the noun phrase beside a reporting verb.
///
/// A speaker keeps its title and name ("U.S. Army Lt. Col. David Fivecoat")
/// and stops at a comma, so an appositive ("commander of 3rd Battalion") is
/// left out; when the phrase next to the verb is only such an appositive, the
/// name before it is taken instead.
enum SpeakerPhrase {
    /// Reporting verbs and the modality of the claim they make.
    static let verbs: [String: Modality] = [
        "said": .done, "says": .done, "say": .done, "told": .done, "tells": .done, "tweeted": .done, "stated": .done,
        "states": .done, "added": .done, "adds": .done, "announced": .done, "announces": .done, "declared": .done,
        "wrote": .done, "writes": .done, "posted": .done, "insisted": .done, "insists": .done, "claimed": .done,
        "explained": .done, "noted": .done, "confirmed": .done, "asserted": .done, "acknowledged": .done,
        "admitted": .done, "alleged": .done, "argued": .done, "stressed": .done, "emphasised": .done, "emphasized": .done,
        "maintained": .done, "replied": .done, "responded": .done, "reported": .done, "continued": .done, "informed": .done, "assured": .done,
        "reassured": .done,
        "denied": .denied, "denies": .denied, "pledged": .promised, "pledges": .promised, "promised": .promised,
        "promises": .promised, "vowed": .promised, "vows": .promised, "demanded": .demanded, "demands": .demanded,
        "urged": .demanded, "urges": .demanded, "warned": .hypothetical, "warns": .hypothetical, "threatened": .hypothetical,
    ]

    /// Verbs that report speech by themselves; the others ("confirmed", "responded", "noted")
    /// report speech without quotation marks only when "that" follows them.
    static let plainSpeechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "stated", "states", "announced", "announces", "added", "adds", "tweeted",
        "wrote", "writes", "declared", "insisted", "insists", "denied", "denies", "pledged", "pledges", "promised",
        "promises", "vowed", "vows", "demanded", "demands", "urged", "urges", "warned", "warns", "threatened",
    ]

    /// A reporting verb; without quotation marks, one that reports speech by itself or is followed by "that".
    static func isSpeechVerb(_ tokens: [LexToken], _ index: Int, quoted: Bool) -> Bool {
        let token = tokens[index]
        // "The United States", "Said": capitalised, they are names.
        guard token.kind == .word, !token.isCapitalized, verbs[token.text] != nil else { return false }
        if quoted || plainSpeechVerbs.contains(token.text) { return true }
        if index + 1 < tokens.count, tokens[index + 1].isWord("that") { return true }
        // "informed me that", "assured reporters that": the one told stands between the verb and its clause.
        return index + 2 < tokens.count && toldPeople.contains(tokens[index + 1].text) && tokens[index + 2].isWord("that")
    }

    /// Whom a statement is made to, between a reporting verb and its "that" clause.
    static let toldPeople: Set<String> = ["me", "us", "him", "her", "them", "reporters", "journalists", "lawmakers", "congress"]

    /// Words that show a phrase is a clause, not a speaker ("the village is considered … said X").
    static let clauseVerbs: Set<String> = ["is", "was", "were", "are", "been", "be", "will", "would", "has", "have", "had", "can", "could"]

    private static let stopsAfter: Set<String> = [
        "on", "in", "at", "during", "adding", "who", "that", "when", "while", "after", "before", "told", "to", "as", "via",
        "according", "but", "late", "early", "earlier", "later", "yesterday", "today", "tonight", "last", "this",
        "because", "if", "since", "with",
    ]

    private static let stopsBefore: Set<String> = [
        "that", "when", "after", "before", "while", "because", "as", "if", "but", "which", "who", "where", "and", "so",
        "then", "than", "since", "although", "though", "once", "said", "says", "told",
    ]

    /// Words between a speaker and its verb that belong to neither.
    private static let auxiliaries: Set<String> = [
        "also", "later", "previously", "has", "have", "had", "then", "again", "reportedly", "separately", "earlier",
        "publicly", "repeatedly", "would", "did", "was", "were", "is", "are", "once", "further", "recently", "yesterday",
        "today", "tonight", "not", "never", "formally", "officially", "initially", "subsequently", "quickly", "immediately",
    ]

    /// Roles that begin an appositive after a name ("commander of", "a spokesman for").
    private static let appositiveStarts: Set<String> = [
        "a", "an", "the", "commander", "spokesman", "spokeswoman", "spokesperson", "head", "chief", "leader", "minister",
        "director", "governor", "president", "deputy", "member", "official", "envoy", "ambassador", "secretary", "adviser",
        "advisor", "representative", "senior", "former", "who",
    ]

    private static let prepositions: Set<String> = [
        "in", "on", "at", "during", "after", "before", "according", "for", "with", "from", "by", "of", "under", "to",
        "meanwhile", "however", "separately", "earlier", "later", "yesterday", "today",
    ]

    /// A full stop that belongs to the word before it ("Lt.", "Col.", a middle initial).
    static func isAbbreviationDot(_ tokens: [LexToken], _ index: Int) -> Bool {
        guard tokens[index].isPunct("."), index > 0, tokens[index - 1].kind == .word, !tokens[index].spaceBefore else { return false }
        return Abbreviations.takesFullStop(tokens[index - 1].text, isCapitalized: tokens[index - 1].isCapitalized)
    }

    private static func isPhraseToken(_ tokens: [LexToken], _ index: Int) -> Bool {
        let token = tokens[index]
        switch token.kind {
        case .word, .digits: return true
        case .punct:
            if isAbbreviationDot(tokens, index) { return true }
            if token.text == "-" || token.text == "'" || token.text == "&" { return !token.spaceBefore }
            return false
        }
    }

    /// The speaker after a verb ("said U.S. Army Lt. Col. David Fivecoat, commander …"): token indices.
    static func after(_ tokens: [LexToken], from start: Int, limit: Int = 12) -> Range<Int>? {
        var end = start
        while end < tokens.count, end - start < limit, isPhraseToken(tokens, end) {
            if tokens[end].kind == .word, stopsAfter.contains(tokens[end].text), end > start { break }
            if tokens[end].kind == .word, !tokens[end].isCapitalized, verbs[tokens[end].text] != nil { break }
            end += 1
        }
        guard end > start, end - start < limit || end == tokens.count || !isPhraseToken(tokens, end) else { return nil }
        return start..<end
    }

    /// The speaker before a verb, searched back to `lower`: token indices.
    static func before(_ tokens: [LexToken], verb: Int, lower: Int) -> Range<Int>? {
        var end = verb
        while end - 1 >= lower, tokens[end - 1].kind == .word,
            auxiliaries.contains(tokens[end - 1].text) || tokens[end - 1].text.hasSuffix("n't") || tokens[end - 1].has(.weekday)
        {
            end -= 1
        }
        // "the foreign ministry apologised and said": past the other verb.
        if end - 2 > lower, tokens[end - 1].isWord("and"), tokens[end - 2].kind == .word,
            tokens[end - 2].text.hasSuffix("ed") || verbs[tokens[end - 2].text] != nil
        {
            end -= 2
        }
        // The comma that closes an appositive: "Ahmad Khan, a spokesman for the governor, said".
        if end - 1 > lower, tokens[end - 1].isPunct(",") {
            end -= 1
            // A relative clause between speaker and verb: "Saudi Arabia and the United States, which are …, stated".
            var opening = end - 1
            while opening > lower, end - opening < 16, !tokens[opening].isPunct(",") { opening -= 1 }
            if opening > lower, tokens[opening].isPunct(","), ["which", "who", "whose", "where"].contains(tokens[opening + 1].text) {
                end = opening
            }
        }
        var chunks: [Range<Int>] = []
        var chunkEnd = end
        var reachedStart = false
        while chunks.count < 4 {
            var start = chunkEnd
            while start - 1 >= lower, isPhraseToken(tokens, start - 1), chunkEnd - start < 12 {
                let token = tokens[start - 1]
                if token.kind == .word, stopsBefore.contains(token.text) || (!token.isCapitalized && verbs[token.text] != nil) { break }
                start -= 1
            }
            guard start < chunkEnd else { break }
            chunks.insert(start..<chunkEnd, at: 0)
            if start == lower {
                reachedStart = true
                break
            }
            // Another chunk only across a comma.
            guard start - 1 > lower, tokens[start - 1].isPunct(",") else { break }
            chunkEnd = start - 1
        }
        guard let nearest = chunks.last, nearest.count <= 12 else { return nil }
        if nearest.contains(where: { tokens[$0].kind == .word && clauseVerbs.contains(tokens[$0].text) }) { return nil }
        // A name followed by appositives: "David Fivecoat, commander of 3rd Battalion, said".
        for (position, chunk) in chunks.enumerated().dropLast() {
            let first = tokens[chunk.lowerBound]
            guard first.kind == .word, !prepositions.contains(first.text), looksLikeName(tokens, chunk),
                chunk.lowerBound == lower || tokens[chunk.lowerBound - 1].isPunct(","),
                !chunk.contains(where: { clauseVerbs.contains(tokens[$0].text) })
            else { continue }
            if chunks[(position + 1)...].allSatisfy({ isAppositive(tokens, $0) }) { return chunk }
        }
        // Without a comma before it, a long run that did not reach the sentence start is probably a clause.
        if nearest.count > 8, !reachedStart || chunks.count > 1 { return nil }
        return nearest
    }

    private static func looksLikeName(_ tokens: [LexToken], _ chunk: Range<Int>) -> Bool {
        chunk.contains { tokens[$0].kind == .word && tokens[$0].isCapitalized } && chunk.count <= 10
    }

    private static func isAppositive(_ tokens: [LexToken], _ chunk: Range<Int>) -> Bool {
        let first = tokens[chunk.lowerBound]
        if first.kind == .digits { return true }
        return first.kind == .word && (!first.isCapitalized || appositiveStarts.contains(first.text))
    }
}
