/// A number read at one token: digits, number words or a vague quantity.
struct ParsedNumber: Sendable {
    var value: Double
    /// Token index just past the number.
    var end: Int
    var isVague: Bool = false
}

/// Reads the number that starts at a token, without judging what it counts.
///
/// Shared by the number, date and figure finders: "13,000", "1.5 million",
/// "forty-three", "one hundred and twenty", "nine-and-a-half", "a dozen",
/// "half a dozen", "dozens", "tens of thousands", "several hundred".
enum NumberParser {
    static func parse(_ tokens: [LexToken], at index: Int) -> ParsedNumber? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        if token.kind == .digits {
            guard token.suffix.isEmpty else { return nil }
            var value = token.value
            var end = index + 1
            // "1.5 million", "13 thousand".
            if end < tokens.count, tokens[end].kind == .word, let scale = NumberWords.scales[tokens[end].text], scale >= 100 {
                value *= scale
                end += 1
            }
            // Digits past Double's range (309 or more) read as infinity, which no count or figure
            // can be nor JSON hold: refused, not turned into 0. Finite huge values are clamped
            // where they become counts (`NumberFinder`).
            guard value.isFinite else { return nil }
            return ParsedNumber(value: value, end: end)
        }
        guard token.kind == .word else { return nil }
        let word = token.text
        if word == "a" || word == "an" {
            guard index + 1 < tokens.count, tokens[index + 1].kind == .word else { return nil }
            let next = tokens[index + 1].text
            if let vague = NumberWords.vagueAfterA[next], next != "number" || (index + 2 < tokens.count && tokens[index + 2].isWord("of")) {
                return ParsedNumber(value: vague, end: skipOf(tokens, index + 2), isVague: true)
            }
            if NumberWords.scales[next] != nil {
                return words(tokens, from: index + 1, startingWith: 1)
            }
            return nil
        }
        if word == "half", index + 2 < tokens.count, tokens[index + 1].isWord("a"), tokens[index + 2].isWord("dozen") {
            return ParsedNumber(value: 6, end: index + 3)
        }
        if let plural = NumberWords.vaguePlurals[word] {
            // "tens of thousands", "hundreds of thousands".
            var end = index + 1
            var value = plural
            if end + 1 < tokens.count, tokens[end].isWord("of"), let inner = NumberWords.vaguePlurals[tokens[end + 1].text],
                inner > plural
            {
                value = plural * inner
                end += 2
            }
            return ParsedNumber(value: value, end: skipOf(tokens, end), isVague: true)
        }
        if let vague = NumberWords.vagueWords[word] {
            // "several hundred", "several dozen".
            if index + 1 < tokens.count, tokens[index + 1].kind == .word, let scale = NumberWords.scales[tokens[index + 1].text] {
                return ParsedNumber(value: vague * scale, end: skipOf(tokens, index + 2), isVague: true)
            }
            return ParsedNumber(value: vague, end: index + 1, isVague: true)
        }
        guard NumberWords.simple[word] != nil else { return nil }
        return words(tokens, from: index, startingWith: 0)
    }

    /// The value of a whole phrase, or nil when any of it is not a number.
    static func value(ofPhrase text: String) -> Double? {
        let tokens = LexTokenizer.tokens(text)
        guard !tokens.isEmpty, let parsed = parse(tokens, at: 0), parsed.end == tokens.count else { return nil }
        return parsed.value
    }

    private enum Part { case start, unit, teen, tens, hundred, large }

    /// Number words: "forty-three", "one hundred and twenty", "nine-and-a-half", "two dozen".
    private static func words(_ tokens: [LexToken], from start: Int, startingWith initial: Double) -> ParsedNumber? {
        var total = 0.0
        var current = initial
        var last: Part = initial > 0 ? .unit : .start
        var index = start
        var end = start
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .punct, isGluedHyphen(tokens, index) {
                index += 1
                continue
            }
            guard token.kind == .word else { break }
            let word = token.text
            if let value = NumberWords.simple[word] {
                let part: Part = value < 10 ? .unit : (value < 20 ? .teen : .tens)
                let allowed: Bool
                switch last {
                case .start, .hundred, .large: allowed = true
                case .tens: allowed = part == .unit && value > 0
                case .unit, .teen: allowed = false
                }
                guard allowed else { break }
                current += value
                last = part
                end = index + 1
            } else if let scale = NumberWords.scales[word] {
                guard last != .start, last != .hundred || scale >= 1_000 else { break }
                if scale == 100 {
                    current = max(current, 1) * 100
                    last = .hundred
                } else if scale == 12 {
                    current = max(current, 1) * 12
                    last = .large
                } else {
                    total += max(current, 1) * scale
                    current = 0
                    last = .large
                }
                end = index + 1
            } else if word == "and", last == .hundred || last == .large || last == .unit || last == .teen || last == .tens {
                // "one hundred and twenty"; "nine and a half".
                let next = nextIndex(tokens, after: index)
                guard next < tokens.count, tokens[next].kind == .word else { break }
                let half = tokens[next].text == "a" ? nextIndex(tokens, after: next) : next
                if half < tokens.count, tokens[half].isWord("half"), last != .hundred, last != .large {
                    // Only a scale word may follow: "nine-and-a-half thousand".
                    current += 0.5
                    end = half + 1
                    last = .unit
                    index = half + 1
                    continue
                }
                guard last == .hundred || last == .large, NumberWords.simple[tokens[next].text] != nil else { break }
                index = next
                continue
            } else {
                break
            }
            index += 1
        }
        guard end > start, (total + current).isFinite else { return nil }
        return ParsedNumber(value: total + current, end: end)
    }

    /// A hyphen written without spaces inside a compound ("forty-three").
    static func isGluedHyphen(_ tokens: [LexToken], _ index: Int) -> Bool {
        guard tokens[index].isPunct("-"), !tokens[index].spaceBefore, index + 1 < tokens.count else { return false }
        return !tokens[index + 1].spaceBefore
    }

    private static func nextIndex(_ tokens: [LexToken], after index: Int) -> Int {
        var next = index + 1
        while next < tokens.count, tokens[next].kind == .punct, isGluedHyphen(tokens, next) { next += 1 }
        return next
    }

    /// "dozens of" takes its "of" along.
    private static func skipOf(_ tokens: [LexToken], _ index: Int) -> Int {
        index < tokens.count && tokens[index].isWord("of") ? index + 1 : index
    }
}
