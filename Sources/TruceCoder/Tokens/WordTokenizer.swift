/// One word, number or punctuation mark of a sentence.
///
/// `text` is the upper-cased form used for dictionary matching; `range` is the
/// half-open range of UTF-8 byte offsets into the sentence it came from.
public struct WordToken: Hashable, Sendable {
    public enum Kind: UInt8, Hashable, Sendable { case word, number, punctuation }

    public var text: String
    public var range: Range<Int>
    public var kind: Kind
    /// The word began with a capital letter in the sentence (names do).
    public var isCapitalized: Bool
    /// Every letter of the word is a capital, two or more of them ("RSF", "M23"): an acronym, even first in a sentence.
    public var isAllCapitals = false
    /// Closed-class memberships, filled in by the coder.
    var classes: WordClass = []

    public init(text: String, range: Range<Int>, kind: Kind, isCapitalized: Bool = false) {
        self.text = text
        self.range = range
        self.kind = kind
        self.isCapitalized = isCapitalized
    }
}

/// Splits a sentence into words the way the PETRARCH dictionaries expect them: the dictionaries'
/// view of `TokenScanner`'s spans.
///
/// Words are upper case; spans glued together or joined by single inner hyphens make one word
/// (`al-Qaeda`, `F-16`, `20-year-old`); possessive `'S` and contracted `N'T` are split off as
/// Treebank does; initialisms and numbers are the scanner's (`U.S.`, `13,000`, `1.5`).
/// At most `maximumTokens` tokens are returned, which caps the work any later stage does on a
/// pathological "sentence".
public enum WordTokenizer {
    public static let maximumTokens = 400
    /// Longer words are matched on their first this many bytes.
    static let maximumWordBytes = 96

    public static func tokenize(_ sentence: String, maximumTokens: Int = WordTokenizer.maximumTokens) -> [WordToken] {
        var tokens: [WordToken] = []
        tokens.reserveCapacity(32)
        var sentence = sentence
        sentence.withUTF8 { bytes in
            tokenize(bytes, into: &tokens, limit: maximumTokens)
        }
        return tokens
    }

    private static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [WordToken], limit: Int) {
        var stream = SpanStream(bytes)
        var position = 0
        while tokens.count < limit, let span = stream.at(position) {
            if span.kind == .punctuation {
                // "'s" after a number or a space ("the 1990's"): the possessive, as after a word.
                if isApostrophe(bytes, span), let next = stream.at(position + 1), !next.spaceBefore, next.kind == .word,
                    next.end - next.start == 1, bytes[next.start] | 0x20 == 0x73,
                    stream.at(position + 2).map({ $0.spaceBefore || $0.kind == .punctuation }) ?? true
                {
                    tokens.append(WordToken(text: "'S", range: span.start..<next.end, kind: .word))
                    position += 2
                    continue
                }
                tokens.append(WordToken(text: TokenScanner.mark(bytes, span), range: span.start..<span.end, kind: .punctuation))
                position += 1
                continue
            }
            let last = stream.wordEnd(from: position)
            appendWord(bytes, start: span.start, end: stream.spans[last].end, into: &tokens)
            position = last + 1
        }
    }

    private static func isApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TokenScanner.Span) -> Bool {
        TokenScanner.apostropheWidth(bytes, at: span.start, count: span.end) == span.end - span.start
    }

    private static func appendWord(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, into tokens: inout [WordToken]) {
        if let possessive = SpanStream.possessiveStart(bytes, start: start, end: end) {
            appendWord(bytes, start: start, end: possessive, into: &tokens)
            tokens.append(WordToken(text: "'S", range: possessive..<end, kind: .word))
            return
        }
        var hasLetter = false
        var ascii = true
        for index in start..<end {
            let byte = bytes[index]
            if byte >= 0x80 { ascii = false }
            if TokenScanner.isWordByte(byte) { hasLetter = true }
        }
        // No dictionary word is this long; a cap keeps hashing cheap on garbage input.
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<min(end, start + maximumWordBytes)])
        let text: String
        if ascii {
            text = String(unsafeUninitializedCapacity: slice.count) { buffer in
                for (offset, byte) in slice.enumerated() {
                    buffer[offset] = (byte >= 0x61 && byte <= 0x7A) ? byte - 0x20 : byte
                }
                return slice.count
            }
        } else {
            text = String(decoding: slice, as: UTF8.self).uppercased().replacingApostrophes()
        }
        let kind: WordToken.Kind = hasLetter ? .word : .number
        let capitalized = bytes[start] >= 0x41 && bytes[start] <= 0x5A
        // Treebank splits "didn't" into "DID" + "N'T"; the dictionaries are written that way.
        if end - start > 3 && end - start <= maximumWordBytes && (ascii ? endsWithNT(slice) : text.hasSuffix("N'T")) {
            let cut = end - (bytes[end - 2] == 0x27 ? 3 : 5)
            tokens.append(WordToken(text: String(text.dropLast(3)), range: start..<cut, kind: .word, isCapitalized: capitalized))
            tokens.append(WordToken(text: "N'T", range: cut..<end, kind: .word))
            return
        }
        var token = WordToken(text: text, range: start..<end, kind: kind, isCapitalized: capitalized)
        if capitalized, ascii {
            var capitals = 0
            token.isAllCapitals =
                slice.allSatisfy { byte in
                    if byte >= 0x41 && byte <= 0x5A { capitals += 1 }
                    return !(byte >= 0x61 && byte <= 0x7A)
                } && capitals >= 2
        }
        tokens.append(token)
    }
}

extension WordTokenizer {
    /// Whether ASCII `bytes`, upper-cased, end in "N'T": the bytes say what `hasSuffix` would, for ASCII, without
    /// walking characters.
    fileprivate static func endsWithNT(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        return count >= 3 && bytes[count - 3] | 0x20 == UInt8(ascii: "n") && bytes[count - 2] == UInt8(ascii: "'")
            && bytes[count - 1] | 0x20 == UInt8(ascii: "t")
    }
}

extension String {
    /// U+2019 becomes the ASCII apostrophe the dictionaries use.
    fileprivate func replacingApostrophes() -> String {
        guard unicodeScalars.contains("\u{2019}") else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" ? "\'" : $0 }))
    }
}
