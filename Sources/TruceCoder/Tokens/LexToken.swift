/// One word, number or punctuation mark of a sentence, with its UTF-8 byte range: the lexicon's
/// view of `TokenScanner`'s spans.
///
/// The lexicon's finders all read sentences through these tokens: words are
/// lowercased once here so the finders compare small strings, never bytes.
struct LexToken: Sendable {
    enum Kind: UInt8, Sendable {
        case word, digits, punct
    }

    var kind: Kind
    /// Byte offsets into the sentence's UTF-8 view.
    var start: Int
    var end: Int
    /// Words: lowercased. Digits: the digits with separators removed ("13000", "1.5").
    /// Punctuation: normalised (curly quotes become `"` or `'`, en and em dashes `-`).
    var text: String
    /// Words: whether the first letter is upper case. Digits: whether a letter suffix follows ("4th").
    var isCapitalized: Bool = false
    /// Whether whitespace separates this token from the one before it.
    var spaceBefore: Bool = true
    /// Digits only: the number's value.
    var value: Double = 0
    /// Digits only: letters glued to the end ("th", "km"), lowercased.
    var suffix: String = ""
    /// Digits only: whether the digits had a thousands separator or decimal point.
    var hadSeparator: Bool = false
    /// Words: the word classes it belongs to (`LexicalClass`), looked up once here.
    var classes: LexicalClass = []

    var range: Range<Int> { start..<end }

    func isWord(_ word: String) -> Bool { kind == .word && text == word }
    func has(_ wordClass: LexicalClass) -> Bool { !classes.isDisjoint(with: wordClass) }
    func isPunct(_ mark: String) -> Bool { kind == .punct && text == mark }

    /// Digits that read as an ordinal ("4th", "187th", "1st").
    var isOrdinalDigits: Bool { kind == .digits && (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") }
}

/// Makes the lexicon's tokens of a sentence from `TokenScanner`'s spans: words lowercased, numbers
/// read, punctuation normalised, each word's `LexicalClass` looked up once.
enum LexTokenizer {
    /// Sentences longer than this are cut: nothing reads as one sentence past it,
    /// and the cap keeps a 10 MB single "sentence" linear and small in memory.
    static let maximumBytes = 65_536

    static func tokens(_ text: String, limit: Int = maximumBytes) -> [LexToken] {
        var copy = text
        return copy.withUTF8 { bytes in
            tokens(bytes, limit: limit)
        }
    }

    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int = maximumBytes) -> [LexToken] {
        var scanner = TokenScanner(bytes, limit: limit)
        var result: [LexToken] = []
        result.reserveCapacity(min(bytes.count, limit) / 5 + 1)
        // One scratch buffer for every token's lowered bytes: no allocation per token.
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        while let span = scanner.next() {
            var token: LexToken
            switch span.kind {
            case .number: token = number(bytes, span, scratch: &scratch)
            case .word: token = word(bytes, span, scratch: &scratch)
            case .punctuation: token = LexToken(kind: .punct, start: span.start, end: span.end, text: TokenScanner.mark(bytes, span))
            }
            token.spaceBefore = span.spaceBefore
            result.append(token)
        }
        return result
    }

    /// The index of the first token starting at or after `offset` (binary search; tokens are in order).
    static func index(in tokens: [LexToken], atOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TokenScanner.Span, scratch digits: inout [UInt8]) -> LexToken {
        digits.removeAll(keepingCapacity: true)
        var separated = false
        for index in span.start..<span.suffixStart {
            let byte = bytes[index]
            if byte == 0x2C {
                separated = true
            } else {
                if byte == 0x2E { separated = true }
                digits.append(byte)
            }
        }
        let text = String(decoding: digits, as: UTF8.self)
        var token = LexToken(kind: .digits, start: span.start, end: span.end, text: text)
        token.value = Double(text) ?? 0
        if span.end > span.suffixStart {
            digits.removeAll(keepingCapacity: true)
            for index in span.suffixStart..<span.end { digits.append(bytes[index] | 0x20) }
            token.suffix = String(decoding: digits, as: UTF8.self)
        }
        token.isCapitalized = span.end > span.suffixStart
        token.hadSeparator = separated
        return token
    }

    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TokenScanner.Span, scratch lowered: inout [UInt8]) -> LexToken {
        lowered.removeAll(keepingCapacity: true)
        var possessive = false
        var index = span.start
        while index < span.end {
            let byte = bytes[index]
            if byte < 0x80 {
                // Letters lower-case; an apostrophe or an initialism's dot is kept.
                if byte == 0x27 { possessive = true }
                lowered.append(TokenScanner.isLetter(byte) ? byte | 0x20 : byte)
                index += 1
            } else if byte == 0xE2 {
                // Inside a word the only such character is the curly apostrophe (the scanner's rule).
                lowered.append(0x27)
                possessive = true
                index += 3
            } else {
                lowered.append(byte)
                index += 1
            }
        }
        let text = String(decoding: lowered, as: UTF8.self)
        var classes = LexicalClass.of(hash: LexicalClass.hash(lowered))
        if classes.isEmpty, possessive, lowered.count > 2, lowered[lowered.count - 2] == 0x27, lowered[lowered.count - 1] == 0x73 {
            // "Wednesday's" is looked up as "wednesday".
            classes = LexicalClass.of(hash: LexicalClass.hash(lowered[..<(lowered.count - 2)]))
        }
        let first = bytes[span.start]
        let capitalized = span.isInitialism || (first >= 0x41 && first <= 0x5A)
        return LexToken(kind: .word, start: span.start, end: span.end, text: text, isCapitalized: capitalized, classes: classes)
    }
}
