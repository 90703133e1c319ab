/// A fast UTF-8 check for field bytes.
///
/// `String(validating:as:)` is generic and, called per field, spent most of
/// its time looking up generic metadata; this check is specialised, skips
/// ASCII eight bytes at a time, and leaves building the String to
/// `String(decoding:as:)`, which is fast for valid input.
enum UTF8Validation {
    /// Whether `bytes` are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF).
    @inline(__always)
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        // Skip ASCII a word at a time; most fields are pure ASCII.
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if word & 0x8080_8080_8080_8080 != 0 { break }
            index += 8
        }
        while index < count, base[index] < 0x80 { index += 1 }
        return index == count || isValidTail(base, from: index, count: count)
    }

    /// Whether every byte is below 0x80, checked 32 bytes per step.
    @inline(__always)
    static func isASCII(_ base: UnsafePointer<UInt8>, count: Int) -> Bool {
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 32 <= count {
            let a = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let b = raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
            let c = raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self)
            let d = raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)
            if (a | b | c | d) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 32
        }
        while index < count {
            if base[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// The full check from the first non-ASCII byte on.
    static func isValidTail(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Bool {
        var index = start
        while index < count {
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The sequence length and the allowed range of the second byte, which rules out
            // overlong forms (E0, F0), surrogates (ED) and code points past U+10FFFF (F4).
            let (length, low, high): (Int, UInt8, UInt8)
            switch lead {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            default: return false
            }
            guard index + length <= count else { return false }
            let second = base[index + 1]
            guard second >= low, second <= high else { return false }
            var next = index + 2
            while next < index + length {
                guard base[next] & 0xC0 == 0x80 else { return false }
                next += 1
            }
            index += length
        }
        return true
    }
}
