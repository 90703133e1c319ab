/// Word sequences mapped to values, for longest-match lookup in a token stream.
///
/// Phrases are keyed by their first word. A phrase whose last word is not "stopped"
/// (no trailing underscore in the dictionary) also matches that word with a short
/// ending, as TABARI's stems did: `BULGAR` matches "Bulgaria" and "Bulgarian".
struct PhraseIndex: Sendable {
    struct Phrase: Sendable {
        var words: [String]
        var stemmed: Bool
        var value: Int32
    }

    struct Match: Hashable, Sendable {
        var length: Int
        var value: Int32
        var exact: Bool
    }

    private var byFirstWord: [String: [Phrase]] = [:]
    /// Single-word stems, looked up with up to `maximumEnding` letters cut from a token.
    private var stems: [String: [Phrase]] = [:]
    private(set) var count = 0
    /// `byFirstWord` and `stems` for lookups by bytes, built by `finish()` (nil before it, after
    /// an insert, or when a key rules byte lookups out); see ``ByteKeyTable``.
    private var firstWordTable: ByteKeyTable<[Phrase]>?
    private var stemTable: ByteKeyTable<[Phrase]>?

    static let minimumStemLength = 5
    static let maximumEnding = 3

    mutating func insert(words: [String], stemmed: Bool, value: Int32) {
        guard let first = words.first else { return }
        let canStem = stemmed && (words.last?.utf8.count ?? 0) >= Self.minimumStemLength
        let phrase = Phrase(words: words, stemmed: canStem, value: value)
        byFirstWord[first, default: []].append(phrase)
        if canStem && words.count == 1 { stems[first, default: []].append(phrase) }
        count += 1
        firstWordTable = nil
        stemTable = nil
    }

    /// Orders each bucket longest first, so the first match found is the longest.
    mutating func finish() {
        for key in byFirstWord.keys { byFirstWord[key]?.sort { $0.words.count > $1.words.count } }
        firstWordTable = ByteKeyTable(asciiKeysOf: byFirstWord)
        stemTable = ByteKeyTable(asciiKeysOf: stems)
    }

    private func bucket(startingWith word: String) -> [Phrase]? {
        firstWordTable?.answer(for: word) ?? byFirstWord[word]
    }

    /// Every word some phrase starts with.
    var firstWords: Dictionary<String, [Phrase]>.Keys { byFirstWord.keys }

    func contains(words: [String]) -> Bool {
        guard let first = words.first, let bucket = byFirstWord[first] else { return false }
        return bucket.contains { $0.words == words }
    }

    func values(words: [String]) -> [Int32] {
        guard let first = words.first, let bucket = byFirstWord[first] else { return [] }
        return bucket.filter { $0.words == words }.map(\.value)
    }

    /// The longest phrase starting at `start`, all matches of that length in insertion order.
    func longestMatches(in tokens: [WordToken], at start: Int, limit: Int? = nil) -> [Match] {
        let end = min(limit ?? tokens.count, tokens.count)
        guard start < end else { return [] }
        var best: [Match] = []
        var bestLength = 0
        let first = tokens[start].text
        if let bucket = bucket(startingWith: first) {
            for phrase in bucket {
                let length = phrase.words.count
                if length < bestLength { break }
                guard start + length <= end else { continue }
                var matched = true
                var exact = true
                var offset = 1
                while offset < length {
                    let token = tokens[start + offset].text
                    let word = phrase.words[offset]
                    if token != word {
                        if offset == length - 1 && phrase.stemmed && Self.isStemMatch(token, stem: word) {
                            exact = false
                        } else {
                            matched = false
                            break
                        }
                    }
                    offset += 1
                }
                if matched {
                    if length > bestLength {
                        best.removeAll(keepingCapacity: true)
                        bestLength = length
                    }
                    best.append(Match(length: length, value: phrase.value, exact: exact))
                }
            }
        }
        // Stems are for names, which are capitalised in running text.
        if bestLength <= 1 && !stems.isEmpty && tokens[start].isCapitalized {
            let utf8 = first.utf8
            if utf8.count > Self.minimumStemLength {
                for cut in 1...Self.maximumEnding where utf8.count - cut >= Self.minimumStemLength {
                    let stem = String(first.dropLast(cut))
                    if let bucket = stemTable?.answer(for: stem) ?? stems[stem], tokens[start].kind == .word {
                        if bestLength == 0 {
                            for phrase in bucket { best.append(Match(length: 1, value: phrase.value, exact: false)) }
                            bestLength = 1
                        }
                        break
                    }
                }
            }
        }
        return best
    }

    static func isStemMatch(_ token: String, stem: String) -> Bool {
        let extra = token.utf8.count - stem.utf8.count
        guard extra > 0 && extra <= maximumEnding else { return false }
        return token.hasPrefix(stem) && token.utf8.allSatisfy { TokenScanner.isWordByte($0) }
    }
}
