/// A stable 64-bit FNV-1a hash of a record's fields, to tell an unchanged
/// re-import from a revision without comparing every column. Swift's
/// `Hasher` is seeded per process, so it cannot be stored.
struct ContentHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String?) {
        if var text {
            text.withUTF8 { bytes in
                for byte in bytes { mix(byte) }
            }
        }
        mix(0x1f)  // unit separator: ("ab","c") and ("a","bc") differ
    }

    mutating func add(_ number: Int?) { add(number.map(String.init)) }
    mutating func add(_ number: Double?) { add(number.map { String($0) }) }

    @inline(__always) private mutating func mix(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// SQLite integers are signed.
    var signed: Int64 { Int64(bitPattern: value) }
}
