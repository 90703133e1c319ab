/// Parts of a sentence set off from its main clause: a quotation, a parenthesis, a pair of dashes, and a relative clause
/// that a comma opens ("The talks, which began on March 10, collapsed"). A date named in one of them is the time of what the aside
/// tells, not of the main clause's act: "collapsed" did not happen on March 10, nor did the attack a spokesman's quoted
/// "we agreed to stop on March 10" is told beside.
extension ArticleCoding {
    /// Byte ranges of the sentence's asides. A quotation or parenthesis left open runs to the sentence's end; a single dash
    /// sets off nothing ("… stalled — and fighting resumed" goes on with the sentence).
    static func asides(in sentence: String) -> [Range<Int>] {
        let bytes = Array(sentence.utf8)
        var found: [Range<Int>] = []
        var quoteStart: Int?
        var parenthesisStart: Int?
        var dashStart: Int?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 {
                if let start = quoteStart {
                    found.append(start..<index + 1)
                    quoteStart = nil
                } else {
                    quoteStart = index
                }
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x9C {
                quoteStart = index
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x9D, let start = quoteStart {
                found.append(start..<index + 3)
                quoteStart = nil
            } else if byte == 0x28 {
                parenthesisStart = parenthesisStart ?? index
            } else if byte == 0x29, let start = parenthesisStart {
                found.append(start..<index + 1)
                parenthesisStart = nil
            } else if byte == 0x2C, let end = relativeClauseEnd(bytes, comma: index) {
                found.append(index..<end)
            } else if Bytes.dashLength(bytes, at: index) == 3 {
                // A pair of dashes sets off an aside as a parenthesis does: "The talks — which began on March 10 — stalled".
                if let start = dashStart {
                    found.append(start..<index + 3)
                    dashStart = nil
                } else {
                    dashStart = index
                }
                index += 2
            }
            index += 1
        }
        if let start = quoteStart ?? parenthesisStart { found.append(start..<bytes.count) }
        return found
    }

    /// Words that open a relative clause after a comma and tell of something beside the main clause's act. ("when" is
    /// left out: "on March 10, when rebels stormed the town" gives the main clause's act its time.)
    static let relativeOpeners: Set<String> = ["which", "who", "whom", "whose", "where"]

    /// Where the relative clause a comma at `comma` opens ends: at the next comma, semicolon, dash or the sentence's end.
    private static func relativeClauseEnd(_ bytes: [UInt8], comma: Int) -> Int? {
        var start = comma + 1
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        var end = start
        while end < bytes.count, Bytes.isLetter(bytes[end]) { end += 1 }
        guard (3...5).contains(end - start), relativeOpeners.contains(String(decoding: bytes[start..<end], as: UTF8.self).lowercased())
        else { return nil }
        // A hyphen joins words ("pro-government"); an en or em dash ends the clause.
        while end < bytes.count, bytes[end] != 0x2C, bytes[end] != 0x3B, Bytes.dashLength(bytes, at: end) != 3 { end += 1 }
        return end
    }

    /// `mentions` without those in an aside that does not hold `range` (a verb): they date only what the aside tells.
    static func outsideOtherAsides(_ mentions: [DateMention], asides: [Range<Int>], holding range: Range<Int>) -> [DateMention] {
        guard !asides.isEmpty else { return mentions }
        return mentions.filter { mention in
            !asides.contains { $0.contains(mention.range.lowerBound) && !$0.contains(range.lowerBound) }
        }
    }

    /// The quotations among a sentence's `asides`: those that open with a quotation mark.
    static func quotations(_ asides: [Range<Int>], in sentence: String) -> [Range<Int>] {
        guard !asides.isEmpty else { return [] }
        let bytes = Array(sentence.utf8)
        return asides.filter { range in
            bytes[range.lowerBound] == 0x22
                || (range.count >= 3 && bytes[range.lowerBound] == 0xE2 && bytes[range.lowerBound + 1] == 0x80
                    && bytes[range.lowerBound + 2] == 0x9C)
        }
    }

    /// Whether two places of the sentence lie on the same side of every aside given: both in it or both outside. People
    /// killed told outside a quotation ("“The army shelled our homes on April 2,” a resident said after gunmen killed 6")
    /// are not the quoted act's; those a relative clause tells (", which killed three soldiers") are the outcome of the
    /// act it describes, so only quotations are given. A place unknown (nil) is on every side.
    static func onSameSide(_ first: Int, _ second: Int?, of asides: [Range<Int>]) -> Bool {
        guard let second else { return true }
        return asides.allSatisfy { $0.contains(first) == $0.contains(second) }
    }
}
