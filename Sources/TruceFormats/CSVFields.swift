/// The fields of one record as bytes, without building any String: the fast
/// path that the row parsers use. A view into the reader's buffers, valid only
/// inside the closure that receives it.
struct CSVFields {
    /// Where one field's (unquoted) bytes are: in the reader's read buffer, or in
    /// its side buffer when unquoting had to copy them.
    struct Span: BitwiseCopyable {
        var start: Int
        var end: Int
        var inSide: Bool
        /// Whether the bytes are decoded as UTF-8; otherwise as Windows-1252.
        var isUTF8: Bool
        /// Set by the scanner for a quoted field with doubled quotes or text after
        /// its closing quote: `start..<end` is then the raw text, opening quote included.
        var needsUnquoting: Bool = false
    }

    let main: UnsafePointer<UInt8>
    let side: UnsafePointer<UInt8>?
    let spans: UnsafeBufferPointer<Span>

    var count: Int { spans.count }

    /// The bytes of field `index`.
    @inline(__always)
    func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let span = spans[index]
        let base = span.inSide ? side.unsafelyUnwrapped : main
        return UnsafeBufferPointer(start: base + span.start, count: span.end - span.start)
    }

    /// The bytes of field `index` without leading and trailing whitespace: ASCII
    /// spaces, tabs and line breaks, and the no-break space (U+00A0, which old
    /// exports put before numbers) in the field's own encoding.
    @inline(__always)
    func trimmedBytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        var bytes = self.bytes(index).trimmed()
        guard let first = bytes.first, let last = bytes.last, first >= 0x80 || last >= 0x80 else { return bytes }
        let isUTF8 = spans[index].isUTF8
        while true {
            if isUTF8, bytes.count >= 2, bytes[0] == 0xC2, bytes[1] == 0xA0 {
                bytes = UnsafeBufferPointer(rebasing: bytes[2...])
            } else if isUTF8, bytes.count >= 2, bytes[bytes.count - 2] == 0xC2, bytes[bytes.count - 1] == 0xA0 {
                bytes = UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - 2)])
            } else if !isUTF8, bytes.first == 0xA0 {
                bytes = UnsafeBufferPointer(rebasing: bytes[1...])
            } else if !isUTF8, bytes.last == 0xA0 {
                bytes = UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - 1)])
            } else {
                return bytes
            }
            bytes = bytes.trimmed()
        }
    }

    /// Field `index` as text.
    @inline(__always)
    func string(_ index: Int) -> String { string(index, bytes(index)) }

    /// Part of field `index` (a slice of `bytes(index)`) as text, decoded the way the field is.
    @inline(__always)
    func string(_ index: Int, _ part: UnsafeBufferPointer<UInt8>) -> String {
        if part.isEmpty { return "" }
        return spans[index].isUTF8 ? String(decoding: part, as: UTF8.self) : Windows1252.decode(part)
    }

    /// Runs `body` on a view of `fields`, which are UTF-8 Strings.
    static func with<R>(_ fields: [String], _ body: (CSVFields) -> R) -> R {
        var bytes: [UInt8] = []
        var spans: [Span] = []
        for field in fields {
            let start = bytes.count
            bytes.append(contentsOf: field.utf8)
            spans.append(Span(start: start, end: bytes.count, inSide: false, isUTF8: true))
        }
        bytes.append(0)  // never empty, so there is always a base address
        return bytes.withUnsafeBufferPointer { bytes in
            spans.withUnsafeBufferPointer { spans in
                body(CSVFields(main: bytes.baseAddress.unsafelyUnwrapped, side: nil, spans: spans))
            }
        }
    }
}

/// Byte-level cell helpers: trimming, missing values, numbers and lists, with no
/// String built until a value is known to be wanted.
extension UnsafeBufferPointer<UInt8> {
    /// The bytes without leading and trailing ASCII whitespace.
    @inline(__always)
    func trimmed() -> UnsafeBufferPointer<UInt8> {
        var low = 0
        var high = count
        while low < high, String.isASCIIWhitespace(self[low]) { low += 1 }
        while high > low, String.isASCIIWhitespace(self[high - 1]) { high -= 1 }
        if low == 0 && high == count { return self }
        return UnsafeBufferPointer(rebasing: self[low..<high])
    }

    /// Whether the bytes are exactly `NA`, R's missing value.
    @inline(__always)
    var isNA: Bool { count == 2 && self[0] == 0x4E && self[1] == 0x41 }

    /// A whole number: an optional sign and decimal digits, nothing else; `nil` on overflow.
    func wholeNumber() -> Int? {
        guard !isEmpty else { return nil }
        var index = 0
        var negative = false
        if self[0] == 0x2D || self[0] == 0x2B {
            negative = self[0] == 0x2D
            index = 1
        }
        guard index < count else { return nil }
        var value = 0
        while index < count {
            let digit = Int(self[index]) &- 0x30
            guard digit >= 0, digit <= 9 else { return nil }
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { return nil }
            value = sum
            index += 1
        }
        return negative ? -value : value
    }

    /// A plain decimal such as `-34.5123` with at most 15 significant digits, read
    /// exactly (an integer over a power of ten, both exact doubles, so the one
    /// division is correctly rounded); `nil` for anything else, which callers
    /// hand to `Double(_:)`.
    func decimalNumber() -> Double? {
        var index = 0
        var negative = false
        if index < count, self[index] == 0x2D || self[index] == 0x2B {
            negative = self[index] == 0x2D
            index += 1
        }
        var mantissa = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        while index < count {
            let byte = self[index]
            if byte == 0x2E {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else {
                let digit = Int(byte) &- 0x30
                guard digit >= 0, digit <= 9 else { return nil }
                mantissa = mantissa * 10 + digit
                digits += 1
                if seenPoint { fractionDigits += 1 }
                guard digits <= 15 else { return nil }
            }
            index += 1
        }
        guard digits > 0 else { return nil }
        let value = Double(mantissa) / Self.powersOfTen[fractionDigits]
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = (0...15).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// Whether the bytes equal `lowercaseASCII`, ignoring ASCII case.
    func equalsIgnoringCase(_ lowercaseASCII: StaticString) -> Bool {
        guard count == lowercaseASCII.utf8CodeUnitCount else { return false }
        let other = lowercaseASCII.utf8Start
        for index in 0..<count {
            var byte = self[index]
            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            guard byte == other[index] else { return false }
        }
        return true
    }
}
