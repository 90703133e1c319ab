/// Reported speech without quotation marks: "X said (that) …", "…, X said.", "According to X, …".
extension ClaimScanner {
    func reportedSpeech(outside quotes: [QuoteSpan]) -> [FoundClaim] {
        var result: [FoundClaim] = []
        var nextQuote = 0
        let text = UnsafeBufferPointer(rebasing: bytes[0..<limit])
        for sentence in SentenceSplitter.split(text, maximumLength: SentenceSplitter.defaultMaximumLength) {
            while nextQuote < quotes.count, quotes[nextQuote].close <= sentence.lowerBound { nextQuote += 1 }
            if nextQuote < quotes.count, quotes[nextQuote].open < sentence.upperBound { continue }
            let sentenceTokens = tokens(sentence)
            if let claim = reported(sentenceTokens, sentence: sentence) { result.append(claim) }
        }
        return result
    }

    private func reported(_ tokens: [LexToken], sentence: Range<Int>) -> FoundClaim? {
        guard tokens.count >= 4 else { return nil }
        var end = tokens.count
        while end > 0, tokens[end - 1].kind == .punct { end -= 1 }
        guard end > 3 else { return nil }
        // According to X, …  /  …, according to X.
        if let according = (0..<(end - 1)).first(where: { tokens[$0].isWord("according") && tokens[$0 + 1].isWord("to") }),
            let speaker = SpeakerPhrase.after(tokens, from: according + 2, limit: 14)
        {
            let speakerRange = trimPossessive(tokens, speaker)
            let clause: Range<Int>
            if according == 0 || (according == 1 && tokens[0].kind == .word) {
                var start = speaker.upperBound
                while start < end, tokens[start].kind == .punct || start < end && isAccountWord(tokens[start]) { start += 1 }
                clause = start..<end
            } else {
                var stop = according
                while stop > 0, tokens[stop - 1].kind == .punct { stop -= 1 }
                clause = 0..<stop
            }
            return claim(tokens, sentence: sentence, speaker: speakerRange, verb: according..<(according + 2), clause: clause)
        }
        if let found = trailingAttribution(tokens, end: end, sentence: sentence) { return found }
        // X said (in a statement) (that) …  /  X denied …  /  X rejected claims that …
        guard let leading = (1..<min(end, 24)).first(where: { isLeadingVerb(tokens, $0) }) else { return nil }
        var verb = leading
        guard let speaker = SpeakerPhrase.before(tokens, verb: verb, lower: 0) else {
            // "… is a safe haven for insurgents said U.S. Army Capt. Aaron Schwengler": the speaker follows.
            guard verb + 1 < end, tokens[verb + 1].isCapitalized, let speaker = SpeakerPhrase.after(tokens, from: verb + 1),
                verb >= 3
            else { return nil }
            return claim(tokens, sentence: sentence, speaker: speaker, verb: verb..<(verb + 1), clause: 0..<verb)
        }
        var verbEnd = verb + 1
        if tokens[verb].text == "rejected" || tokens[verb].text == "dismissed" {
            // "rejected (the) claims": the verb takes its object along.
            verbEnd = min(end, verb + (["the", "any", "all"].contains(tokens[verb + 1].text) ? 3 : 2))
            // "rejected the accusation and said …": the statement is what was said.
            if verbEnd + 1 < end, tokens[verbEnd].isWord("and"), SpeakerPhrase.isSpeechVerb(tokens, verbEnd + 1, quoted: false) {
                verb = verbEnd + 1
                verbEnd = verb + 1
            }
        }
        guard verbEnd < end else { return nil }
        var start = verbEnd
        if let that = (verbEnd..<min(end, verbEnd + 9)).first(where: { tokens[$0].isWord("that") }),
            !(verbEnd..<that).contains(where: { tokens[$0].isPunct(",") && $0 > verbEnd + 5 })
        {
            start = that + 1
        } else if tokens[verb].text == "told" {
            start = verbEnd + 1
        } else if start < end, ["in", "on", "at", "during", "after", "before", "late", "early"].contains(tokens[start].text) {
            // "said in a previous release": what was said comes after the phrase's comma, or nothing was reported.
            guard let comma = (start..<min(end, start + 8)).first(where: { tokens[$0].isPunct(",") }) else { return nil }
            start = comma + 1
        }
        // "threatened the patrol" is an act; a threat reported as speech takes "to" or "that".
        if tokens[verb].text == "threatened", verbEnd < end, !tokens[verbEnd].isWord("to"), !tokens[verbEnd].isWord("that") {
            return nil
        }
        guard end - start >= 3 else { return nil }
        return claim(tokens, sentence: sentence, speaker: speaker, verb: verb..<verbEnd, clause: start..<end)
    }

    /// "…, X said.", "…, said X, a spokesman.", "…, the UN envoy, Martin Griffiths, stated in a briefing.":
    /// an attribution after one of the sentence's last four commas.
    private func trailingAttribution(_ tokens: [LexToken], end: Int, sentence: Range<Int>) -> FoundClaim? {
        var comma = end
        var tried = 0
        while tried < 4 {
            comma -= 1
            while comma > 0, !tokens[comma].isPunct(",") { comma -= 1 }
            guard comma >= 3 else { return nil }
            tried += 1
            let after = comma + 1
            guard after < end else { continue }
            if SpeakerPhrase.isSpeechVerb(tokens, after, quoted: false), after + 1 < end {
                // ", said X" — X ends the sentence or is followed by an appositive.
                if tokens[after + 1].isCapitalized || tokens[after + 1].isWord("a") || tokens[after + 1].isWord("the"),
                    let speaker = SpeakerPhrase.after(tokens, from: after + 1),
                    speaker.upperBound >= end || tokens[speaker.upperBound].isPunct(",")
                {
                    return claim(tokens, sentence: sentence, speaker: speaker, verb: after..<(after + 1), clause: 0..<comma)
                }
                // ", VERB in a briefing": the speaker came before the comma.
                let adverbials: Set<String> = [
                    "in", "on", "at", "during", "late", "early", "yesterday", "today", "tonight", "after", "later", "earlier",
                    "afterwards", "shortly", "last", "this", "via", "through",
                ]
                if adverbials.contains(tokens[after + 1].text), !tokens[after + 1].isCapitalized, end - after <= 8,
                    let speaker = SpeakerPhrase.before(tokens, verb: after, lower: 0)
                {
                    let clauseEnd = startOfAppositives(tokens, before: speaker.lowerBound)
                    guard clauseEnd >= 3 else { return nil }
                    return claim(tokens, sentence: sentence, speaker: speaker, verb: after..<(after + 1), clause: 0..<clauseEnd)
                }
                continue
            }
            // ", X said (on Tuesday)".
            guard let verb = (after..<min(end, after + 14)).first(where: { SpeakerPhrase.isSpeechVerb(tokens, $0, quoted: false) }),
                verb > after, !(after..<verb).contains(where: { tokens[$0].isPunct(",") }),
                (((verb + 1)..<end).first(where: { tokens[$0].isPunct(",") }) ?? end) - verb <= 7,
                let speaker = SpeakerPhrase.before(tokens, verb: verb, lower: after), speaker.lowerBound == after
            else { continue }
            return claim(tokens, sentence: sentence, speaker: speaker, verb: verb..<(verb + 1), clause: 0..<comma)
        }
        return nil
    }

    /// The comma that opens a speaker's appositives: in "…, the UN envoy, Martin Griffiths," the one before "the UN envoy".
    private func startOfAppositives(_ tokens: [LexToken], before speakerStart: Int) -> Int {
        var comma = speakerStart - 1
        guard comma > 0, tokens[comma].isPunct(",") else { return speakerStart }
        while true {
            var chunkStart = comma
            while chunkStart > 0, !tokens[chunkStart - 1].isPunct(",") { chunkStart -= 1 }
            let length = comma - chunkStart
            guard chunkStart > 0, length > 0, length <= 5, tokens[chunkStart].kind == .word,
                !tokens[chunkStart].isCapitalized || ["the", "a", "an"].contains(tokens[chunkStart].text)
            else { return comma }
            comma = chunkStart - 1
        }
    }

    private func isAccountWord(_ token: LexToken) -> Bool {
        token.kind == .word && ["account", "statement", "report", "version", "figures", "tally", "count"].contains(token.text)
    }

    private func isLeadingVerb(_ tokens: [LexToken], _ index: Int) -> Bool {
        let token = tokens[index]
        if SpeakerPhrase.isSpeechVerb(tokens, index, quoted: false) { return true }
        return token.kind == .word && ["rejected", "dismissed"].contains(token.text) && ModalityDetector.isDenial(tokens, index)
    }

    private func claim(_ tokens: [LexToken], sentence: Range<Int>, speaker: Range<Int>, verb: Range<Int>, clause: Range<Int>) -> FoundClaim? {
        guard clause.count >= 3, clause.upperBound <= tokens.count else { return nil }
        // A clause of names only is an attribution fragment, not a statement.
        guard clause.contains(where: { tokens[$0].kind == .word && !tokens[$0].isCapitalized }) else { return nil }
        let found = attribution(tokens, verb: verb, speaker: speaker)
        let clauseRange = tokens[clause.lowerBound].start..<tokens[clause.upperBound - 1].end
        return FoundClaim(
            speaker: found.speaker, verb: found.verb, quote: text(clauseRange), range: sentence, quoteRange: clauseRange,
            speakerRange: found.speakerRange, modality: found.modality, isQuotation: false)
    }
}
