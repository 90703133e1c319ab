/// The stable 64-bit FNV-1a hash of a record's fields that tells an unchanged re-import from a
/// revision without comparing every column. Every backend stores it, and a store copied from one
/// backend to another must recognise the rows it already holds, so all hash with this one type.
/// Swift's `Hasher` is seeded per process, so it cannot be stored.
public struct ContentHash: Sendable {
    @usableFromInline var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// An empty hash.
    @inlinable public init() {}

    /// The hash so far.
    @inlinable public var value: UInt64 { state }

    /// The hash as a signed 64-bit integer, as SQL databases store integers.
    @inlinable public var signed: Int64 { Int64(bitPattern: state) }

    /// Adds a text field: its bytes and a unit separator; nil differs from "".
    @inlinable public mutating func add(_ text: String?) {
        guard var text else {
            mix(0x1e)  // record separator: nil and "" differ
            return mix(0x1f)
        }
        text.withUTF8 { add($0) }
    }

    /// Adds a text value's bytes, then a unit separator, so ("ab","c") and ("a","bc") differ.
    @inlinable public mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes { mix(byte) }
        mix(0x1f)
    }

    /// Adds a whole number as its eight bytes, little end first; nil as a record separator.
    @inlinable public mutating func add(_ number: Int?) {
        guard let number else { return mix(0x1e) }
        var bits = UInt64(bitPattern: Int64(number))
        for _ in 0..<8 {
            mix(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    /// Adds a number by its bit pattern.
    @inlinable public mutating func add(_ number: Double?) { add(number.map { Int(bitPattern: UInt($0.bitPattern)) }) }

    @inlinable @inline(__always) mutating func mix(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
}
