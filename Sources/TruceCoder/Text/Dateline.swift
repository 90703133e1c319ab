public import TruceModel

/// The dateline that opens a news report: "KABUL, Afghanistan (Jan. 25, 2013) —",
/// "WASHINGTON (Reuters) -", "Doha, 29 February 2020 –".
public struct Dateline: Hashable, Sendable {
    /// UTF-8 byte offsets of the dateline in the text, up to and including its dash.
    public var range: Range<Int>
    /// The place as written ("KABUL, Afghanistan").
    public var place: String
    /// The month, day and (when written) year of the date in the dateline.
    public var month: Int?
    public var day: Int?
    public var year: Int?

    /// The dateline's day, with a missing year taken from `yearHint` (the year
    /// that puts the day nearest `near`, when given).
    public func date(near: Day?) -> Day? {
        guard let month, let day else { return nil }
        if let year { return Day(year: year, month: month, day: day) }
        guard let near else { return nil }
        let candidates = [near.year - 1, near.year, near.year + 1].compactMap { Day(year: $0, month: month, day: day) }
        return candidates.min { abs($0.days(to: near)) < abs($1.days(to: near)) }
    }

    /// Finds a dateline in the first paragraphs of `text` (at most `window` bytes are looked at).
    public static func find(in text: String, window: Int = 1200) -> Dateline? {
        let bytes = Array(text.utf8.prefix(window))
        var index = 0
        while index < bytes.count {
            // A dateline starts at a word in capitals followed by "," or " (": KABUL, / WASHINGTON (
            // or at a paragraph start with a title-case place followed by ", <date> –".
            let atWordStart = index == 0 || !Bytes.isAlphanumeric(bytes[index - 1]) && bytes[index - 1] != 0x2E
            if atWordStart, Bytes.isUpper(bytes[index]), let found = dateline(bytes, from: index) {
                return found
            }
            index += 1
        }
        return nil
    }

    private static func dateline(_ bytes: [UInt8], from start: Int) -> Dateline? {
        // The place: capitalised words (one run), then "," or " (".
        var cursor = start
        var allCaps = true
        var letters = 0
        while cursor < bytes.count, Bytes.isLetter(bytes[cursor]) || bytes[cursor] == 0x20 || bytes[cursor] == 0x2D || bytes[cursor] == 0x27 {
            if Bytes.isLower(bytes[cursor]) { allCaps = false }
            if Bytes.isLetter(bytes[cursor]) { letters += 1 }
            if bytes[cursor] == 0x20, cursor + 1 < bytes.count, bytes[cursor + 1] == 0x28 { break }
            if bytes[cursor] == 0x20, cursor + 1 < bytes.count, !Bytes.isUpper(bytes[cursor + 1]) { return nil }
            cursor += 1
            if cursor - start > 40 { return nil }
        }
        guard letters >= 3, cursor < bytes.count else { return nil }
        let placeEnd = cursor
        let paragraphStart = start == 0 || bytes[start - 1] == 0x0A
        guard allCaps || paragraphStart else { return nil }
        // "KYIV — Pro-Russian separatists …": a place in capitals and a dash, nothing between.
        if allCaps, paragraphStart || start == 0, bytes[cursor] == 0x20 || Bytes.dashLength(bytes, at: cursor) > 0 {
            var dash = cursor
            while dash < bytes.count, bytes[dash] == 0x20 { dash += 1 }
            let length = Bytes.dashLength(bytes, at: dash)
            if length > 0, dash + length < bytes.count, bytes[dash + length] == 0x20 {
                var after = dash + length
                while after < bytes.count, bytes[after] == 0x20 { after += 1 }
                let place = String(decoding: bytes[start..<cursor], as: UTF8.self).trimmingSpaces()
                return Dateline(range: start..<after, place: place, month: nil, day: nil, year: nil)
            }
        }
        guard bytes[cursor] == 0x2C || (cursor + 1 < bytes.count && bytes[cursor] == 0x20 && bytes[cursor + 1] == 0x28) else { return nil }
        // The end: a dash, or a closing parenthesis followed by a space or line end, within 90 bytes.
        let limit = min(bytes.count, placeEnd + 90)
        var end: Int?
        var afterEnd = 0
        var probe = placeEnd
        var sawParenthesis = false
        var endedWithDash = false
        while probe < limit {
            let byte = bytes[probe]
            if byte == 0x0A { break }
            if byte == 0x28 { sawParenthesis = true }
            let dash = Bytes.dashLength(bytes, at: probe)
            if dash > 0, probe > 0, bytes[probe - 1] == 0x20 || bytes[probe - 1] == 0x29 || dash == 3 {
                let next = probe + dash
                if next >= bytes.count || bytes[next] == 0x20 || bytes[next] == 0x2D || Bytes.isUpper(bytes[next]) {
                    end = probe
                    endedWithDash = true
                    afterEnd = next
                    if next < bytes.count, bytes[next] == 0x2D { afterEnd += 1 }
                    break
                }
            }
            if byte == 0x29, sawParenthesis {
                end = probe + 1
                afterEnd = probe + 1
                // "(Sept. 8) - Afghan forces": the dash after the parenthesis belongs to the dateline.
                var next = afterEnd
                while next < bytes.count, Bytes.isHorizontalSpace(bytes[next]) { next += 1 }
                let dash = Bytes.dashLength(bytes, at: next)
                if dash > 0 {
                    afterEnd = next + dash
                    endedWithDash = true
                }
                break
            }
            probe += 1
        }
        guard let end else { return nil }
        while afterEnd < bytes.count, Bytes.isHorizontalSpace(bytes[afterEnd]) { afterEnd += 1 }
        // A title-case place needs a date to be taken for a dateline; a capitals one needs a comma or a parenthesis.
        let inner = Array(bytes[placeEnd..<end])
        // A dateline's comma or parenthesis holds a place, a date or an agency ("(Reuters)", "(Jan. 25, 2013)"), not a
        // clause: "Rebels (who signed a truce on March 10) attacked" opens a sentence, and its date is no report's.
        if lowerCaseWords(in: inner) >= 2 { return nil }
        let date = WrittenDates.firstDate(in: inner)
        if date == nil, !allCaps || !endedWithDash { return nil }
        var placeBytes = Array(bytes[start..<placeEnd])
        // "KABUL, Afghanistan": take the words after the comma up to the date or parenthesis as part of the place.
        if bytes[placeEnd] == 0x2C {
            var extra = placeEnd + 1
            while extra < end, bytes[extra] == 0x20 { extra += 1 }
            var wordEnd = extra
            while wordEnd < end, Bytes.isLetter(bytes[wordEnd]) || bytes[wordEnd] == 0x20 { wordEnd += 1 }
            let word = Array(bytes[extra..<wordEnd])
            if let first = word.first, Bytes.isUpper(first), WrittenDates.month(Array(word.prefix { Bytes.isLetter($0) })) == nil {
                placeBytes += [0x2C, 0x20] + word
            }
        }
        let place = String(decoding: placeBytes, as: UTF8.self).trimmingSpaces()
        return Dateline(range: start..<afterEnd, place: place, month: date?.month, day: date?.day, year: date?.year)
    }
}

/// The words in `bytes` that start with a lower-case letter.
private func lowerCaseWords(in bytes: [UInt8]) -> Int {
    var count = 0
    for (index, byte) in bytes.enumerated() where Bytes.isLower(byte) && (index == 0 || !Bytes.isLetter(bytes[index - 1])) {
        count += 1
    }
    return count
}

/// Month names and written dates ("Jan. 25, 2013", "29 February 2020", "Sept. 8").
enum WrittenDates {
    static func month(_ word: [UInt8]) -> Int? {
        guard word.count >= 3 else { return nil }
        return MonthNames.number(String(decoding: word.map(Bytes.lower), as: UTF8.self))
    }

    /// The first "Month day[, year]" or "day Month year" in the bytes, or an ISO date.
    static func firstDate(in bytes: [UInt8]) -> (month: Int, day: Int?, year: Int?)? {
        var index = 0
        while index < bytes.count {
            if Bytes.isLetter(bytes[index]), index == 0 || !Bytes.isLetter(bytes[index - 1]) {
                var end = index
                while end < bytes.count, Bytes.isLetter(bytes[end]) { end += 1 }
                if let month = month(Array(bytes[index..<end])) {
                    var cursor = end
                    if cursor < bytes.count, bytes[cursor] == 0x2E { cursor += 1 }
                    while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
                    if let (day, afterDay) = number(bytes, at: cursor, maxDigits: 2), (1...31).contains(day) {
                        var yearCursor = afterOrdinal(bytes, at: afterDay)
                        if yearCursor < bytes.count, bytes[yearCursor] == 0x2C { yearCursor += 1 }
                        while yearCursor < bytes.count, bytes[yearCursor] == 0x20 { yearCursor += 1 }
                        let year = number(bytes, at: yearCursor, maxDigits: 4).flatMap { (1900...2100).contains($0.0) ? $0.0 : nil }
                        return (month, day, year)
                    }
                    // "day Month year" was handled when the day was seen; a bare month is no date.
                }
                index = end
                continue
            }
            if Bytes.isDigit(bytes[index]), index == 0 || !Bytes.isDigit(bytes[index - 1]) {
                if let iso = isoDate(bytes, at: index) { return iso }
                if let (day, afterDigits) = number(bytes, at: index, maxDigits: 2), (1...31).contains(day),
                    case let after = afterOrdinal(bytes, at: afterDigits), after < bytes.count, bytes[after] == 0x20
                {
                    var end = after + 1
                    while end < bytes.count, Bytes.isLetter(bytes[end]) { end += 1 }
                    if let month = month(Array(bytes[(after + 1)..<end])) {
                        var cursor = end
                        if cursor < bytes.count, bytes[cursor] == 0x2E { cursor += 1 }
                        if cursor < bytes.count, bytes[cursor] == 0x2C { cursor += 1 }
                        while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
                        let year = number(bytes, at: cursor, maxDigits: 4).flatMap { (1900...2100).contains($0.0) ? $0.0 : nil }
                        return (month, day, year)
                    }
                }
                while index < bytes.count, Bytes.isDigit(bytes[index]) { index += 1 }
                continue
            }
            index += 1
        }
        return nil
    }

    /// Past an ordinal's letters ("2nd", "23rd", "4th") at `index`, when they end the word.
    static func afterOrdinal(_ bytes: [UInt8], at index: Int) -> Int {
        guard index + 2 <= bytes.count, index + 2 == bytes.count || !Bytes.isLetter(bytes[index + 2]) else { return index }
        let suffix = String(decoding: bytes[index..<(index + 2)].map(Bytes.lower), as: UTF8.self)
        return ["st", "nd", "rd", "th"].contains(suffix) ? index + 2 : index
    }

    /// "2020-02-29" at `index`.
    static func isoDate(_ bytes: [UInt8], at index: Int) -> (month: Int, day: Int?, year: Int?)? {
        guard let (year, afterYear) = number(bytes, at: index, maxDigits: 4), afterYear - index == 4, (1900...2100).contains(year),
            afterYear < bytes.count, bytes[afterYear] == 0x2D,
            let (month, afterMonth) = number(bytes, at: afterYear + 1, maxDigits: 2), afterMonth - afterYear == 3, (1...12).contains(month),
            afterMonth < bytes.count, bytes[afterMonth] == 0x2D,
            let (day, afterDay) = number(bytes, at: afterMonth + 1, maxDigits: 2), afterDay - afterMonth == 3, (1...31).contains(day)
        else { return nil }
        return (month, day, year)
    }

    /// A run of at most `maxDigits` digits at `index` that is not followed by another digit.
    static func number<Bytes8: RandomAccessCollection<UInt8>>(_ bytes: Bytes8, at index: Int, maxDigits: Int) -> (Int, Int)?
    where Bytes8.Index == Int {
        var value = 0
        var cursor = index
        while cursor < bytes.endIndex, Bytes.isDigit(bytes[cursor]) {
            value = value * 10 + Int(bytes[cursor] - 0x30)
            cursor += 1
            if cursor - index > maxDigits { return nil }
        }
        guard cursor > index else { return nil }
        return (value, cursor)
    }

    /// A publication date in a metadata value: "2020-03-05T10:00:00Z", "2020-03-05", "March 5, 2020", "5 March 2020".
    static func day(fromMetadata value: String) -> Day? {
        let bytes = Array(value.utf8.prefix(200))
        guard let date = firstDate(in: bytes), let day = date.day, let year = date.year else { return nil }
        return Day(year: year, month: date.month, day: day)
    }

    /// The day to take a dateline's missing year from. A year written in the header above the dateline
    /// ("2010-09-CA-125", "Feb. 27, 2011", "© 2019") is the release's own. Without one, a month and year the
    /// report names after the dateline ("an attack in June 2011") is in its past, so the dateline's day is the
    /// first such day after it: the day returned is half a year past that mention, and the nearest candidate
    /// to it is the first one after the mention. Otherwise the first year anywhere in `bytes`.
    static func yearHint(in bytes: [UInt8]) -> Day? {
        guard let dateline = yearlessDateline(in: bytes) else { return firstYear(in: bytes[...]) }
        if let header = headerYear(in: bytes, above: dateline) { return header }
        if let mention = latestPastMonth(in: bytes[min(dateline.range.upperBound, bytes.count)...]) { return mention.adding(months: 6) }
        return firstYear(in: bytes[...])
    }

    /// The year written in the header above a dateline that has none ("2010-09-CA-125 … KABUL, Afghanistan (Sept. 3)"):
    /// the release's own, surer than any publication date a caller guesses. Nil when the dateline has a year or there
    /// is none.
    static func headerYear(in bytes: [UInt8]) -> Day? {
        yearlessDateline(in: bytes).flatMap { headerYear(in: bytes, above: $0) }
    }

    private static func yearlessDateline(in bytes: [UInt8]) -> Dateline? {
        guard let dateline = Dateline.find(in: String(decoding: bytes, as: UTF8.self)), dateline.year == nil else { return nil }
        return dateline
    }

    private static func headerYear(in bytes: [UInt8], above dateline: Dateline) -> Day? {
        firstYear(in: bytes[..<min(dateline.range.lowerBound, bytes.count)])
    }

    /// The first year in the bytes, on the 15th of the month written after it ("2010-09") or of July.
    static func firstYear(in bytes: ArraySlice<UInt8>) -> Day? {
        var index = bytes.startIndex
        while index + 4 <= bytes.endIndex {
            if let year = year(bytes, at: index) {
                let after = index + 4
                var month = 7
                if after + 2 < bytes.endIndex, bytes[after] == 0x2D, let (m, end) = number(bytes, at: after + 1, maxDigits: 2),
                    end - after == 3, (1...12).contains(m)
                {
                    month = m
                }
                return Day(year: year, month: month, day: 15)
            }
            index += 1
        }
        return nil
    }

    /// The latest "Month [day,] year" or "day Month year" in the bytes that no deadline word ("by", "until",
    /// "before", "for") leads into: its day, or the first of its month.
    static func latestPastMonth(in bytes: ArraySlice<UInt8>) -> Day? {
        var latest: Day?
        var index = bytes.startIndex
        while index + 4 <= bytes.endIndex {
            guard let year = year(bytes, at: index) else {
                index += 1
                continue
            }
            index += 4
            // Walk back from the year over "June 5, ", "Jan. 5, ", "June ", "5 June ".
            var cursor = skipBack(bytes, from: skipBack(bytes, from: skipBack(bytes, from: index - 4, over: 0x20), over: 0x2C), over: 0x20)
            var day = dayNumber(endingAt: cursor, in: bytes)
            if let found = day { cursor = skipBack(bytes, from: found.start, over: 0x20) }
            cursor = skipBack(bytes, from: cursor, over: 0x2E)
            var wordStart = cursor
            while wordStart > bytes.startIndex, Bytes.isLetter(bytes[wordStart - 1]), cursor - wordStart < 10 { wordStart -= 1 }
            guard let month = month(Array(bytes[wordStart..<cursor])) else { continue }
            var phraseStart = wordStart
            if day == nil, let found = dayNumber(endingAt: skipBack(bytes, from: wordStart, over: 0x20), in: bytes) {
                day = found
                phraseStart = found.start
            }
            if !followsDeadlineWord(bytes, at: phraseStart), let found = Day(year: year, month: month, day: day?.value ?? 1) {
                latest = max(latest ?? found, found)
            }
        }
        return latest
    }

    /// The position before the run of `byte` that ends at `index`.
    static func skipBack(_ bytes: ArraySlice<UInt8>, from index: Int, over byte: UInt8) -> Int {
        var cursor = index
        while cursor > bytes.startIndex, bytes[cursor - 1] == byte { cursor -= 1 }
        return cursor
    }

    /// A day of the month (one or two digits standing alone) that ends at `end`.
    static func dayNumber(endingAt end: Int, in bytes: ArraySlice<UInt8>) -> (value: Int, start: Int)? {
        var start = end
        while start > bytes.startIndex, Bytes.isDigit(bytes[start - 1]), end - start < 3 { start -= 1 }
        guard start < end, end - start <= 2, start == bytes.startIndex || !Bytes.isAlphanumeric(bytes[start - 1]),
            let (value, _) = number(bytes, at: start, maxDigits: 2), (1...31).contains(value)
        else { return nil }
        return (value, start)
    }

    /// Whether the word before `index` is "by", "until", "till", "before" or "for": a date that is due, not past.
    static func followsDeadlineWord(_ bytes: ArraySlice<UInt8>, at index: Int) -> Bool {
        var end = index
        while end > bytes.startIndex, bytes[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > bytes.startIndex, Bytes.isLetter(bytes[start - 1]), end - start < 6 { start -= 1 }
        let word = String(decoding: bytes[start..<end].map(Bytes.lower), as: UTF8.self)
        return ["by", "until", "till", "before", "for"].contains(word)
    }

    /// A four-digit year between 1990 and 2100 standing alone at `index`.
    static func year(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int? {
        guard Bytes.isDigit(bytes[index]), index == bytes.startIndex || !Bytes.isAlphanumeric(bytes[index - 1]),
            let (year, after) = number(bytes, at: index, maxDigits: 4), after - index == 4, (1990...2100).contains(year),
            after == bytes.endIndex || !Bytes.isDigit(bytes[after])
        else { return nil }
        return year
    }
}
