/// One word, number or punctuation mark of a sentence, with its UTF-8 byte range.
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

/// Splits a sentence into tokens in one pass over its UTF-8 bytes.
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
        let count = min(bytes.count, limit)
        var result: [LexToken] = []
        result.reserveCapacity(count / 5 + 1)
        // One scratch buffer for every token's lowered bytes: no allocation per token.
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        var index = 0
        var sawSpace = true
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                sawSpace = true
                index += 1
                continue
            }
            // No-break space (C2 A0) and the line and paragraph separators (U+2028, U+2029) are white space.
            if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 {
                sawSpace = true
                index += 2
                continue
            }
            if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                sawSpace = true
                index += 3
                continue
            }
            if isDigit(byte) {
                var token = digits(bytes, from: index, count: count, scratch: &scratch)
                token.spaceBefore = sawSpace
                result.append(token)
                index = token.end
            } else if isWordByte(byte) && !isPunctuationSequence(bytes, at: index, count: count) {
                var token = word(bytes, from: index, count: count, scratch: &scratch)
                token.spaceBefore = sawSpace
                result.append(token)
                index = token.end
            } else {
                let (text, length) = punctuation(bytes, at: index, count: count)
                result.append(LexToken(kind: .punct, start: index, end: index + length, text: text, spaceBefore: sawSpace))
                index += length
            }
            sawSpace = false
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

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    /// ASCII letters and any byte of a multi-byte character (letters of other scripts).
    static func isWordByte(_ byte: UInt8) -> Bool { isLetter(byte) || byte >= 0x80 }

    /// General punctuation (U+2000–U+206F: quotes, dashes, ellipsis) and other
    /// multi-byte marks that must not be glued into words.
    static func isPunctuationSequence(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, count: Int) -> Bool {
        let byte = bytes[index]
        // U+2000–U+2FFF: punctuation, currency signs, arrows, symbols.
        if byte == 0xE2 { return true }
        // « » ¡ ¿ and the like.
        if byte == 0xC2, index + 1 < count, bytes[index + 1] < 0xC0 { return true }
        // Invalid or stray continuation bytes: treat as punctuation so they never join words.
        return byte >= 0x80 && byte < 0xC2
    }

    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int, scratch digitsText: inout [UInt8]) -> LexToken {
        var index = start
        digitsText.removeAll(keepingCapacity: true)
        var separated = false
        var sawPoint = false
        while index < count {
            let byte = bytes[index]
            if isDigit(byte) {
                digitsText.append(byte)
                index += 1
            } else if byte == 0x2C, !sawPoint, isThousandsGroup(bytes, after: index, count: count) {
                // A thousands separator: a comma followed by exactly three digits.
                separated = true
                index += 1
            } else if byte == 0x2E, !sawPoint, index + 1 < count, isDigit(bytes[index + 1]) {
                sawPoint = true
                separated = true
                digitsText.append(byte)
                index += 1
            } else {
                break
            }
        }
        let text = String(decoding: digitsText, as: UTF8.self)
        let suffixStart = index
        while index < count, isLetter(bytes[index]), index - suffixStart < 8 { index += 1 }
        var token = LexToken(kind: .digits, start: start, end: index, text: text)
        token.value = Double(text) ?? 0
        if index > suffixStart {
            digitsText.removeAll(keepingCapacity: true)
            for position in suffixStart..<index { digitsText.append(bytes[position] | 0x20) }
            token.suffix = String(decoding: digitsText, as: UTF8.self)
        }
        token.isCapitalized = index > suffixStart
        token.hadSeparator = separated
        return token
    }

    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int, scratch lowered: inout [UInt8]) -> LexToken {
        var index = start
        lowered.removeAll(keepingCapacity: true)
        // Initialisms keep their dots: "U.S.", "U.N.", "U.K.".
        while index + 1 < count, isLetter(bytes[index]), bytes[index + 1] == 0x2E,
            lowered.count >= 2 || (index + 2 < count && isLetter(bytes[index + 2]))
        {
            lowered.append(bytes[index] | 0x20)
            lowered.append(0x2E)
            index += 2
        }
        if !lowered.isEmpty {
            let text = String(decoding: lowered, as: UTF8.self)
            return LexToken(
                kind: .word, start: start, end: index, text: text, isCapitalized: true, classes: LexicalClass.of(hash: LexicalClass.hash(lowered)))
        }
        var possessive = false
        while index < count {
            let byte = bytes[index]
            if isLetter(byte) {
                lowered.append(byte | 0x20)
                index += 1
            } else if byte >= 0x80 && !isPunctuationSequence(bytes, at: index, count: count) {
                // A letter of another script or with an accent ("é" in "Dembélé"): its whole sequence.
                let width = byte >= 0xF0 ? 4 : (byte >= 0xE0 ? 3 : 2)
                guard index + width <= count else { break }
                lowered.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + width)]))
                index += width
            } else if byte == 0x27 || (byte == 0xE2 && index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99) {
                // An apostrophe inside a word ("don't", "Taliban's") stays in it.
                let width = byte == 0x27 ? 1 : 3
                guard index + width < count, isLetter(bytes[index + width]) else { break }
                lowered.append(0x27)
                possessive = true
                index += width
            } else {
                break
            }
        }
        // A cut-off character at the end of a slice still moves the scan on, so the caller never loops.
        if index == start { index = start + 1 }
        let first = bytes[start]
        let text = String(decoding: lowered, as: UTF8.self)
        var classes = LexicalClass.of(hash: LexicalClass.hash(lowered))
        if classes.isEmpty, possessive, lowered.count > 2, lowered[lowered.count - 2] == 0x27, lowered[lowered.count - 1] == 0x73 {
            // "Wednesday's" is looked up as "wednesday".
            classes = LexicalClass.of(hash: LexicalClass.hash(lowered[..<(lowered.count - 2)]))
        }
        return LexToken(
            kind: .word, start: start, end: index, text: text, isCapitalized: first >= 0x41 && first <= 0x5A, classes: classes)
    }

    /// A comma at `index` followed by exactly three digits.
    private static func isThousandsGroup(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int, count: Int) -> Bool {
        guard index + 3 < count, isDigit(bytes[index + 1]), isDigit(bytes[index + 2]), isDigit(bytes[index + 3]) else { return false }
        return index + 4 >= count || !isDigit(bytes[index + 4])
    }

    private static func punctuation(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, count: Int) -> (String, Int) {
        let byte = bytes[index]
        if byte < 0x80 {
            return (String(UnicodeScalar(byte)), 1)
        }
        if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80 {
            switch bytes[index + 2] {
            case 0x9C, 0x9D, 0x9E, 0x9F: return ("\"", 3)
            case 0x98, 0x99, 0x9A, 0x9B: return ("'", 3)
            case 0x90, 0x91, 0x92, 0x93, 0x94, 0x95: return ("-", 3)
            case 0xA6: return ("…", 3)
            default: return ("·", 3)
            }
        }
        if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x82, bytes[index + 2] == 0xAC { return ("€", 3) }
        if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA3 { return ("£", 2) }
        // Any other multi-byte mark: one whole character, shown as a neutral symbol.
        var length = 1
        while index + length < count, bytes[index + length] & 0xC0 == 0x80, length < 4 { length += 1 }
        return ("·", length)
    }
}
