/// A read-only hash table keyed by byte strings, for lookups of words cut from a sentence's bytes.
///
/// A `[String: V]` lookup builds a String and runs SipHash over it; coding looks up every word of every
/// sentence, and that was a good share of the work. This table hashes the bytes as they are (FNV-1a)
/// and compares them bytewise, so a caller must only ask it about text where byte equality is what it
/// means: callers keep ASCII keys here and send other text to their String dictionaries, whose
/// comparison knows canonical equivalence.
struct ByteKeyTable<Value>: Sendable where Value: Sendable {
    private var keyBytes: [UInt8] = []
    /// Where each key's bytes start in `keyBytes`; a key ends where the next starts.
    private var keyStarts: [Int] = [0]
    private var values: [Value] = []
    /// Indices into `values`, -1 where empty; the count is a power of two.
    private var slots: [Int32] = [-1]

    var count: Int { values.count }

    /// A table of `pairs`; a repeated key keeps its first value.
    init(_ pairs: some Sequence<([UInt8], Value)>) {
        for (key, value) in pairs where find(key) == nil {
            keyBytes.append(contentsOf: key)
            keyStarts.append(keyBytes.count)
            values.append(value)
            if values.count * 2 > slots.count { rehash(capacity: slots.count * 4) }
            insertSlot(values.count - 1)
        }
    }

    private mutating func rehash(capacity: Int) {
        slots = Array(repeating: -1, count: capacity)
        for index in values.indices { insertSlot(index) }
    }

    private mutating func insertSlot(_ index: Int) {
        let mask = slots.count - 1
        let hash = keyBytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[keyStarts[index]..<keyStarts[index + 1]])) }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    private func find(_ key: [UInt8]) -> Int? { key.withUnsafeBufferPointer { find($0) } }

    /// The index of `key`'s value, if the table has it.
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
        return keyBytes.withUnsafeBufferPointer { stored in
            while true {
                let index = Int(slots[slot])
                if index < 0 { return nil }
                let start = keyStarts[index]
                let end = keyStarts[index + 1]
                if end - start == key.count, memoryEqual(stored, start, key) { return index }
                slot = (slot + 1) & mask
            }
        }
    }

    subscript(key: UnsafeBufferPointer<UInt8>) -> Value? { find(key).map { values[$0] } }

    subscript(key: [UInt8]) -> Value? { find(key).map { values[$0] } }

    private func memoryEqual(_ stored: UnsafeBufferPointer<UInt8>, _ start: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
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
        guard dictionary.keys.allSatisfy(Self.isSafeKey) else { return nil }
        self.init(dictionary.filter { $0.key.utf8.allSatisfy { $0 < 0x80 } }.sorted { $0.key < $1.key }.map { (Array($0.key.utf8), $0.value) })
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
