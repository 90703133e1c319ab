/// Byte-level helpers for reading a whole article: sentence ends and quotation marks.
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

    /// Sentence ranges of `bytes[range]`: a sentence ends at ".", "!" or "?" (past any closing
    /// quotation mark) followed by white space and an upper-case letter, digit or quotation mark,
    /// unless the word before the stop is an abbreviation or a single letter; and at every line break.
    static func sentences(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        func close(_ end: Int) {
            var from = start
            while from < end, isSpace(bytes[from]) { from += 1 }
            if from < end { result.append(from..<end) }
        }
        while index < range.upperBound {
            let byte = bytes[index]
            let breakWidth = lineBreak(bytes, at: index, limit: range.upperBound)
            if breakWidth > 0 {
                close(index)
                start = index + breakWidth
                index += breakWidth
                continue
            }
            guard byte == 0x2E || byte == 0x21 || byte == 0x3F else {
                index += 1
                continue
            }
            var end = index + 1
            // Take closing quotation marks and brackets along.
            while end < range.upperBound {
                let (mark, width) = quoteMark(bytes, at: end)
                if mark == .straight || mark == .curlyClose {
                    end += width
                } else if bytes[end] == 0x29 || bytes[end] == 0x27 {
                    end += 1
                } else if bytes[end] == 0xE2, end + 2 < range.upperBound, bytes[end + 1] == 0x80, bytes[end + 2] == 0x99 {
                    end += 3
                } else {
                    break
                }
            }
            guard end < range.upperBound, isSpace(bytes[end]) || lineBreak(bytes, at: end, limit: range.upperBound) > 0 else {
                index = end
                continue
            }
            var next = end
            while next < range.upperBound, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
            let startsSentence =
                next >= range.upperBound || lineBreak(bytes, at: next, limit: range.upperBound) > 0 || (bytes[next] >= 0x41 && bytes[next] <= 0x5A)
                || LexTokenizer.isDigit(bytes[next]) || quoteMark(bytes, at: next).0 != .none
            if byte == 0x2E, startsSentence, isAbbreviation(bytes, before: index, from: start) {
                index = end
                continue
            }
            if startsSentence {
                close(end)
                start = end
            }
            index = end
        }
        close(range.upperBound)
        return result
    }

    /// Whether the word ending at `index` (exclusive) is an abbreviation or a single letter.
    static func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int, from start: Int) -> Bool {
        var wordStart = index
        // Abbreviations are short: look back at most eight bytes, which keeps runs like "a.a.a.a." linear.
        while wordStart > start, index - wordStart < 8, LexTokenizer.isLetter(bytes[wordStart - 1]) || bytes[wordStart - 1] == 0x2E {
            wordStart -= 1
        }
        let length = index - wordStart
        guard length > 0, length <= 6 else { return false }
        if length == 1 { return bytes[wordStart] >= 0x41 && bytes[wordStart] <= 0x5A }
        var lowered: [UInt8] = []
        for position in wordStart..<index { lowered.append(LexTokenizer.isLetter(bytes[position]) ? bytes[position] | 0x20 : bytes[position]) }
        return Abbreviations.words.contains(String(decoding: lowered, as: UTF8.self))
    }
}
