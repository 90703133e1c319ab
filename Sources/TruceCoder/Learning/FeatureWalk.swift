/// Where the features of a text go as `FeatureWalk` finds them.
protocol FeatureSink {
    /// A feature of the words (the bias, a word, a name, a bigram, a cue group, a role): unmasked hash.
    mutating func wordFeature(_ hash: UInt64)
    /// A character n-gram of `length` bytes of a padded word: unmasked hash.
    mutating func characterGram(_ hash: UInt64, length: Int)
}

/// Finds the features `TextFeatures` describes, in the order it counts them, and gives them to a sink.
///
/// The text is read in two steps: first into one buffer of its words, lower-cased, digit runs as one `0`,
/// each followed by a space (so `buffer[start - 1 ... end]` is the word padded with spaces), with a list of
/// the words and sentence ends; then word by word. Nothing is copied per word, and one walk can feed
/// several views that read words alike and differ in their character n-grams (the two views of a model).
struct FeatureWalk {
    let shortNames: Bool
    let cues: Bool
    let roles: Bool
    /// The character n-gram lengths any sink takes, nil for none.
    let gramLengths: ClosedRange<Int>?

    /// One word of the buffer, or a sentence end (`start == end`).
    private struct Token {
        var start: Int32
        var end: Int32
        var capitalised: Bool
        var isSentenceEnd: Bool { start == end }
    }

    func walk<Sink: FeatureSink>(_ text: String, into sink: inout Sink) {
        var tokens: [Token] = []
        let buffer = Self.words(of: text, tokens: &tokens)
        sink.wordFeature(TextFeatures.seedBias)
        var previousWord: UInt64?
        var opensSentence = true
        var roleTracker = RoleTracker()
        for token in tokens {
            if token.isSentenceEnd {
                if roles { roleTracker.endSentence { sink.wordFeature($0) } }
                opensSentence = true
                continue
            }
            let word = buffer[Int(token.start)..<Int(token.end)]
            let wordHash = TextFeatures.hash(word, seed: TextFeatures.seedWord)
            sink.wordFeature(wordHash)
            let isName = shortNames && token.capitalised && !opensSentence
            opensSentence = false
            if isName { sink.wordFeature(TextFeatures.seedName) }
            let bigramHash = isName ? TextFeatures.seedName : wordHash
            if let previousWord { sink.wordFeature(TextFeatures.mix(previousWord, bigramHash)) }
            previousWord = bigramHash
            // Names too: "Police" and "Gendarmerie" inside a sentence are parties.
            if roles { roleTracker.word(RoleWords.role(of: word)) { sink.wordFeature($0) } }
            if isName { continue }
            if cues { CueWords.features(of: word) { sink.wordFeature($0) } }
            if let gramLengths { Self.characterGrams(of: buffer[Int(token.start - 1)...Int(token.end)], lengths: gramLengths, into: &sink) }
        }
    }

    /// The text's words, lower-cased with digit runs as `0`, each after a space and the last followed by one;
    /// `tokens` gets each word's range and every sentence end (".", "!", "?", "[", ":", and the text's end).
    private static func words(of text: String, tokens: inout [Token]) -> [UInt8] {
        let capacity = text.utf8.count + 2
        return [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            var out = 0
            buffer[out] = 0x20
            out += 1
            var wordStart = out
            var capitalised = false
            func endWord() {
                guard out > wordStart else { return }
                tokens.append(Token(start: Int32(wordStart), end: Int32(out), capitalised: capitalised))
                buffer[out] = 0x20
                out += 1
                wordStart = out
            }
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), 0x80...0xFF:
                    if out == wordStart { capitalised = false }
                    buffer[out] = byte
                    out += 1
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if out == wordStart { capitalised = true }
                    buffer[out] = byte | 0x20
                    out += 1
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if out == wordStart { capitalised = false }
                    if out == wordStart || buffer[out - 1] != UInt8(ascii: "0") {
                        buffer[out] = UInt8(ascii: "0")
                        out += 1
                    }
                case UInt8(ascii: "'"):
                    continue  // "group's" and "groups" read alike
                case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "["), UInt8(ascii: ":"):
                    endWord()
                    tokens.append(Token(start: Int32(out), end: Int32(out), capitalised: false))
                default:
                    endWord()
                }
            }
            endWord()
            tokens.append(Token(start: Int32(out), end: Int32(out), capitalised: false))
            initialized = out
        }
    }

    /// Every n-gram of the padded word, length by length and each from its first byte on. FNV-1a reads a
    /// prefix at a time, so each start's hashes of every length come from one pass over its bytes.
    private static func characterGrams<Sink: FeatureSink>(of padded: ArraySlice<UInt8>, lengths: ClosedRange<Int>, into sink: inout Sink) {
        let count = padded.count
        let longest = min(lengths.upperBound, count)
        let shortest = max(lengths.lowerBound, 1)
        guard shortest <= longest else { return }
        let lengthsTaken = longest - shortest + 1
        padded.withUnsafeBufferPointer { bytes in
            guard count <= 64, lengthsTaken <= 8 else {
                // A long word (or an unusual range): hash each n-gram on its own.
                for length in shortest...longest {
                    for start in 0...(count - length) {
                        sink.characterGram(TextFeatures.hash(bytes, from: start, count: length, seed: TextFeatures.seedCharacters), length: length)
                    }
                }
                return
            }
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 64 * 8) { hashes in
                for start in 0..<count {
                    var hash = TextFeatures.seedCharacters
                    for length in 1...min(longest, count - start) {
                        hash = (hash ^ UInt64(bytes[start + length - 1])) &* 0x100_0000_01B3
                        if length >= shortest { hashes[(length - shortest) * 64 + start] = TextFeatures.finish(hash) }
                    }
                }
                for length in shortest...longest {
                    for start in 0...(count - length) { sink.characterGram(hashes[(length - shortest) * 64 + start], length: length) }
                }
            }
        }
    }
}
