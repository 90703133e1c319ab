/// Byte-level helpers for reading a whole article: quotation marks and line breaks.
enum TextScan {
    enum QuoteMark { case none, straight, curlyOpen, curlyClose }

    static func quoteMark(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (QuoteMark, Int) {
        let byte = bytes[index]
        if byte == 0x22 { return (.straight, 1) }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
            if bytes[index + 2] == 0x9C { return (.curlyOpen, 3) }
            if bytes[index + 2] == 0x9D { return (.curlyClose, 3) }
        }
        return (.none, 1)
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// A line break: "\n", or the line or paragraph separator (U+2028, U+2029); its width in bytes, else 0.
    static func lineBreak(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int) -> Int {
        if bytes[index] == 0x0A { return 1 }
        if bytes[index] == 0xE2, index + 2 < limit, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
            return 3
        }
        return 0
    }
}
