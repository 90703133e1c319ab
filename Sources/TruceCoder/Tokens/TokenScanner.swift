/// Where the words, numbers and punctuation marks of a sentence start and end: the one definition
/// every token view of the coder is built from (`LexTokenizer` for the lexicon's finders,
/// `WordTokenizer` for the dictionaries).
///
/// One pass over UTF-8 bytes, no strings made. The rules, for English news text:
/// - White space: space, tab, line breaks, the no-break space, U+2028 and U+2029, and the
///   underscore, which dictionaries write between the words of a phrase ("Dol_Amroth").
/// - A number starts with a digit: digits, thousands groups (a comma and exactly three digits),
///   one decimal point followed by a digit, then up to eight glued ASCII letters as its suffix
///   ("4th", "10km").
/// - A word starts with a letter (ASCII, or a character of another script or with an accent):
///   a dotted initialism ("U.S.", "e.g.") with its dots, or letters with inner apostrophes before
///   a letter ("don't", "Taliban's", "o’clock", "l'État"). Hyphens end a word: each view decides
///   whether "al-Qaeda" is one word or three tokens (`SpanStream.wordEnd`).
/// - Anything else is one punctuation mark: an ASCII byte, or one whole multi-byte character
///   (curly quotes, dashes, "€").
struct TokenScanner {
    enum Kind: UInt8, Sendable { case word, number, punctuation }

    /// One token as a byte range; `suffixStart` is where a number's glued letters start (`end` when none).
    struct Span: Sendable {
        var kind: Kind
        var start: Int
        var end: Int
        var suffixStart: Int
        /// Whether white space (or the start of the text) comes right before it.
        var spaceBefore: Bool
        /// A word that is a dotted initialism ("U.S.").
        var isInitialism = false
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let count: Int
    private var index = 0
    private var sawSpace = true

    /// A scan of `bytes[..<limit]`; `next()` gives the spans in order.
    init(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) {
        self.bytes = bytes
        self.count = min(bytes.count, limit)
    }

    /// The next span, nil at the end.
    mutating func next() -> Span? {
        while index < count {
            let space = Self.spaceWidth(bytes, at: index, count: count)
            if space == 0 { break }
            sawSpace = true
            index += space
        }
        guard index < count else { return nil }
        let byte = bytes[index]
        var span: Span
        if Self.isDigit(byte) {
            span = Self.number(bytes, from: index, count: count)
        } else if Self.isWordByte(byte) && !Self.isPunctuationSequence(bytes, at: index, count: count) {
            span = Self.word(bytes, from: index, count: count)
        } else {
            let end = index + Self.punctuationWidth(bytes, at: index, count: count)
            span = Span(kind: .punctuation, start: index, end: end, suffixStart: end, spaceBefore: false)
        }
        span.spaceBefore = sawSpace
        index = span.end
        sawSpace = false
        return span
    }

    /// The normal form of a punctuation mark, the same for every view: curly quotes become `"` or
    /// `'`, en and em dashes `-`; "…", "€" and "£" stay; any other multi-byte mark is a neutral "·".
    static func mark(_ bytes: UnsafeBufferPointer<UInt8>, _ span: Span) -> String {
        let byte = bytes[span.start]
        if byte < 0x80 { return String(UnicodeScalar(byte)) }
        let width = span.end - span.start
        if byte == 0xE2, width == 3, bytes[span.start + 1] == 0x80 {
            switch bytes[span.start + 2] {
            case 0x9C, 0x9D, 0x9E, 0x9F: return "\""
            case 0x98, 0x99, 0x9A, 0x9B: return "'"
            case 0x90, 0x91, 0x92, 0x93, 0x94, 0x95: return "-"
            case 0xA6: return "…"
            default: return "·"
            }
        }
        if byte == 0xE2, width == 3, bytes[span.start + 1] == 0x82, bytes[span.start + 2] == 0xAC { return "€" }
        if byte == 0xC2, width == 2, bytes[span.start + 1] == 0xA3 { return "£" }
        if byte == 0xC2, width == 2, bytes[span.start + 1] == 0xAB || bytes[span.start + 1] == 0xBB { return "\"" }
        return "·"
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    /// ASCII letters and any byte of a multi-byte character (letters of other scripts).
    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool { isLetter(byte) || byte >= 0x80 }

    /// The width of the white space at `index`, 0 if there is none.
    @inline(__always) static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, count: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x5F { return 1 }
        if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 { return 2 }
        if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return 3 }
        return 0
    }

    /// The width of an apostrophe at `index` (' or ’), 0 if there is none.
    @inline(__always) static func apostropheWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, count: Int) -> Int {
        if bytes[index] == 0x27 { return 1 }
        if bytes[index] == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 { return 3 }
        return 0
    }

    /// A letter of another script or with an accent starts at `index`.
    @inline(__always) static func isLetterSequence(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, count: Int) -> Bool {
        bytes[index] >= 0x80 && !isPunctuationSequence(bytes, at: index, count: count)
    }

    /// General punctuation (U+2000–U+2FFF: quotes, dashes, ellipsis, currency signs, arrows) and
    /// other multi-byte marks that must not be glued into words.
    static func isPunctuationSequence(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, count: Int) -> Bool {
        let byte = bytes[index]
        if byte == 0xE2 { return true }
        // « » ¡ ¿ £ ° and the like.
        if byte == 0xC2, index + 1 < count, bytes[index + 1] < 0xC0 { return true }
        // Invalid or stray continuation bytes: punctuation, so they never join words.
        return byte >= 0x80 && byte < 0xC2
    }

    /// The width of the punctuation mark at `index`: one ASCII byte, or one whole character.
    static func punctuationWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, count: Int) -> Int {
        guard bytes[index] >= 0x80 else { return 1 }
        var length = 1
        while index + length < count, bytes[index + length] & 0xC0 == 0x80, length < 4 { length += 1 }
        return length
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> Span {
        var index = start
        var sawPoint = false
        while index < count {
            let byte = bytes[index]
            if isDigit(byte) {
                index += 1
            } else if byte == 0x2C, !sawPoint, isThousandsGroup(bytes, after: index, count: count) {
                index += 1
            } else if byte == 0x2E, !sawPoint, index + 1 < count, isDigit(bytes[index + 1]) {
                sawPoint = true
                index += 1
            } else {
                break
            }
        }
        let suffixStart = index
        while index < count, isLetter(bytes[index]), index - suffixStart < 8 { index += 1 }
        return Span(kind: .number, start: start, end: index, suffixStart: suffixStart, spaceBefore: false)
    }

    /// A comma at `index` followed by exactly three digits.
    private static func isThousandsGroup(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int, count: Int) -> Bool {
        guard index + 3 < count, isDigit(bytes[index + 1]), isDigit(bytes[index + 2]), isDigit(bytes[index + 3]) else { return false }
        return index + 4 >= count || !isDigit(bytes[index + 4])
    }

    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> Span {
        var index = start
        // Initialisms keep their dots: "U.S.", "U.N.", "e.g.".
        var pairs = 0
        while index + 1 < count, isLetter(bytes[index]), bytes[index + 1] == 0x2E,
            pairs >= 1 || (index + 2 < count && isLetter(bytes[index + 2]))
        {
            pairs += 1
            index += 2
        }
        if pairs > 0 {
            var span = Span(kind: .word, start: start, end: index, suffixStart: index, spaceBefore: false)
            span.isInitialism = true
            return span
        }
        while index < count {
            let byte = bytes[index]
            if isLetter(byte) {
                index += 1
            } else if byte >= 0x80 && !isPunctuationSequence(bytes, at: index, count: count) {
                // A letter of another script or with an accent ("é" in "Dembélé"): its whole sequence.
                let width = byte >= 0xF0 ? 4 : (byte >= 0xE0 ? 3 : 2)
                guard index + width <= count else { break }
                index += width
            } else {
                // An apostrophe inside a word ("don't", "Taliban's") stays in it.
                let width = apostropheWidth(bytes, at: index, count: count)
                guard width > 0, index + width < count, isLetter(bytes[index + width]) || isLetterSequence(bytes, at: index + width, count: count)
                else { break }
                index += width
            }
        }
        // A cut-off character at the end of the text still moves the scan on, so the caller never loops.
        if index == start { index = start + 1 }
        return Span(kind: .word, start: start, end: index, suffixStart: index, spaceBefore: false)
    }
}
