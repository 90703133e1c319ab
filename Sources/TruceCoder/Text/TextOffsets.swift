public import TruceModel

/// Converts UTF-8 byte offsets in a text to Unicode-scalar offsets, the unit of `TextSpan`.
///
/// Keeps the scalar count at the start of every 64-byte block, so a lookup
/// counts at most 63 bytes; pure ASCII text converts as the identity.
public struct ScalarOffsets: Sendable {
    private let bytes: [UInt8]
    private let blockStarts: [Int]
    private let isASCII: Bool

    public init(_ text: String) {
        bytes = Array(text.utf8)
        var ascii = true
        var starts: [Int] = []
        starts.reserveCapacity(bytes.count / 64 + 1)
        var scalars = 0
        for (index, byte) in bytes.enumerated() {
            if index & 63 == 0 { starts.append(scalars) }
            if byte & 0xC0 != 0x80 { scalars += 1 }
            if byte >= 0x80 { ascii = false }
        }
        starts.append(scalars)
        blockStarts = starts
        isASCII = ascii
    }

    /// The number of scalars that start before byte `offset`.
    public func scalarOffset(_ offset: Int) -> Int {
        let offset = max(0, min(offset, bytes.count))
        if isASCII { return offset }
        let block = offset >> 6
        var scalars = blockStarts[block]
        var index = block << 6
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { scalars += 1 }
            index += 1
        }
        return scalars
    }

    public func span(_ range: Range<Int>) -> TextSpan {
        TextSpan(start: scalarOffset(range.lowerBound), end: scalarOffset(range.upperBound))
    }
}
