import TruceModel

/// One pass of the claim finder over an article's bytes.
struct ClaimScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let limit: Int

    struct QuoteSpan {
        var open: Int
        var contentStart: Int
        var contentEnd: Int
        /// Just past the closing mark (or the cut, when unclosed).
        var close: Int
        var closed: Bool
    }

    func scan() -> [FoundClaim] {
        let quotes = findQuotes()
        var claims: [FoundClaim] = []
        var previousEnd = 0
        for (position, quote) in quotes.enumerated() {
            let floor = position > 0 ? quotes[position - 1].close : 0
            let ceiling = position + 1 < quotes.count ? quotes[position + 1].open : limit
            if var claim = attributeQuote(quote, floor: floor, ceiling: ceiling) {
                claim.range = min(claim.range.lowerBound, quote.open)..<max(claim.range.upperBound, quote.close)
                claims.append(claim)
                previousEnd = claim.range.upperBound
            } else if quote.closed, let last = claims.last, last.isQuotation, quote.open - previousEnd < 200 {
                // “…,” he said. “More words.” — the speaker goes on.
                claims.append(
                    FoundClaim(
                        speaker: last.speaker, verb: last.verb, quote: quoteText(quote),
                        range: quote.open..<quote.close, quoteRange: quote.contentStart..<quote.contentEnd, speakerRange: nil,
                        modality: last.modality, isQuotation: true))
                previousEnd = quote.close
            }
        }
        claims.append(contentsOf: reportedSpeech(outside: quotes))
        claims.sort { $0.range.lowerBound < $1.range.lowerBound }
        for index in claims.indices { claims[index].modality = ClaimContentModality.modality(of: claims[index]) }
        return resolvePronouns(claims.filter { Self.namesSomeone($0.speaker) })
    }

    /// Whether a speaker phrase names someone: not only the author's own voice or a word like "all"
    /// ("I", "what I", "I think we've", "All" are no speakers; "they" and "our allies" are).
    static func namesSomeone(_ speaker: String) -> Bool {
        let words = speaker.lowercased().split { !$0.isLetter }
        return words.contains { !notSomeone.contains(String($0)) }
    }

    private static let notSomeone: Set<String> = [
        "i", "we", "you", "me", "us", "all", "what", "everyone", "everybody", "anyone", "someone", "some", "many", "most",
        "both", "each", "it", "this", "that", "these", "those", "think", "who", "which", "ve", "ll", "m", "re", "d", "s", "just",
        "also", "so", "and", "as",
    ]

    // MARK: - Quotation marks

    func findQuotes() -> [QuoteSpan] {
        var result: [QuoteSpan] = []
        var index = 0
        while index < limit {
            let byte = bytes[index]
            guard byte == 0x22 || byte == 0xE2 else {
                index += 1
                continue
            }
            let (mark, width) = TextScan.quoteMark(bytes, at: index)
            guard mark == .straight || mark == .curlyOpen else {
                index += width
                continue
            }
            let quote = closeQuote(from: index, width: width, curly: mark == .curlyOpen)
            if quote.contentEnd > quote.contentStart { result.append(quote) }
            index = max(quote.close, index + width)
        }
        return result
    }

    func closeQuote(from open: Int, width: Int, curly: Bool) -> QuoteSpan {
        var index = open + width
        let contentStart = index
        while index < limit, index - open < ClaimFinder.quoteCap {
            let (mark, markWidth) = TextScan.quoteMark(bytes, at: index)
            if (curly && mark == .curlyClose) || (!curly && mark == .straight) {
                return QuoteSpan(open: open, contentStart: contentStart, contentEnd: index, close: index + markWidth, closed: true)
            }
            let breakWidth = TextScan.lineBreak(bytes, at: index, limit: limit)
            if breakWidth > 0 {
                // A quotation running into the next paragraph reopens it there.
                var next = index
                while next < limit, TextScan.isSpace(bytes[next]) || TextScan.lineBreak(bytes, at: next, limit: limit) > 0 {
                    next += TextScan.lineBreak(bytes, at: next, limit: limit) > 0 ? TextScan.lineBreak(bytes, at: next, limit: limit) : 1
                }
                let (reopen, reopenWidth) = next < limit ? TextScan.quoteMark(bytes, at: next) : (.none, 1)
                if reopen == .curlyOpen || (!curly && reopen == .straight) {
                    index = next + reopenWidth
                    continue
                }
                return unclosed(open: open, contentStart: contentStart, end: index)
            }
            index += 1
        }
        return unclosed(open: open, contentStart: contentStart, end: min(index, limit))
    }

    /// An unclosed quote ends at its paragraph's end, at most `unclosedQuoteCap` bytes on,
    /// cut back to the last sentence end within that.
    func unclosed(open: Int, contentStart: Int, end: Int) -> QuoteSpan {
        var cut = min(end, contentStart + ClaimFinder.unclosedQuoteCap, limit)
        if cut < end {
            var back = cut
            while back > contentStart, bytes[back - 1] != 0x2E { back -= 1 }
            if back > contentStart { cut = back }
        }
        // Never end inside a multi-byte character.
        while cut > contentStart, cut < limit, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        return QuoteSpan(open: open, contentStart: contentStart, contentEnd: cut, close: cut, closed: false)
    }

    /// The quotation's words: marks that reopen it in later paragraphs dropped, ends trimmed.
    func quoteText(_ quote: QuoteSpan) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(quote.contentEnd - quote.contentStart)
        var index = quote.contentStart
        var afterNewline = false
        while index < quote.contentEnd {
            let byte = bytes[index]
            if afterNewline {
                let (mark, width) = TextScan.quoteMark(bytes, at: index)
                if mark == .curlyOpen || mark == .straight {
                    index += width
                    afterNewline = false
                    continue
                }
            }
            let breakWidth = TextScan.lineBreak(bytes, at: index, limit: quote.contentEnd)
            if breakWidth > 0 {
                afterNewline = true
                if out.last != 0x20 { out.append(0x20) }
                index += breakWidth
                continue
            } else if !(afterNewline && TextScan.isSpace(byte)) {
                afterNewline = false
                out.append(byte == 0x0D || byte == 0x09 ? 0x20 : byte)
            }
            index += 1
        }
        return trimmed(String(decoding: out, as: UTF8.self))
    }

    func trimmed(_ text: String) -> String {
        var result = Substring(text)
        while let last = result.last, last == " " || last == "," || last == "\n" { result = result.dropLast() }
        while let first = result.first, first == " " || first == "\n" { result = result.dropFirst() }
        return String(result)
    }

    // MARK: - Attribution

    /// Tokens of `bytes[range]` with offsets into the whole text.
    func tokens(_ range: Range<Int>) -> [LexToken] {
        guard range.lowerBound < range.upperBound else { return [] }
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        var result = LexTokenizer.tokens(slice)
        for index in result.indices {
            result[index].start += range.lowerBound
            result[index].end += range.lowerBound
        }
        return result
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    func text(_ tokens: [LexToken], _ range: Range<Int>) -> String {
        text(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    func attributeQuote(_ quote: QuoteSpan, floor: Int, ceiling: Int) -> FoundClaim? {
        let words = quoteText(quote)
        // Scare quotes and titles: too short to be a statement.
        guard words.utf8.count >= 8, words.contains(" ") else { return nil }
        if quote.closed, let found = attributionAfter(quote, ceiling: ceiling) {
            return FoundClaim(
                speaker: found.speaker, verb: found.verb, quote: words, range: quote.open..<found.end,
                quoteRange: quote.contentStart..<quote.contentEnd, speakerRange: found.speakerRange, modality: found.modality,
                isQuotation: true)
        }
        if let found = attributionBefore(quote, floor: floor) {
            return FoundClaim(
                speaker: found.speaker, verb: found.verb, quote: words, range: found.start..<quote.close,
                quoteRange: quote.contentStart..<quote.contentEnd, speakerRange: found.speakerRange, modality: found.modality,
                isQuotation: true)
        }
        return nil
    }

    struct Attribution {
        var speaker: String
        var speakerRange: Range<Int>
        var verb: String
        var modality: Modality
        var start: Int
        var end: Int
    }

    func paragraphEnd(from index: Int, ceiling: Int) -> Int {
        var end = index
        let stop = min(ceiling, index + 400, limit)
        while end < stop, TextScan.lineBreak(bytes, at: end, limit: limit) == 0 { end += 1 }
        return end
    }

    /// “…,” said X / “…,” X said / “…” X tweeted / “…,” according to X.
    func attributionAfter(_ quote: QuoteSpan, ceiling: Int) -> Attribution? {
        let window = tokens(quote.close..<paragraphEnd(from: quote.close, ceiling: ceiling))
        var first = 0
        while first < window.count, window[first].kind == .punct, [",", "-"].contains(window[first].text) { first += 1 }
        guard first < window.count else { return nil }
        if SpeakerPhrase.isSpeechVerb(window, first, quoted: true), let speaker = SpeakerPhrase.after(window, from: first + 1) {
            return attribution(window, verb: first..<(first + 1), speaker: speaker)
        }
        if window[first].isWord("according"), first + 1 < window.count, window[first + 1].isWord("to"),
            let speaker = SpeakerPhrase.after(window, from: first + 2)
        {
            return attribution(window, verb: first..<(first + 2), speaker: trimPossessive(window, speaker))
        }
        // “…,” the Taliban spokesman said.
        var index = first
        while index < window.count, index - first < 20 {
            let token = window[index]
            if token.isPunct("."), !SpeakerPhrase.isAbbreviationDot(window, index) { return nil }
            if SpeakerPhrase.isSpeechVerb(window, index, quoted: true) {
                guard let speaker = SpeakerPhrase.before(window, verb: index, lower: first) else { return nil }
                return attribution(window, verb: index..<(index + 1), speaker: speaker)
            }
            index += 1
        }
        return nil
    }

    /// X said: “…” / X told reporters, “…” / X said that “…”.
    func attributionBefore(_ quote: QuoteSpan, floor: Int) -> Attribution? {
        let from = max(floor, quote.open - 400, 0)
        var window = tokens(from..<quote.open)
        // Only the sentence the quotation opens in.
        if let stop = window.lastIndex(where: { $0.isPunct(".") || $0.isPunct("!") || $0.isPunct("?") }),
            !SpeakerPhrase.isAbbreviationDot(window, stop)
        {
            window = Array(window[(stop + 1)...])
        }
        guard !window.isEmpty else { return nil }
        var tail = window.count
        while tail > 0, window[tail - 1].kind == .punct || window[tail - 1].isWord("that") { tail -= 1 }
        let earliest = max(0, tail - 6)
        guard let verb = (earliest..<tail).last(where: { SpeakerPhrase.isSpeechVerb(window, $0, quoted: true) }) else {
            return namedBeforeColon(window, tail: tail)
        }
        guard let speaker = SpeakerPhrase.before(window, verb: verb, lower: 0) else { return nil }
        return attribution(window, verb: verb..<(verb + 1), speaker: speaker)
    }

    /// Secretary of State Marco Rubio: “…” — a transcript's or a list's speaker: a name (its title kept), alone
    /// between the start of its sentence, line or list item and a colon right before the quotation.
    func namedBeforeColon(_ window: [LexToken], tail: Int) -> Attribution? {
        guard tail < window.count, window[tail].isPunct(":"), tail > 0 else { return nil }
        var start = 0
        // A list marker or the dash between two quoted speakers.
        while start < tail, window[start].kind == .punct { start += 1 }
        guard start < tail, tail - start <= 16, window[start].isCapitalized, window[tail - 1].isCapitalized else { return nil }
        let joiners: Set<String> = ["of", "the", "for", "and", "on", "al", "bin", "de", "van", "von"]
        let isName = (start..<tail).allSatisfy { index in
            let token = window[index]
            guard token.kind == .word else { return token.kind == .punct && [".", "'", "’", "-"].contains(token.text) }
            // "Sha’ath", "O'Brien": the part after an apostrophe inside a name.
            let afterApostrophe = index > start && !token.spaceBefore && ["'", "’"].contains(window[index - 1].text)
            return token.isCapitalized || joiners.contains(token.text) || afterApostrophe
        }
        guard isName else { return nil }
        let speakerRange = window[start].start..<window[tail - 1].end
        return Attribution(
            speaker: text(speakerRange), speakerRange: speakerRange, verb: ":", modality: .done, start: window[start].start, end: window[tail].end)
    }

    func attribution(_ window: [LexToken], verb: Range<Int>, speaker: Range<Int>) -> Attribution {
        let verbText = text(window, verb)
        let verbWord = window[verb.lowerBound].text
        var modality = verbWord == "according" ? Modality.done : (SpeakerPhrase.verbs[verbWord] ?? .done)
        if verb.count == 2, verbWord != "according" { modality = .denied }
        // "did not say", "never said".
        if verb.lowerBound > 0, ModalityDetector.isNegation(window, verb.lowerBound - 1) { modality = .negated }
        let start = min(window[verb.lowerBound].start, window[speaker.lowerBound].start)
        let end = max(window[verb.upperBound - 1].end, window[speaker.upperBound - 1].end)
        var speakerEnd = window[speaker.upperBound - 1].end
        if window[speaker.upperBound - 1].text.hasSuffix("'s"), speaker.count > 0 {
            // Drop a possessive: "the ministry's account" names the ministry.
            speakerEnd -= bytes[speakerEnd - 2] == 0x27 ? 2 : 4
        }
        let speakerRange = window[speaker.lowerBound].start..<speakerEnd
        return Attribution(
            speaker: text(speakerRange), speakerRange: speakerRange, verb: verbText, modality: modality, start: start, end: end)
    }

    /// "the ministry's account" → "the ministry's" (the possessive itself is dropped in `attribution`).
    func trimPossessive(_ window: [LexToken], _ speaker: Range<Int>) -> Range<Int> {
        guard let owner = speaker.first(where: { window[$0].kind == .word && window[$0].text.hasSuffix("'s") }) else { return speaker }
        return speaker.lowerBound..<(owner + 1)
    }

    // MARK: - Pronouns

    /// "he said" and "she said" take the last named speaker; "they" and "it" stay as written.
    func resolvePronouns(_ claims: [FoundClaim]) -> [FoundClaim] {
        var lastNamed: String?
        return claims.map { claim in
            var claim = claim
            let lowered = claim.speaker.lowercased()
            if lowered == "he" || lowered == "she" {
                if let lastNamed { claim.speaker = lastNamed }
            } else if claim.speaker.first?.isUppercase == true || claim.speaker.contains(where: \.isUppercase) {
                lastNamed = claim.speaker
            }
            return claim
        }
    }
}
