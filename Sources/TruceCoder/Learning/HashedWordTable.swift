/// A fixed table from a word's (or a word prefix's) 64-bit hash to a small value.
///
/// Open addressing with a multiplicative hash: every word of every text is looked up in the cue and
/// role tables, and this is several times faster than a `Dictionary`, whose seeded hashing is built for
/// keys an attacker may choose (these keys are fixed word lists).
struct HashedWordTable: Sendable {
    private let keys: [UInt64]
    private let values: [Int32]
    private let shift: UInt64

    /// - Precondition: values are not negative and no key is 0 (0 marks an empty slot).
    init(_ entries: [UInt64: Int32]) {
        var bits: UInt64 = 4
        while (1 << bits) < entries.count * 4 { bits += 1 }
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        var values = [Int32](repeating: -1, count: 1 << bits)
        let mask = (1 << Int(bits)) - 1
        for (key, value) in entries {
            precondition(key != 0 && value >= 0, "a key is never 0 and a value never negative")
            var slot = Self.slot(key, shift: 64 - bits)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        shift = 64 - bits
    }

    /// The value stored for `key`, or -1 when there is none.
    @inline(__always)
    func value(_ key: UInt64) -> Int32 {
        let mask = keys.count - 1
        var slot = Self.slot(key, shift: shift)
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
