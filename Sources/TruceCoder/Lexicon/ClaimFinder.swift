/// A quotation or reported statement with its speaker and reporting verb.
public struct FoundClaim: Hashable, Sendable {
    /// The speaker as written, title kept ("U.S. Army Lt. Col. David Fivecoat"); a "he" or "she"
    /// is replaced by the last named speaker when there is one.
    public var speaker: String
    /// The reporting verb as written ("said", "tweeted", "according to", "rejected claims").
    public var verb: String
    /// What was said: the quotation without its marks, or the reported clause.
    public var quote: String
    /// UTF-8 byte offsets of the whole claim (quotation and attribution) in the text.
    public var range: Range<Int>
    /// UTF-8 byte offsets of the quoted words or reported clause.
    public var quoteRange: Range<Int>
    /// Where the text names the speaker (the pronoun, when it was resolved), nil when a
    /// quotation continues the previous speaker's.
    public var speakerRange: Range<Int>?
    public var modality: Modality
    /// Whether the words were in quotation marks (else reported speech).
    public var isQuotation: Bool

    public init(
        speaker: String, verb: String, quote: String, range: Range<Int>, quoteRange: Range<Int>, speakerRange: Range<Int>?,
        modality: Modality, isQuotation: Bool
    ) {
        self.speaker = speaker
        self.verb = verb
        self.quote = quote
        self.range = range
        self.quoteRange = quoteRange
        self.speakerRange = speakerRange
        self.modality = modality
        self.isQuotation = isQuotation
    }
}

/// Finds quotations and reported speech in a whole article text.
///
/// Quotations: “…,” said X / “…,” X said / X said: “…” / “…” X tweeted /
/// “…,” according to X, in curly or straight double quotes, across sentences
/// and across paragraphs when the next paragraph reopens the quote. A quote
/// that never closes is cut at the end of its paragraph (at most 1,500 bytes)
/// and kept only when an attribution comes right before it. A quotation with
/// no attribution continues the previous claim's speaker when that claim ended
/// just before it; otherwise it is skipped (scare quotes, titles).
///
/// Reported speech without quotation marks: "X said (in a statement) (that) …",
/// "…, X said.", "…, said X.", "According to X('s account), …", "…, according to X.",
/// "X told reporters …", "X denied …", "X rejected claims that …".
public enum ClaimFinder {
    /// Articles longer than this are read only up to it.
    static let maximumBytes = 4_000_000
    static let unclosedQuoteCap = 1_500
    static let quoteCap = 6_000

    public static func claims(in text: String) -> [FoundClaim] {
        var copy = text
        return copy.withUTF8 { bytes in
            ClaimScanner(bytes: bytes, limit: min(bytes.count, maximumBytes)).scan()
        }
    }
}

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
        return resolvePronouns(claims)
    }

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

    private func closeQuote(from open: Int, width: Int, curly: Bool) -> QuoteSpan {
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
    private func unclosed(open: Int, contentStart: Int, end: Int) -> QuoteSpan {
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

    private func trimmed(_ text: String) -> String {
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

    private func text(_ tokens: [LexToken], _ range: Range<Int>) -> String {
        text(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    private func attributeQuote(_ quote: QuoteSpan, floor: Int, ceiling: Int) -> FoundClaim? {
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

    private func paragraphEnd(from index: Int, ceiling: Int) -> Int {
        var end = index
        let stop = min(ceiling, index + 400, limit)
        while end < stop, TextScan.lineBreak(bytes, at: end, limit: limit) == 0 { end += 1 }
        return end
    }

    /// “…,” said X / “…,” X said / “…” X tweeted / “…,” according to X.
    private func attributionAfter(_ quote: QuoteSpan, ceiling: Int) -> Attribution? {
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
    private func attributionBefore(_ quote: QuoteSpan, floor: Int) -> Attribution? {
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
        guard let verb = (earliest..<tail).last(where: { SpeakerPhrase.isSpeechVerb(window, $0, quoted: true) }) else { return nil }
        guard let speaker = SpeakerPhrase.before(window, verb: verb, lower: 0) else { return nil }
        return attribution(window, verb: verb..<(verb + 1), speaker: speaker)
    }

    private func attribution(_ window: [LexToken], verb: Range<Int>, speaker: Range<Int>) -> Attribution {
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
    private func trimPossessive(_ window: [LexToken], _ speaker: Range<Int>) -> Range<Int> {
        guard let owner = speaker.first(where: { window[$0].kind == .word && window[$0].text.hasSuffix("'s") }) else { return speaker }
        return speaker.lowerBound..<(owner + 1)
    }

    // MARK: - Reported speech

    private func reportedSpeech(outside quotes: [QuoteSpan]) -> [FoundClaim] {
        var result: [FoundClaim] = []
        var nextQuote = 0
        for sentence in TextScan.sentences(bytes, in: 0..<limit) {
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
            verbEnd = verb + (["the", "any", "all"].contains(tokens[verb + 1].text) ? 3 : 2)
            // "rejected the accusation and said …": the statement is what was said.
            if verbEnd + 1 < end, tokens[verbEnd].isWord("and"), SpeakerPhrase.isSpeechVerb(tokens, verbEnd + 1, quoted: false) {
                verb = verbEnd + 1
                verbEnd = verb + 1
            }
        }
        var start = verbEnd
        if let that = (verbEnd..<min(end, verbEnd + 9)).first(where: { tokens[$0].isWord("that") }),
            !(verbEnd..<that).contains(where: { tokens[$0].isPunct(",") && $0 > verbEnd + 5 })
        {
            start = that + 1
        } else if tokens[verb].text == "told" {
            start = verbEnd + 1
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
                if !tokens[after + 1].isCapitalized, let speaker = SpeakerPhrase.before(tokens, verb: after, lower: 0) {
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

    // MARK: - Pronouns

    /// "he said" and "she said" take the last named speaker; "they" and "it" stay as written.
    private func resolvePronouns(_ claims: [FoundClaim]) -> [FoundClaim] {
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
