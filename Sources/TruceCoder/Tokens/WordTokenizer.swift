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
    /// Closed-class memberships, filled in by the coder.
    var classes: WordClass = []

    public init(text: String, range: Range<Int>, kind: Kind, isCapitalized: Bool = false) {
        self.text = text
        self.range = range
        self.kind = kind
        self.isCapitalized = isCapitalized
    }
}

/// Splits a sentence into words the way the PETRARCH dictionaries expect them:
/// upper case, possessive `'S` and contracted `N'T` split off as Treebank does,
/// hyphenated words and abbreviations (`U.S.`, `al-Qaeda`, `13,000`) kept whole.
///
/// Works on UTF-8 bytes; bytes beyond ASCII count as letters, so names in
/// other scripts stay words. At most `maximumTokens` tokens are returned, which
/// caps the work any later stage does on a pathological "sentence".
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

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isWordByte(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }

    private static func isApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        if bytes[index] == 0x27 { return 1 }
        // U+2019 RIGHT SINGLE QUOTATION MARK, common in news text.
        if bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 { return 3 }
        return 0
    }

    /// Length of a Unicode punctuation mark or space at `index` (general punctuation U+2000–U+206F,
    /// no-break space, guillemets), 0 if there is none. Other non-ASCII bytes are letters.
    static func unicodePunctuation(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0xE2 && index + 2 < bytes.count && (bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81) { return 3 }
        if byte == 0xC2 && index + 1 < bytes.count && (bytes[index + 1] == 0xA0 || bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB) {
            return 2
        }
        return 0
    }

    private static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [WordToken], limit: Int) {
        let count = bytes.count
        var index = 0
        while index < count && tokens.count < limit {
            let byte = bytes[index]
            // An underscore in text joins words the way dictionaries write them ("Dol_Amroth"): a space.
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x5F {
                index += 1
                continue
            }
            let special = unicodePunctuation(bytes, index)
            if special > 0 {
                // A curly apostrophe before "s": the possessive, as with a straight one.
                if isApostrophe(bytes, index) == 3, index + 3 < count, bytes[index + 3] == 0x53 || bytes[index + 3] == 0x73,
                    index + 4 >= count || !isWordByte(bytes[index + 4])
                {
                    tokens.append(WordToken(text: "'S", range: index..<index + 4, kind: .word))
                    index += 4
                    continue
                }
                if special == 2 && bytes[index] == 0xC2 && bytes[index + 1] == 0xA0 {
                    index += 2
                    continue
                }
                let text =
                    isApostrophe(bytes, index) == 3
                    ? "'" : bytes[index + 1] == 0x80 && bytes[index + 2] >= 0x90 && bytes[index + 2] <= 0x95 ? "-" : "\""
                tokens.append(WordToken(text: text, range: index..<index + special, kind: .punctuation))
                index += special
                continue
            }
            if !isWordByte(byte) {
                if byte == 0x27, index + 1 < count, bytes[index + 1] == 0x53 || bytes[index + 1] == 0x73,
                    index + 2 >= count || !isWordByte(bytes[index + 2])
                {
                    tokens.append(WordToken(text: "'S", range: index..<index + 2, kind: .word))
                    index += 2
                    continue
                }
                tokens.append(WordToken(text: String(UnicodeScalar(byte < 0x80 ? byte : 0x3F)), range: index..<index + 1, kind: .punctuation))
                index += 1
                continue
            }
            let start = index
            var end = scanWord(bytes, from: index)
            // Abbreviations: a word with inner dots takes its final dot too ("U.S.").
            if end < count && bytes[end] == 0x2E && end - start >= 3 && bytes[end - 2] == 0x2E {
                end += 1
            }
            appendWord(bytes, start: start, end: end, into: &tokens)
            index = end
        }
    }

    /// The end of the word starting at `start`, including inner hyphens, dots,
    /// apostrophes and digit groups, but not a possessive `'s`.
    private static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        var index = start
        while index < count {
            let byte = bytes[index]
            if isWordByte(byte) && (byte < 0x80 || unicodePunctuation(bytes, index) == 0) {
                index += 1
                continue
            }
            // "didn’t": a curly apostrophe between letters stays in the word, like a straight one.
            if isApostrophe(bytes, index) == 3 && index > start && index + 3 < count && isLetter(bytes[index + 3])
                && bytes[index + 3] < 0x80 && !((bytes[index + 3] | 0x20) == 0x73 && (index + 4 >= count || !isWordByte(bytes[index + 4])))
            {
                index += 3
                continue
            }
            guard index + 1 < count else { break }
            let next = bytes[index + 1]
            switch byte {
            case 0x2D:  // hyphen between word characters
                if isWordByte(next) && index > start {
                    index += 1
                    continue
                }
            case 0x2E:  // dot: "U.S", "1.5"
                let previousIsSingleLetter = index - start == 1 || (index >= start + 2 && bytes[index - 2] == 0x2E)
                if (isLetter(next) && previousIsSingleLetter && isLetter(bytes[index - 1]))
                    || (isDigit(next) && isDigit(bytes[index - 1]))
                {
                    index += 1
                    continue
                }
            case 0x2C:  // thousands separator
                if isDigit(next) && isDigit(bytes[index - 1]) && index + 3 < count + 1 {
                    index += 1
                    continue
                }
            case 0x27:
                // Keep "n't" and "o'clock"-style apostrophes, stop before a possessive 's.
                let isPossessive = (next == 0x53 || next == 0x73) && (index + 2 >= count || !isWordByte(bytes[index + 2]))
                if isLetter(next) && !isPossessive {
                    index += 1
                    continue
                }
            default:
                break
            }
            break
        }
        return index
    }

    private static func appendWord(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, into tokens: inout [WordToken]) {
        var hasLetter = false
        var ascii = true
        for index in start..<end {
            let byte = bytes[index]
            if byte >= 0x80 { ascii = false }
            if isLetter(byte) { hasLetter = true }
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
        tokens.append(WordToken(text: text, range: start..<end, kind: kind, isCapitalized: capitalized))
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
