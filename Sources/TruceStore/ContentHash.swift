/// A stable 64-bit FNV-1a hash of a record's fields, to tell an unchanged
/// re-import from a revision without comparing every column. Swift's
/// `Hasher` is seeded per process, so it cannot be stored.
struct ContentHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String?) {
        guard var text else {
            mix(0x1e)  // record separator: nil and "" differ
            return mix(0x1f)
        }
        text.withUTF8 { add($0) }
    }

    /// A text value's bytes, then a unit separator, so ("ab","c") and ("a","bc") differ.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes { mix(byte) }
        mix(0x1f)
    }

    mutating func add(_ number: Int?) {
        guard let number else { return mix(0x1e) }
        var bits = UInt64(bitPattern: Int64(number))
        for _ in 0..<8 {
            mix(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    mutating func add(_ number: Double?) { add(number.map { Int(bitPattern: UInt($0.bitPattern)) }) }

    @inline(__always) private mutating func mix(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// SQLite integers are signed.
    var signed: Int64 { Int64(bitPattern: value) }
}
