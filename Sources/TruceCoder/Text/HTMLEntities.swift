/// HTML character references: `&amp;`, `&#8217;`, `&#x2014;` and the named ones news pages use.
enum HTMLEntities {
    static let named: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0x20, "ndash": 0x2013, "mdash": 0x2014,
        "hellip": 0x2026, "lsquo": 0x2018, "rsquo": 0x2019, "ldquo": 0x201C, "rdquo": 0x201D, "sbquo": 0x201A,
        "bdquo": 0x201E, "laquo": 0xAB, "raquo": 0xBB, "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "deg": 0xB0,
        "middot": 0xB7, "bull": 0x2022, "euro": 0x20AC, "pound": 0xA3, "cent": 0xA2, "yen": 0xA5, "sect": 0xA7,
        "para": 0xB6, "times": 0xD7, "divide": 0xF7, "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE, "shy": 0xAD,
        "eacute": 0xE9, "egrave": 0xE8, "ecirc": 0xEA, "euml": 0xEB, "aacute": 0xE1, "agrave": 0xE0, "acirc": 0xE2,
        "auml": 0xE4, "atilde": 0xE3, "aring": 0xE5, "ccedil": 0xE7, "iacute": 0xED, "igrave": 0xEC, "icirc": 0xEE,
        "iuml": 0xEF, "oacute": 0xF3, "ograve": 0xF2, "ocirc": 0xF4, "ouml": 0xF6, "otilde": 0xF5, "uacute": 0xFA,
        "ugrave": 0xF9, "ucirc": 0xFB, "uuml": 0xFC, "ntilde": 0xF1, "szlig": 0xDF, "oslash": 0xF8, "Eacute": 0xC9,
        "Aacute": 0xC1, "Oacute": 0xD3, "Uacute": 0xDA, "Ntilde": 0xD1, "Ouml": 0xD6, "Uuml": 0xDC, "Auml": 0xC4,
        "zwnj": 0x200C, "zwj": 0x200D, "lrm": 0x200E, "rlm": 0x200F, "thinsp": 0x2009, "ensp": 0x2002, "emsp": 0x2003,
    ]

    /// Decodes the reference starting at `bytes[index]` (an `&`): the scalar and the bytes it spans, or nil.
    static func decode(_ bytes: [UInt8], at index: Int) -> (scalar: UInt32, length: Int)? {
        var end = index + 1
        let limit = min(bytes.count, index + 34)
        while end < limit, bytes[end] != 0x3B, Bytes.isAlphanumeric(bytes[end]) || bytes[end] == 0x23 { end += 1 }
        guard end < limit, bytes[end] == 0x3B, end > index + 1 else { return nil }
        let body = bytes[(index + 1)..<end]
        let length = end - index + 1
        if body.first == 0x23 {
            var value: UInt32 = 0
            var digits = body.dropFirst()
            let hex = digits.first == 0x78 || digits.first == 0x58
            if hex { digits = digits.dropFirst() }
            guard !digits.isEmpty, digits.count <= 8 else { return nil }
            for byte in digits {
                let digit: UInt32
                if Bytes.isDigit(byte) {
                    digit = UInt32(byte - 0x30)
                } else if hex, (0x61...0x66).contains(Bytes.lower(byte)) {
                    digit = UInt32(Bytes.lower(byte) - 0x61 + 10)
                } else {
                    return nil
                }
                value = value * (hex ? 16 : 10) + digit
            }
            // Windows-1252 numbers in numeric references (&#151;) are common in old pages.
            if (0x80...0x9F).contains(value) { value = windows1252[Int(value - 0x80)] }
            guard value != 0, Unicode.Scalar(value) != nil else { return (0xFFFD, length) }
            return (value, length)
        }
        guard let value = named[String(decoding: body, as: UTF8.self)] else { return nil }
        return (value, length)
    }

    private static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D, 0x17D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178,
    ]

    /// Appends the UTF-8 encoding of `scalar` to `output`.
    static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        guard let unicode = Unicode.Scalar(scalar) else { return }
        output.append(contentsOf: UTF8.encode(unicode).map { Array($0) } ?? [])
    }
}
