/// A read-only hash table keyed by byte strings, for lookups of words cut from a sentence's bytes.
///
/// A `[String: V]` lookup builds a String and runs SipHash over it; coding looks up every word of every
/// sentence, and that was a good share of the work. This table hashes the bytes as they are (FNV-1a)
/// and compares them bytewise, so a caller must only ask it about text where byte equality is what it
/// means: callers keep ASCII keys here and send other text to their String dictionaries, whose
/// comparison knows canonical equivalence.
struct ByteKeyTable<Value>: Sendable where Value: Sendable {
    /// The arrays behind one reference: tables sit in the coder's dictionaries, which are copied
    /// for every sentence, and one retain per copy is cheaper than four.
    private final class Storage: Sendable {
        let keyBytes: [UInt8]
        /// Where each key's bytes start in `keyBytes`; a key ends where the next starts.
        let keyStarts: [Int]
        let values: [Value]
        /// Per slot: the key's index in `values` plus one (0 where empty) in the low half, and the top
        /// half of its hash in the high half, so a probe reads a key's bytes only when the hashes agree.
        /// The count is a power of two.
        let slots: [UInt64]

        init(keyBytes: [UInt8], keyStarts: [Int], values: [Value], slots: [UInt64]) {
            self.keyBytes = keyBytes
            self.keyStarts = keyStarts
            self.values = values
            self.slots = slots
        }
    }

    private let storage: Storage

    var count: Int { storage.values.count }

    /// A table of `pairs`, whose keys must differ.
    init(uniqueKeys pairs: [([UInt8], Value)]) {
        var capacity = 1
        while capacity < pairs.count * 2 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var keyBytes: [UInt8] = []
        var keyStarts = [0]
        keyStarts.reserveCapacity(pairs.count + 1)
        for (index, (key, _)) in pairs.enumerated() {
            keyBytes.append(contentsOf: key)
            keyStarts.append(keyBytes.count)
            let hash = key.withUnsafeBufferPointer { Self.hash($0) }
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(index + 1)
        }
        storage = Storage(keyBytes: keyBytes, keyStarts: keyStarts, values: pairs.map(\.1), slots: slots)
    }

    func find(_ key: [UInt8]) -> Int? { key.withUnsafeBufferPointer { find($0) } }

    /// The index of `key`'s value, if the table has it.
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        let storage = storage
        let mask = storage.slots.count - 1
        let hash = Self.hash(key)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        return storage.slots.withUnsafeBufferPointer { slots in
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                if entry & 0xFFFF_FFFF_0000_0000 == tag {
                    let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                    let start = storage.keyStarts[index]
                    if storage.keyStarts[index + 1] - start == key.count,
                        storage.keyBytes.withUnsafeBufferPointer({ Self.memoryEqual($0, start, key) })
                    {
                        return index
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    subscript(key: UnsafeBufferPointer<UInt8>) -> Value? { find(key).map { storage.values[$0] } }

    subscript(key: [UInt8]) -> Value? { find(key).map { storage.values[$0] } }

    private static func memoryEqual(_ stored: UnsafeBufferPointer<UInt8>, _ start: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 0..<key.count where stored[start + offset] != key[offset] { return false }
        return true
    }

    /// FNV-1a, 64 bits: short keys, no adversary (the keys are the coder's own word lists).
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        // FNV's low bits mix poorly; fold the high half in, since slots are picked by the low bits.
        return hash ^ (hash >> 29)
    }
}

extension ByteKeyTable {
    /// A table of the ASCII keys of `dictionary`, or `nil` when byte equality could disagree with String
    /// equality for them: when some other key is canonically equivalent to ASCII text.
    init?(asciiKeysOf dictionary: [String: Value]) {
        var pairs: [([UInt8], Value)] = []
        pairs.reserveCapacity(dictionary.count)
        for (key, value) in dictionary {
            if key.utf8.allSatisfy({ $0 < 0x80 }) {
                pairs.append((Array(key.utf8), value))
            } else if !Self.isSafeKey(key) {
                return nil
            }
        }
        self.init(uniqueKeys: pairs)
    }

    /// Whether no ASCII text equals `key` unless it has the same bytes. Only three characters decompose
    /// canonically to ASCII: the Kelvin sign (K), the Greek question mark (;) and the Greek varia (`).
    static func isSafeKey(_ key: String) -> Bool {
        key.utf8.allSatisfy { $0 < 0x80 } || !key.unicodeScalars.contains { $0 == "\u{212A}" || $0 == "\u{037E}" || $0 == "\u{1FEF}" }
    }

    /// The value for `text` when the table can answer for it (ASCII text): `.some(nil)` when it has no such
    /// key. `nil` when the caller must ask its String dictionary.
    func answer(for text: String) -> Value?? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Value?? in
            for byte in bytes where byte >= 0x80 { return nil }
            return .some(self[bytes])
        } ?? nil
    }
}
