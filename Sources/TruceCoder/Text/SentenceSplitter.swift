/// Splits text into sentences, as UTF-8 byte ranges into the text: the one sentence splitter of
/// the coder (articles, ACLED notes, the reported speech of claims).
///
/// A full stop ends a sentence unless it closes an abbreviation ("Lt.",
/// "U.S.", "Jan."), an initial ("R.J."), a decimal, or is followed by a
/// lower-case word; closing quotes stay with their sentence. A blank line
/// always ends one; a single line break ("\n", U+2028 or U+2029) ends one when
/// the line ends in punctuation or is short (a heading, a list item), and
/// otherwise joins hard-wrapped lines. Work is linear in the text's length, and
/// no sentence is longer than `maximumLength` bytes: a longer one is cut at a space.
public enum SentenceSplitter {
    public static let defaultMaximumLength = 3000

    public static func sentences(in text: String, maximumLength: Int = defaultMaximumLength) -> [Range<Int>] {
        var result: [Range<Int>] = []
        text.utf8.withContiguousStorageIfAvailable { buffer in
            result = split(buffer, maximumLength: max(maximumLength, 16))
        }
            ?? {
                let bytes = Array(text.utf8)
                bytes.withUnsafeBufferPointer { result = split($0, maximumLength: max(maximumLength, 16)) }
            }()
        return result
    }

    static func split(_ bytes: UnsafeBufferPointer<UInt8>, maximumLength: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let count = bytes.count
        var start = 0
        var lineStart = 0

        func emit(_ end: Int) {
            var lower = start
            var upper = min(end, count)
            while lower < upper, Bytes.isSpace(bytes[lower]) { lower += 1 }
            while upper > lower, Bytes.isSpace(bytes[upper - 1]) { upper -= 1 }
            // Cut an over-long sentence at spaces so later stages never see more than `maximumLength` bytes.
            while upper - lower > maximumLength {
                var cut = lower + maximumLength
                while cut > lower + maximumLength / 2, bytes[cut] != 0x20 { cut -= 1 }
                if bytes[cut] != 0x20 {
                    cut = lower + maximumLength
                    while cut > lower, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }  // not inside a scalar
                }
                result.append(lower..<cut)
                lower = cut
                while lower < upper, Bytes.isSpace(bytes[lower]) { lower += 1 }
            }
            if upper > lower { result.append(lower..<upper) }
            start = end
        }

        var index = 0
        while index < count {
            let byte = bytes[index]
            let breakWidth = TextScan.lineBreak(bytes, at: index, limit: count)
            if breakWidth > 0 {
                var next = index + breakWidth
                while next < count, Bytes.isHorizontalSpace(bytes[next]) || bytes[next] == 0x0D { next += 1 }
                // A paragraph separator (U+2029) is a blank line by itself.
                let blank = (breakWidth == 3 && bytes[index + 2] == 0xA9) || (next < count && TextScan.lineBreak(bytes, at: next, limit: count) > 0)
                var previous = index
                while previous > start, Bytes.isSpace(bytes[previous - 1]) { previous -= 1 }
                let lastByte: UInt8 = previous > start ? bytes[previous - 1] : 0x2E
                let punctuated =
                    lastByte == 0x2E || lastByte == 0x21 || lastByte == 0x3F || lastByte == 0x3A || lastByte == 0x3B
                    || lastByte == 0x22 || lastByte == 0x29 || lastByte >= 0x80
                let shortLine = index - lineStart < 60
                let bullet = next < count && (bytes[next] == 0x2D || bytes[next] == 0x2A || bytes[next] == 0xE2)
                if blank || punctuated || shortLine || bullet {
                    emit(index)
                    start = index + breakWidth  // a separator's bytes are not white space to trim
                }
                lineStart = index + breakWidth
                index += breakWidth
                continue
            }
            let ellipsis = byte == 0xE2 && index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6
            if byte == 0x2E || byte == 0x21 || byte == 0x3F || ellipsis {
                var end = index + (ellipsis ? 3 : 1)
                // Runs of terminal marks and closing quotes or brackets stay with the sentence.
                while end < count {
                    let b = bytes[end]
                    if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D {
                        end += 1
                    } else if b == 0xE2, end + 2 < count, bytes[end + 1] == 0x80,
                        bytes[end + 2] == 0x9D || bytes[end + 2] == 0x99 || bytes[end + 2] == 0xA6
                    {
                        end += 3  // ” ’ …
                    } else {
                        break
                    }
                }
                guard end >= count || Bytes.isSpace(bytes[end]) else {
                    index = end
                    continue
                }
                if byte == 0x2E, end == index + 1, Abbreviations.endsAbbreviation(bytes, dot: index, from: start) {
                    index = end
                    continue
                }
                var next = end
                while next < count, Bytes.isHorizontalSpace(bytes[next]) { next += 1 }
                if next < count, Bytes.isLower(bytes[next]) {
                    index = end
                    continue
                }
                emit(end)
                index = end
                continue
            }
            index += 1
        }
        emit(count)
        return result
    }
}
