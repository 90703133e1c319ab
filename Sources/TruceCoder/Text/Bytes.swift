/// Byte-level helpers for scanning UTF-8 text without building Strings.
enum Bytes {
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
    @inline(__always) static func isHorizontalSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isAlphanumeric(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }

    /// Whether `bytes[at...]` starts with the ASCII `word`, ignoring case (`word` is lower case).
    static func hasPrefix(_ bytes: [UInt8], at index: Int, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index >= 0, index + count <= bytes.count else { return false }
        let pointer = word.utf8Start
        for offset in 0..<count where lower(bytes[index + offset]) != pointer[offset] { return false }
        return true
    }

    /// Whether the bytes in `range` equal the lower-case ASCII `word`, ignoring case.
    static func equals(_ bytes: [UInt8], _ range: Range<Int>, _ word: String) -> Bool {
        guard range.count == word.utf8.count else { return false }
        var index = range.lowerBound
        for byte in word.utf8 {
            if lower(bytes[index]) != byte { return false }
            index += 1
        }
        return true
    }

    /// Lower-cased ASCII string of `bytes[range]` (non-ASCII bytes kept).
    static func lowerString(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        // Written into the String's storage: decoding a lazy map asks at run time whether it is contiguous, every call.
        String(unsafeUninitializedCapacity: range.count) { buffer in
            for (offset, index) in range.enumerated() { buffer[offset] = lower(bytes[index]) }
            return range.count
        }
    }

    /// The bytes of a dash that separates a dateline or a byline: "-", "–" (E2 80 93) or "—" (E2 80 94).
    /// Returns the length of the dash at `index`, or 0.
    static func dashLength(_ bytes: [UInt8], at index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        if bytes[index] == 0x2D { return 1 }
        if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 {
            return 3
        }
        return 0
    }
}
