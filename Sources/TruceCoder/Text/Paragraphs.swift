/// Where a text's paragraphs begin: after a blank line.
enum Paragraphs {
    /// Whether the white space that ends right before `offset` holds two line breaks or more: a blank line ("\n\n",
    /// "\r\n\r\n", or two Unicode line separators, as some press releases write them) or a paragraph separator. A single
    /// line break can be a hard wrap inside a paragraph; a text's first sentence opens one.
    static func blankLineBefore(_ offset: Int, in bytes: [UInt8]) -> Bool {
        var index = min(offset, bytes.count)
        var breaks = 0
        while index > 0 {
            let byte = bytes[index - 1]
            if byte == 0x0A {
                breaks += 1
                index -= 1
                if index > 0, bytes[index - 1] == 0x0D { index -= 1 }
            } else if byte == 0x0D || byte == 0x0B || byte == 0x0C {
                breaks += 1
                index -= 1
            } else if byte == 0x20 || byte == 0x09 {
                index -= 1
            } else if index >= 3, bytes[index - 3] == 0xE2, bytes[index - 2] == 0x80, byte == 0xA8 || byte == 0xA9 {
                // U+2028 LINE SEPARATOR is one break, U+2029 PARAGRAPH SEPARATOR a paragraph's end by itself.
                breaks += byte == 0xA9 ? 2 : 1
                index -= 3
            } else {
                break
            }
            if breaks >= 2 { return true }
        }
        return index == 0
    }
}
