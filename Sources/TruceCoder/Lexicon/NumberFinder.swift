import TruceModel

/// A count in a sentence, with the bounds its wording supports.
///
/// "at least 20" gives `low` 20 and `best` 20; "up to 30" gives `high` 30 only;
/// "between 10 and 15" gives 10, 10, 15 (the lower end as best, ACLED's most
/// conservative reading); "dozens" gives 12, 12, nil and `isVague`.
public struct NumberMention: Hashable, Sendable {
    /// UTF-8 byte offsets of the whole phrase, qualifier included ("at least 20").
    public var range: Range<Int>
    /// The single number to use: `best`, else `low`, else `high`.
    public var value: Double
    public var low: Int?
    public var best: Int?
    public var high: Int?
    /// A word that names no exact number ("dozens", "several", "scores of").
    public var isVague: Bool
    /// The number as written, before its qualifier is read: 1,200 for "more than 1,200" (whose `low` is 1,201).
    public var written: Double

    public init(range: Range<Int>, value: Double, low: Int?, best: Int?, high: Int?, isVague: Bool, written: Double? = nil) {
        self.range = range
        self.value = value
        self.low = low
        self.best = best
        self.high = high
        self.isVague = isVague
        self.written = written ?? value
    }
}

/// Finds counts in a sentence: digits, number words and vague quantities.
///
/// Numbers that are not counts are left out: years ("in 2020"), times ("at
/// 10:30", "0300 hours"), dates ("4 March", "2020-03-04", "4/3"), ordinals and
/// unit numbers ("3rd Battalion", "187th Infantry Regiment"), ages ("a
/// 12-year-old"), durations and measures ("three days", "12 km", "40 percent")
/// and money ("$5 million").
public enum NumberFinder {
    public static func numbers(in sentence: String) -> [NumberMention] {
        let tokens = LexTokenizer.tokens(sentence)
        return mentions(in: tokens)
    }

    /// The value of a phrase that is wholly a number ("forty-three", "13,000",
    /// "nine-and-a-half", "a dozen"), else nil.
    public static func value(of words: String) -> Double? {
        NumberParser.value(ofPhrase: words)
    }

    static func mentions(in tokens: [LexToken]) -> [NumberMention] {
        var result: [NumberMention] = []
        var index = 0
        while index < tokens.count {
            if tokens[index].kind != .digits && !tokens[index].has([.number, .qualifier]) || isPartOfName(tokens, index) {
                index += 1
                continue
            }
            if let (mention, next) = mention(in: tokens, at: index) {
                if let mention { result.append(mention) }
                index = max(next, index + 1)
            } else {
                index += 1
            }
        }
        return result
    }

    /// Digits glued to the letters before them are part of a name, not a count: "M23 rebels", "F-16 jets", "G7
    /// leaders", "AK-47 rifles".
    private static func isPartOfName(_ tokens: [LexToken], _ index: Int) -> Bool {
        guard tokens[index].kind == .digits, index > 0, !tokens[index].spaceBefore else { return false }
        let before = tokens[index - 1]
        if before.kind == .word { return true }
        return before.isPunct("-") && !before.spaceBefore && index > 1 && tokens[index - 2].kind == .word
    }

    /// The count starting at `index` (qualifier included), and where scanning resumes.
    /// Returns a nil mention with a resume index for a number that is not a count.
    static func mention(in tokens: [LexToken], at index: Int) -> (NumberMention?, Int)? {
        let (qualifier, numberStart) = qualifier(in: tokens, at: index)
        guard let first = NumberParser.parse(tokens, at: numberStart) else { return nil }
        if let skip = notACount(tokens, start: numberStart, number: first) {
            return (nil, skip)
        }
        var low: Double? = first.value
        var best: Double? = first.value
        var high: Double? = first.value
        var end = first.end
        var isVague = first.isVague
        if qualifier == .between, let (upper, upperEnd) = secondOfRange(tokens, after: first.end, joiner: "and"),
            upper.value > first.value
        {
            high = upper.value
            end = upperEnd
        } else if qualifier == .none, let (upper, upperEnd) = rangeTail(tokens, after: first.end, from: numberStart),
            upper.value > first.value
        {
            high = upper.value
            isVague = isVague || upper.isVague
            end = upperEnd
        } else {
            switch qualifier {
            case .atLeast:
                high = nil
            case .moreThan:
                // "More than 10" is at least 11: the smallest count the words allow.
                high = nil
                low = first.value.rounded(.down) + 1
                best = low
            case .upTo:
                low = nil
                best = nil
            case .nearly:
                low = nil
            case .about:
                low = nil
                high = nil
            case .none, .between:
                if first.isVague { high = nil }
            }
        }
        if isVague { high = qualifier == .upTo ? high : (high == first.value ? nil : high) }
        let value = best ?? low ?? high ?? first.value
        let mention = NumberMention(
            range: tokens[index].start..<tokens[end - 1].end, value: value, low: low.map(clampedInt), best: best.map(clampedInt),
            high: high.map(clampedInt), isVague: isVague, written: first.value)
        return (mention, end)
    }

    enum Qualifier { case none, atLeast, moreThan, upTo, nearly, about, between }

    private static let qualifierPhrases: [(words: [String], qualifier: Qualifier)] = [
        (["at", "least"], .atLeast), (["more", "than"], .moreThan), (["over"], .moreThan), (["in", "excess", "of"], .moreThan),
        (["no", "fewer", "than"], .atLeast), (["no", "less", "than"], .atLeast), (["upwards", "of"], .atLeast),
        (["up", "to"], .upTo), (["as", "many", "as"], .upTo), (["as", "much", "as"], .upTo), (["at", "most"], .upTo),
        (["fewer", "than"], .upTo), (["less", "than"], .upTo), (["no", "more", "than"], .upTo), (["under"], .upTo),
        (["nearly"], .nearly), (["almost"], .nearly), (["close", "to"], .nearly), (["just", "under"], .nearly),
        (["about"], .about), (["around"], .about), (["approximately"], .about), (["roughly"], .about), (["some"], .about),
        (["an", "estimated"], .about), (["estimated"], .about), (["approx"], .about),
        (["between"], .between),
    ]

    static let qualifierStarts = Set(qualifierPhrases.map { $0.words[0] })

    /// A qualifier phrase at `index` followed by a number, and where the number starts.
    static func qualifier(in tokens: [LexToken], at index: Int) -> (Qualifier, Int) {
        guard tokens[index].kind == .word else { return (.none, index) }
        for (words, qualifier) in qualifierPhrases where tokens[index].text == words[0] {
            var matched = true
            for (offset, word) in words.enumerated().dropFirst() {
                let position = index + offset
                if position >= tokens.count || !tokens[position].isWord(word) {
                    matched = false
                    break
                }
            }
            let after = index + words.count
            if matched, after < tokens.count, NumberParser.parse(tokens, at: after) != nil {
                return (qualifier, after)
            }
        }
        return (.none, index)
    }

    /// "10 to 15", "10-15", "two or three": the upper end, unless the phrase is a
    /// change ("from 13,000 to 8,600") or a date or score.
    private static func rangeTail(_ tokens: [LexToken], after end: Int, from start: Int) -> (ParsedNumber, Int)? {
        guard end < tokens.count else { return nil }
        let joiner = tokens[end]
        if start > 0, tokens[start - 1].isWord("from") { return nil }
        if joiner.isWord("to") || joiner.isWord("or") {
            return secondOfRange(tokens, after: end, joiner: joiner.text)
        }
        if joiner.isPunct("-"), tokens[start].kind == .digits, end + 1 < tokens.count, tokens[end + 1].kind == .digits,
            !tokens[end + 1].hadSeparator || tokens[start].hadSeparator
        {
            return secondOfRange(tokens, after: end, joiner: "-")
        }
        return nil
    }

    private static func secondOfRange(_ tokens: [LexToken], after end: Int, joiner: String) -> (ParsedNumber, Int)? {
        guard end < tokens.count, joiner == "-" || tokens[end].isWord(joiner) else { return nil }
        guard let upper = NumberParser.parse(tokens, at: end + 1) else { return nil }
        if notACount(tokens, start: end + 1, number: upper) != nil { return nil }
        return (upper, upper.end)
    }

    private static func clampedInt(_ value: Double) -> Int {
        guard value.isFinite else { return 0 }
        return Int(min(max(value, -1e15), 1e15).rounded(.down))
    }

    // MARK: - Numbers that are not counts

    /// Words after a number that make it a duration, measure, age or share, not a count.
    static let measureWords: Set<String> = [
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
        "year", "years", "decade", "decades", "century", "centuries", "night", "nights",
        "km", "kilometres", "kilometers", "kilometre", "kilometer", "mile", "miles", "metres", "meters", "metre", "meter",
        "feet", "foot", "yards", "inch", "inches", "kg", "kilograms", "kilos", "pounds", "tonnes", "tons", "litres", "liters",
        "percent", "per", "pct", "dollars", "dollar", "euros", "euro", "afghanis", "rupees", "pounds", "cents", "degrees",
        "am", "pm", "a.m.", "p.m.", "gmt", "utc", "thirds", "halves", "quarters", "fifths", "tenths", "times", "fold",
        "o'clock", "mm", "caliber", "calibre",
    ]

    /// Capitalised words before a number that make it a label ("Route 1", "Resolution 2254").
    static let labelWords: Set<String> = [
        "route", "highway", "road", "no", "no.", "number", "resolution", "article", "section", "chapter", "phase", "flight",
        "block", "district", "zone", "sector", "brigade", "battalion", "unit", "platoon", "division", "regiment",
        "company", "squadron", "camp", "base", "gate", "checkpoint", "bridge", "force", "group", "team", "room", "page",
        "paragraph", "annex", "clause", "level", "stage", "grade", "class", "model", "type", "mark", "channel", "station",
        "post", "outpost", "hill", "point", "kilometre", "km", "mile", "covid", "g", "p", "f", "c", "a", "b",
    ]

    static let monthWords = Set(MonthNames.numbers.keys)

    /// Nil when the number is a count; else the token index to resume scanning from.
    static func notACount(_ tokens: [LexToken], start: Int, number: ParsedNumber) -> Int? {
        let first = tokens[start]
        let next = number.end < tokens.count ? tokens[number.end] : nil
        if first.kind == .digits {
            // Money: "$5 million", "€200".
            if start > 0, tokens[start - 1].kind == .punct, ["$", "€", "£"].contains(tokens[start - 1].text),
                !first.spaceBefore
            {
                return number.end
            }
            // Times and numeric dates: "10:30", "4/3", "2020-03-04", "4.3.2020".
            if let next, !next.spaceBefore, next.kind == .punct, next.text == ":" || next.text == "/",
                number.end + 1 < tokens.count, tokens[number.end + 1].kind == .digits, !tokens[number.end + 1].spaceBefore
            {
                return skipNumericRun(tokens, from: number.end)
            }
            if start > 0, !first.spaceBefore, tokens[start - 1].kind == .punct, [":", "/", "."].contains(tokens[start - 1].text) {
                return number.end
            }
            if first.text.count == 4, !first.hadSeparator, let next, next.isPunct("-"), !next.spaceBefore,
                number.end + 1 < tokens.count, tokens[number.end + 1].kind == .digits, tokens[number.end + 1].text.count == 2
            {
                return skipNumericRun(tokens, from: number.end)
            }
            // Identifiers: "2011-09-S-067", "026", "CA-125".
            if first.text.count > 1, first.text.hasPrefix("0"), !first.text.hasPrefix("0.") { return number.end }
            if start > 1, !first.spaceBefore, tokens[start - 1].isPunct("-"), !tokens[start - 1].spaceBefore,
                tokens[start - 2].kind == .word
            {
                return number.end
            }
            // Labels: "Route 1", "Resolution 2254", "No. 5".
            if start > 0, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized, labelWords.contains(tokens[start - 1].text) {
                return number.end
            }
            if start > 1, tokens[start - 1].isPunct("."), labelWords.contains(tokens[start - 2].text), tokens[start - 2].isCapitalized {
                return number.end
            }
            if isYear(tokens, start: start, number: number) { return number.end }
            if isDayOfMonth(tokens, start: start, number: number) {
                // "March 2-5": the second day goes too.
                var end = number.end
                if end + 1 < tokens.count, tokens[end].isPunct("-"), tokens[end + 1].kind == .digits { end += 2 }
                return end
            }
        }
        // Durations, measures, ages, shares: "three days", "a 12-year-old", "40 percent", "two-thirds".
        var after = number.end
        while after < tokens.count, tokens[after].isPunct("-") { after += 1 }
        if after < tokens.count {
            let word = tokens[after]
            if word.kind == .word, measureWords.contains(word.text) { return after + 1 }
            if word.kind == .punct, word.text == "%" { return after + 1 }
        }
        // Ages: "aged 12".
        if start > 0, tokens[start - 1].isWord("aged") || tokens[start - 1].isWord("age") { return number.end }
        // A bare "one" used as a pronoun: "one of", "no one", "one another".
        if first.kind == .word, first.text == "one", number.end == start + 1 {
            if let next, next.isWord("another") || next.isWord("side") { return number.end }
            if start > 0, ["no", "the", "this", "that", "every", "each", "any", "which"].contains(tokens[start - 1].text) {
                return number.end
            }
        }
        return nil
    }

    private static func isMonth(_ tokens: [LexToken], _ index: Int) -> Bool {
        index < tokens.count && tokens[index].kind == .word && tokens[index].isCapitalized && monthWords.contains(tokens[index].text)
    }

    private static func skipNumericRun(_ tokens: [LexToken], from index: Int) -> Int {
        var end = index
        while end < tokens.count, !tokens[end].spaceBefore, tokens[end].kind == .digits || tokens[end].kind == .punct {
            end += 1
        }
        return end
    }

    /// A four-digit number from 1800 to 2100 read as a year, unless a counted noun follows it.
    static func isYear(_ tokens: [LexToken], start: Int, number: ParsedNumber) -> Bool {
        let token = tokens[start]
        guard number.end == start + 1, token.text.count == 4, !token.hadSeparator, (1800...2100).contains(token.value) else { return false }
        if start > 0, tokens[start - 1].kind == .word, monthWords.contains(tokens[start - 1].text) { return true }
        return !looksLikeCountedNoun(tokens, from: number.end)
    }

    /// Whether a plural noun follows, perhaps after capitalised words ("2000 troops", "2000 U.S. soldiers").
    private static func looksLikeCountedNoun(_ tokens: [LexToken], from index: Int) -> Bool {
        for offset in 0..<3 {
            let position = index + offset
            guard position < tokens.count, tokens[position].kind == .word else { return false }
            let word = tokens[position].text
            if ["people", "men", "women", "children", "police", "personnel", "civilians", "troops"].contains(word) { return true }
            if word.hasSuffix("s"), word.count > 3, !["was", "is", "has", "this", "its", "his", "does", "as", "us"].contains(word) {
                return true
            }
            guard tokens[position].isCapitalized else { return false }
        }
        return false
    }

    /// A day number next to a month name: "4 March", "March 4", "the 4th of March".
    static func isDayOfMonth(_ tokens: [LexToken], start: Int, number: ParsedNumber) -> Bool {
        let token = tokens[start]
        guard number.end == start + 1, !token.hadSeparator, (1...31).contains(token.value) else { return false }
        if isMonth(tokens, number.end) { return true }
        // "2 to 5 March", "2-5 March": a day that opens a range of days.
        if number.end + 2 < tokens.count,
            tokens[number.end].isWord("to") || tokens[number.end].isPunct("-")
                || tokens[number.end].isWord("and"), tokens[number.end + 1].kind == .digits, isMonth(tokens, number.end + 2)
        {
            return true
        }
        var before = start - 1
        if before >= 0, tokens[before].isPunct(".") { before -= 1 }
        if before >= 0, tokens[before].kind == .word, tokens[before].isCapitalized, monthWords.contains(tokens[before].text) {
            return true
        }
        return false
    }
}
