/// Windows-1252 ("ANSI", cp1252) to Unicode: the encoding of old ACLED exports.
///
/// Bytes below 0x80 are ASCII and 0xA0–0xFF are Latin-1 (U+00A0–U+00FF); only
/// 0x80–0x9F differ from Latin-1, where Windows put curly quotes, dashes and the
/// euro sign. The five bytes Windows leaves undefined keep their C1 control
/// code points, as the WHATWG encoding standard does, so no byte is lost.
enum Windows1252 {
    /// Unicode scalars for 0x80–0x9F.
    static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 0x80–0x87
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 0x88–0x8F
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 0x90–0x97
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 0x98–0x9F
    ]

    /// The Unicode scalar value of one Windows-1252 byte.
    static func scalar(for byte: UInt8) -> UInt32 {
        (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
    }

    /// Decodes the bytes as Windows-1252. Every byte sequence is valid.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Encode straight to UTF-8 and build the String once: at most three bytes per input byte.
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 2)
        for byte in bytes {
            let value = scalar(for: byte)
            if value < 0x80 {
                utf8.append(UInt8(value))
            } else if value < 0x800 {
                utf8.append(UInt8(0xC0 | (value >> 6)))
                utf8.append(UInt8(0x80 | (value & 0x3F)))
            } else {
                utf8.append(UInt8(0xE0 | (value >> 12)))
                utf8.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
                utf8.append(UInt8(0x80 | (value & 0x3F)))
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}
