import TruceModel

/// The date finder's pass over one sentence's tokens: at each token it tries the
/// phrase shapes from the most specific to the least, keeps the first that fits
/// and moves past it.
struct DateScanner {
    let tokens: [LexToken]
    let published: Day
    /// What "later", "earlier" and "within" count from: the anchor, else publication.
    let base: Day
    /// The year the text gave each day it has named with one, by `key(month:day:)` (see `withImpliedYear`).
    var knownYears: [Int: Int] = [:]

    /// A date as written, before it is placed in a year.
    struct Piece {
        var day: Int?
        var month: Int
        var year: Int?
        /// The second day of "March 2-5".
        var lastDay: Int?
        var end: Int
    }

    typealias Match = (mention: DateMention, next: Int)

    mutating func scan() -> [DateMention] {
        var result: [DateMention] = []
        var index = 0
        while index < tokens.count {
            if let found = match(at: index) {
                if !namesAKind(at: found.next) { result.append(found.mention) }
                index = max(found.next, index + 1)
            } else {
                index += 1
            }
        }
        return result
    }

    /// Whether the date that ends before `next` is joined to "-style" or "-like": "an October 7th-style attack", "a
    /// Srebrenica-like massacre" describe a kind of act, not a day.
    func namesAKind(at next: Int) -> Bool {
        guard next + 1 < tokens.count, tokens[next].isPunct("-"), !tokens[next].spaceBefore, !tokens[next + 1].spaceBefore else {
            return false
        }
        return ["style", "like", "type"].contains(tokens[next + 1].text)
    }

    func match(at index: Int) -> Match? {
        let token = tokens[index]
        switch token.kind {
        case .punct: return nil
        case .digits:
            return range(at: index) ?? explicit(at: index, role: .point) ?? counted(at: index) ?? dayOfMonth(at: index)
        case .word:
            guard token.has([.dateStart, .month, .weekday, .number]) else { return nil }
            return deadline(at: index) ?? range(at: index) ?? partOfMonth(at: index, role: .point)
                ?? explicit(at: index, role: .point) ?? weekday(at: index) ?? relative(at: index) ?? counted(at: index)
                ?? year(at: index)
        }
    }

    // MARK: - Token helpers

    func word(_ index: Int) -> String? {
        index < tokens.count && tokens[index].kind == .word ? tokens[index].text : nil
    }

    func isWord(_ index: Int, _ words: String...) -> Bool {
        guard let word = word(index) else { return false }
        return words.contains(word)
    }

    /// A word without a possessive "'s" ("Wednesday's").
    func bare(_ index: Int) -> String? {
        guard let word = word(index) else { return nil }
        return word.hasSuffix("'s") ? String(word.dropLast(2)) : word
    }

    func month(_ index: Int) -> Int? {
        guard index < tokens.count, tokens[index].isCapitalized, let name = bare(index), let month = DateWords.months[name] else {
            return nil
        }
        // "May" and "March" are also words; take them only beside a number or a date word.
        if name == "may" || name == "march" {
            let nextIsNumber = index + 1 < tokens.count && tokens[index + 1].kind == .digits
            let previous = index > 0 ? tokens[index - 1] : nil
            let previousIsNumber = previous?.kind == .digits
            let leaders: Set<String> = ["in", "of", "since", "until", "by", "early", "mid", "late", "from", "to", "and", "through", "during", "-"]
            guard nextIsNumber || previousIsNumber || (previous.map { leaders.contains($0.text) } ?? false) else { return nil }
        }
        return month
    }

    /// End of a month name, past an abbreviation's dot ("Jan.").
    func afterMonth(_ index: Int) -> Int {
        index + 1 < tokens.count && tokens[index + 1].isPunct(".") && tokens[index].text.count <= 4 ? index + 2 : index + 1
    }

    func dayNumber(_ index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .digits, !tokens[index].hadSeparator else { return nil }
        let token = tokens[index]
        guard token.suffix.isEmpty || token.isOrdinalDigits, (1...31).contains(token.value), token.text.count <= 2 else { return nil }
        return Int(token.value)
    }

    func yearNumber(_ index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .digits, !tokens[index].hadSeparator, tokens[index].suffix.isEmpty,
            tokens[index].text.count == 4, (1800...2100).contains(tokens[index].value)
        else { return nil }
        return Int(tokens[index].value)
    }

    func isJoiner(_ index: Int) -> Bool {
        guard index < tokens.count else { return false }
        return tokens[index].isPunct("-") || isWord(index, "to", "and", "until", "through", "till", "thru")
    }

    func mention(_ start: Int, _ end: Int, _ date: ResolvedDate, _ role: DateMention.Role) -> Match {
        (DateMention(range: tokens[start].start..<tokens[end - 1].end, date: date, role: role), end)
    }

    /// The tense around a phrase: true future, false past, nil when nothing says.
    func reading(_ start: Int, _ end: Int, participles: Bool = true) -> Bool? {
        var index = start - 1
        var steps = 0
        while index >= 0, steps < 10 {
            if let future = Tense.marker(tokens[index], participles: participles) { return future }
            if tokens[index].isPunct(";") { break }
            index -= 1
            steps += 1
        }
        index = end
        steps = 0
        while index < tokens.count, steps < 10 {
            if let future = Tense.marker(tokens[index], participles: participles) { return future }
            if tokens[index].isPunct(";") || tokens[index].isPunct(".") { break }
            index += 1
            steps += 1
        }
        return nil
    }

    /// The tense around a deadline: future after "will", "shall", "due" …; past after "had", "was",
    /// "were", "did"; nil otherwise, which picks the nearer year ("by March 10" in a report of May is
    /// the March just gone; in a report of February, the March to come).
    func deadlineReading(_ start: Int, _ end: Int) -> Bool? {
        let strongPast: Set<String> = ["had", "was", "were", "did"]
        for index in stride(from: start - 1, through: max(0, start - 10), by: -1) {
            let token = tokens[index]
            if token.isPunct(";") { break }
            if token.kind == .word, Tense.futureMarkers.contains(token.text) || token.text.hasSuffix("'ll") { return true }
            if token.kind == .word, strongPast.contains(token.text) { return false }
        }
        return nil
    }

    // MARK: - Explicit dates

    /// "2020-03-04", "4 March 2020", "the 4th of March", "March 4, 2020", "Jan. 25, 2013", "March 2020", "March".
    func piece(at start: Int) -> Piece? {
        var index = start
        if isWord(index, "the"), dayNumber(index + 1) != nil { index += 1 }
        // ISO: 2020-03-04.
        if let year = yearNumber(index), index + 4 < tokens.count, tokens[index + 1].isPunct("-"), !tokens[index + 1].spaceBefore,
            tokens[index + 2].kind == .digits, tokens[index + 2].text.count == 2, tokens[index + 3].isPunct("-"),
            tokens[index + 4].kind == .digits, tokens[index + 4].text.count == 2
        {
            let month = Int(tokens[index + 2].value)
            let day = Int(tokens[index + 4].value)
            guard (1...12).contains(month), (1...31).contains(day) else { return nil }
            return Piece(day: day, month: month, year: year, end: index + 5)
        }
        // Day first: 4 March [2020].
        if let day = dayNumber(index) {
            var monthIndex = index + 1
            if isWord(monthIndex, "of") { monthIndex += 1 }
            guard let month = month(monthIndex) else { return nil }
            var end = afterMonth(monthIndex)
            var year: Int?
            if end < tokens.count, tokens[end].isPunct(","), let found = yearNumber(end + 1) {
                year = found
                end += 2
            } else if let found = yearNumber(end) {
                year = found
                end += 1
            }
            return Piece(day: day, month: month, year: year, end: end)
        }
        // Month first: March 4[, 2020], March 2020, March.
        guard let month = month(index) else { return nil }
        var end = afterMonth(index)
        if let day = dayNumber(end), !(yearNumber(end) != nil) {
            end += 1
            var lastDay: Int?
            if end + 1 < tokens.count, tokens[end].isPunct("-") || isWord(end, "to"), let second = dayNumber(end + 1), second > day {
                lastDay = second
                end += 2
            }
            var year: Int?
            if end + 1 < tokens.count, tokens[end].isPunct(","), let found = yearNumber(end + 1) {
                year = found
                end += 2
            } else if let found = yearNumber(end) {
                year = found
                end += 1
            }
            return Piece(day: day, month: month, year: year, lastDay: lastDay, end: end)
        }
        if end < tokens.count, tokens[end].isPunct(","), let year = yearNumber(end + 1) {
            return Piece(day: nil, month: month, year: year, end: end + 2)
        }
        if let year = yearNumber(end) {
            return Piece(day: nil, month: month, year: year, end: end + 1)
        }
        // A whole month is written out in full ("in January"); a short name alone is another word ("Fayez Jan").
        if let name = bare(index), DateWords.abbreviations.contains(name) { return nil }
        return Piece(day: nil, month: month, year: nil, end: end)
    }

    func resolve(_ piece: Piece, future: Bool?) -> ResolvedDate? {
        if let day = piece.day {
            let first: Day?
            if let year = piece.year {
                first = Day(year: year, month: piece.month, day: day)
            } else {
                first = DateWords.day(month: piece.month, day: day, from: published, future: future)
            }
            guard let first else { return nil }
            if let lastDay = piece.lastDay, let last = Day(year: first.year, month: first.month, day: lastDay) {
                return ResolvedDate(earliest: first, latest: last, precision: .day)
            }
            return ResolvedDate(day: first)
        }
        let first =
            piece.year.flatMap { Day(year: $0, month: piece.month, day: 1) }
            ?? DateWords.firstOfMonth(piece.month, from: published, future: future)
        return first.map(DateWords.wholeMonth)
    }

    func explicit(at index: Int, role: DateMention.Role) -> Match? {
        guard let written = piece(at: index) else { return nil }
        let future = role == .deadline ? deadlineReading(index, written.end) : (reading(index, written.end) ?? false)
        let piece = role == .deadline ? written : withImpliedYear(written, at: index, future: future)
        guard let date = resolve(piece, future: future) else { return nil }
        var found = mention(index, piece.end, date, piece.lastDay != nil ? .span : role)
        found.mention.yearGiven = piece.year != nil
        return found
    }

    // MARK: - Ranges

    /// "from 2 to 5 March", "2-5 March", "between March 2 and March 5", "from March to May".
    func range(at start: Int) -> Match? {
        var index = start
        let opened = isWord(index, "from", "between")
        if opened { index += 1 }
        // 2-5 March [2020]: two days before one month.
        if let firstDay = dayNumber(index), isJoiner(index + 1), dayNumber(index + 2) != nil, let second = piece(at: index + 2),
            second.day != nil, second.day! > firstDay
        {
            let future = reading(start, second.end) ?? false
            guard let last = resolve(second, future: future),
                let first = Day(year: last.earliest.year, month: last.earliest.month, day: firstDay)
            else { return nil }
            return mention(start, second.end, ResolvedDate(earliest: first, latest: last.latest, precision: .day), .span)
        }
        guard opened, let first = piece(at: index), first.lastDay == nil, isJoiner(first.end) else { return nil }
        let secondStart = first.end + 1
        var second: Piece
        if let found = piece(at: secondStart) {
            second = found
        } else if first.day != nil, let day = dayNumber(secondStart) {
            // "from March 2 to 5": the second day keeps the first one's month.
            second = Piece(day: day, month: first.month, year: first.year, end: secondStart + 1)
            if let year = yearNumber(second.end) {
                second.year = year
                second.end += 1
            }
        } else {
            return nil
        }
        guard (first.day == nil) == (second.day == nil) else { return nil }
        let future = reading(start, second.end) ?? false
        var firstPiece = first
        if firstPiece.year == nil, let year = second.year {
            firstPiece.year = firstPiece.month > second.month ? year - 1 : year
        }
        guard let to = resolve(second, future: future) else { return nil }
        if firstPiece.year == nil {
            firstPiece.year = firstPiece.month > second.month ? to.earliest.year - 1 : to.earliest.year
        }
        guard let from = resolve(firstPiece, future: future), from.earliest <= to.latest else { return nil }
        let precision: DatePrecision = first.day == nil ? .month : .day
        return mention(start, second.end, ResolvedDate(earliest: from.earliest, latest: to.latest, precision: precision), .span)
    }

    // MARK: - Deadlines

    /// "by July", "by the end of April 2021", "before March 10", "no later than Friday", "by 2021".
    func deadline(at start: Int) -> Match? {
        var index = start
        if isWord(index, "by", "before", "until", "till") {
            index += 1
        } else if isWord(index, "no", "not"), isWord(index + 1, "later"), isWord(index + 2, "than") {
            index += 3
        } else {
            return nil
        }
        if let found = partOfMonth(at: index, role: .deadline) ?? explicit(at: index, role: .deadline) {
            return mention(start, found.next, found.mention.date, .deadline)
        }
        if let name = bare(index), tokens[index].isCapitalized, let weekday = DateWords.weekdays[name] {
            let day = DateWords.day(weekday: weekday, from: published, future: true, strictly: false)
            return mention(start, index + 1, ResolvedDate(day: day), .deadline)
        }
        if let year = yearNumber(index), let date = DateWords.wholeYear(year) {
            return mention(start, index + 1, date, .deadline)
        }
        return nil
    }

    // MARK: - Parts of months and years

    /// "early June", "mid-March", "in mid-March", "late June 2020", "the end of April 2021", "the middle of May",
    /// "the end of the year", "early 2020".
    func partOfMonth(at start: Int, role: DateMention.Role) -> Match? {
        var index = start
        if isWord(index, "in", "at") { index += 1 }
        if isWord(index, "the") { index += 1 }
        let part: Int
        if isWord(index, "early", "beginning", "start") {
            part = 0
        } else if isWord(index, "mid", "middle") {
            part = 1
        } else if isWord(index, "late", "end") {
            part = 2
        } else {
            return nil
        }
        index += 1
        if isWord(index, "of") { index += 1 }
        if index < tokens.count, tokens[index].isPunct("-") { index += 1 }
        let future = role == .deadline
        // "the end of the year", "the end of this month".
        if isWord(index, "the", "this"), let unit = word(index + 1), unit == "year" || unit == "month" {
            let whole = unit == "year" ? DateWords.wholeYear(published.year) : DateWords.wholeMonth(published.firstOfMonth)
            guard let whole else { return nil }
            return mention(start, index + 2, slice(whole, part: part), role)
        }
        if let year = yearNumber(index), let whole = DateWords.wholeYear(year) {
            return mention(start, index + 1, slice(whole, part: part), role)
        }
        // "late last year", "early next month", "mid-last year": a part of a year or month counted from publication.
        if let modifier = word(index), ["last", "this", "next", "previous"].contains(modifier), let unit = word(index + 1),
            unit == "year" || unit == "month", let whole = unitDate(modifier: modifier, unit: unit)
        {
            return mention(start, index + 2, slice(whole, part: part), role)
        }
        guard let piece = piece(at: index), piece.day == nil else { return nil }
        let tense = future ? deadlineReading(start, piece.end) : (reading(start, piece.end) ?? false)
        guard let whole = resolve(piece, future: tense) else { return nil }
        return mention(start, piece.end, slice(whole, part: part), role)
    }

    /// The first, middle or last third of a month (days 1–10, 11–20, 21–end; about a week's precision),
    /// or of a year (January–April, May–August, September–December).
    func slice(_ whole: ResolvedDate, part: Int) -> ResolvedDate {
        if whole.precision == .year {
            let year = whole.earliest.year
            let firstMonth = [1, 5, 9][part]
            guard let first = Day(year: year, month: firstMonth, day: 1) else { return whole }
            return ResolvedDate(earliest: first, latest: first.adding(months: 3).lastOfMonth, precision: .year)
        }
        let first = whole.earliest
        switch part {
        case 0: return ResolvedDate(earliest: first, latest: first.adding(days: 9), precision: .week)
        case 1: return ResolvedDate(earliest: first.adding(days: 10), latest: first.adding(days: 19), precision: .week)
        default: return ResolvedDate(earliest: first.adding(days: 20), latest: first.lastOfMonth, precision: .week)
        }
    }

    // MARK: - Weekdays

    /// "Wednesday", "on Thursday", "last Tuesday", "next Tuesday", "Wednesday night".
    func weekday(at start: Int) -> Match? {
        var index = start
        var modifier = ""
        if isWord(index, "last", "next", "this", "on", "coming", "past") {
            modifier = tokens[index].text
            index += 1
        }
        guard index < tokens.count, tokens[index].isCapitalized, let name = bare(index), let weekday = DateWords.weekdays[name] else {
            return nil
        }
        var end = index + 1
        if isWord(end, "night", "morning", "afternoon", "evening") { end += 1 }
        let day: Day
        switch modifier {
        case "last", "past": day = DateWords.day(weekday: weekday, from: published, future: false, strictly: true)
        case "next", "coming": day = DateWords.day(weekday: weekday, from: published, future: true, strictly: true)
        default:
            let future = reading(start, end) ?? false
            day = DateWords.day(weekday: weekday, from: published, future: future, strictly: false)
        }
        // "on" is not part of the date.
        return mention(modifier == "on" ? index : start, end, ResolvedDate(day: day), .point)
    }
}
