/// The word classes the lexicon's finders look for, looked up once per word when a
/// sentence is tokenized, so each finder can pass over most words with a bit test.
struct LexicalClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    /// Starts a number: "two", "dozens", "several", "a" (a dozen), "half".
    static let number = LexicalClass(rawValue: 1 << 0)
    /// Starts a number qualifier: "at", "more", "up", "nearly", "between".
    static let qualifier = LexicalClass(rawValue: 1 << 1)
    static let month = LexicalClass(rawValue: 1 << 2)
    static let weekday = LexicalClass(rawValue: 1 << 3)
    /// Can start a date phrase: "by", "last", "yesterday", "within", "mid".
    static let dateStart = LexicalClass(rawValue: 1 << 4)
    /// A counted noun of an indicator: "troops", "prisoners".
    static let indicatorNoun = LexicalClass(rawValue: 1 << 5)
    /// A word that by itself suggests a date: "yesterday", "week", "later".
    static let dateTrigger = LexicalClass(rawValue: 1 << 6)

    private static let words: [String: LexicalClass] = {
        var table: [String: LexicalClass] = [:]
        func add(_ words: some Sequence<String>, _ wordClass: LexicalClass) {
            for word in words { table[word, default: []].insert(wordClass) }
        }
        add(NumberWords.simple.keys, .number)
        add(NumberWords.scales.keys, .number)
        add(NumberWords.vaguePlurals.keys, .number)
        add(NumberWords.vagueWords.keys, .number)
        add(["a", "an", "half"], .number)
        add(NumberFinder.qualifierStarts, .qualifier)
        add(DateWords.months.keys, .month)
        add(DateWords.weekdays.keys, .weekday)
        add(DateWords.triggers, .dateTrigger)
        add(DateWords.phraseStarts, .dateStart)
        add(FigureFinder.nouns.keys, .indicatorNoun)
        add(["members", "times"], .indicatorNoun)
        return table
    }()

    /// The same words keyed by a 64-bit FNV-1a hash of their bytes, probed linearly: the tokenizer
    /// hashes as it lowercases, so looking a word up costs no second pass and no SipHash.
    private static let hashed: (keys: [UInt64], values: [LexicalClass], mask: Int) = {
        var size = 1
        while size < words.count * 4 { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size)
        var values = [LexicalClass](repeating: [], count: size)
        for (word, wordClass) in words {
            let key = hash(word.utf8)
            var slot = Int(truncatingIfNeeded: key) & (size - 1)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            values[slot].formUnion(wordClass)
        }
        return (keys, values, size - 1)
    }()

    static let emptyHash: UInt64 = 0xcbf2_9ce4_8422_2325

    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var value = emptyHash
        for byte in bytes { value = mix(value, byte) }
        return value
    }

    @inline(__always) static func mix(_ value: UInt64, _ byte: UInt8) -> UInt64 {
        (value ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// The classes of a lowercased word given its hash.
    static func of(hash key: UInt64) -> LexicalClass {
        let table = hashed
        var slot = Int(truncatingIfNeeded: key) & table.mask
        while table.keys[slot] != 0 {
            if table.keys[slot] == key { return table.values[slot] }
            slot = (slot + 1) & table.mask
        }
        return []
    }
}
