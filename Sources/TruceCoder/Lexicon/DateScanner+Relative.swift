import TruceModel

/// Dates counted from publication or from the anchor: relative words ("yesterday", "last
/// month"), counted times ("three days later", "within 135 days") and bare years ("in 2020").
extension DateScanner {
    // MARK: - Relative words

    func relative(at start: Int) -> Match? {
        guard let first = word(start) else { return nil }
        switch first {
        case "yesterday":
            return mention(start, start + 1, ResolvedDate(day: published.adding(days: -1)), .point)
        case "today", "tonight":
            return mention(start, start + 1, ResolvedDate(day: published), .point)
        case "tomorrow":
            return mention(start, start + 1, ResolvedDate(day: published.adding(days: 1)), .point)
        case "overnight":
            return overnight(at: start)
        case "last", "this", "next", "earlier", "later", "past", "previous", "following":
            return relativeUnit(at: start)
        case "the":
            return theRelative(at: start)
        default:
            return nil
        }
    }

    /// "detained two suspects overnight": the night before publication, dated by the evening it began (like
    /// "last night"). Before a noun ("an overnight operation") the word describes the operation and names no day.
    func overnight(at start: Int) -> Match? {
        if start > 0, tokens[start - 1].kind == .word, DateWords.determiners.contains(tokens[start - 1].text) { return nil }
        if let next = word(start + 1), !tokens[start + 1].isCapitalized, !DateWords.linkingWords.contains(next) { return nil }
        // "will stay overnight" is how long, not which night.
        if reading(start, start + 1) == true { return nil }
        return mention(start, start + 1, ResolvedDate(day: published.adding(days: -1)), .point)
    }

    /// "last night", "this morning", "last week", "earlier this month", "next year", "last March".
    func relativeUnit(at start: Int) -> Match? {
        var index = start
        var modifier = tokens[index].text
        if modifier == "earlier" || modifier == "later" {
            guard isWord(index + 1, "this", "today") else { return nil }
            if isWord(index + 1, "today") { return mention(start, index + 2, ResolvedDate(day: published), .point) }
            index += 1
            modifier = modifier + " this"
        }
        index += 1
        guard let unit = word(index) else {
            return nil
        }
        let end = index + 1
        switch (modifier, unit) {
        case ("last", "night"): return mention(start, end, ResolvedDate(day: published.adding(days: -1)), .point)
        case ("this", "morning"), ("this", "afternoon"), ("this", "evening"):
            return mention(start, end, ResolvedDate(day: published), .point)
        case (_, "week"), (_, "month"), (_, "year"), (_, "weekend"):
            guard var date = unitDate(modifier: modifier, unit: unit) else { return nil }
            // "attacked … this week": an act told done took place by publication, not in the days left of the week.
            if modifier == "this", date.earliest <= published, date.latest > published, reading(start, end) == false {
                date.latest = published
            }
            return mention(start, end, date, .point)
        default:
            break
        }
        // "last March": the most recent March before this month.
        if modifier == "last", let month = month(index),
            let first = DateWords.firstOfMonth(month, from: published.firstOfMonth.adding(days: -1), future: false)
        {
            return mention(start, afterMonth(index), DateWords.wholeMonth(first), .point)
        }
        // "the last three days", "the past 24 hours" are handled as counted spans.
        return nil
    }

    func unitDate(modifier: String, unit: String) -> ResolvedDate? {
        let monday = DateWords.monday(of: published)
        switch (modifier, unit) {
        case ("this", "week"): return DateWords.wholeWeek(monday)
        case ("last", "week"), ("previous", "week"), ("past", "week"): return DateWords.wholeWeek(monday.adding(days: -7))
        case ("next", "week"), ("following", "week"): return DateWords.wholeWeek(monday.adding(days: 7))
        case ("earlier this", "week"):
            return ResolvedDate(earliest: monday, latest: max(monday, published.adding(days: -1)), precision: .week)
        case ("later this", "week"): return ResolvedDate(earliest: published, latest: monday.adding(days: 6), precision: .week)
        case ("this", "weekend"): return ResolvedDate(earliest: monday.adding(days: 5), latest: monday.adding(days: 6), precision: .week)
        case ("last", "weekend"), ("past", "weekend"):
            let saturday = DateWords.day(weekday: 5, from: published, future: false, strictly: true)
            return ResolvedDate(earliest: saturday, latest: saturday.adding(days: 1), precision: .week)
        case ("next", "weekend"):
            let saturday = DateWords.day(weekday: 5, from: published, future: true, strictly: true)
            return ResolvedDate(earliest: saturday, latest: saturday.adding(days: 1), precision: .week)
        case ("this", "month"): return DateWords.wholeMonth(published.firstOfMonth)
        case ("last", "month"), ("previous", "month"), ("past", "month"):
            return DateWords.wholeMonth(published.firstOfMonth.adding(months: -1))
        case ("next", "month"), ("following", "month"): return DateWords.wholeMonth(published.firstOfMonth.adding(months: 1))
        case ("earlier this", "month"):
            return ResolvedDate(earliest: published.firstOfMonth, latest: published, precision: .month)
        case ("later this", "month"): return ResolvedDate(earliest: published, latest: published.lastOfMonth, precision: .month)
        case ("this", "year"): return DateWords.wholeYear(published.year)
        case ("last", "year"), ("previous", "year"), ("past", "year"): return DateWords.wholeYear(published.year - 1)
        case ("next", "year"), ("following", "year"): return DateWords.wholeYear(published.year + 1)
        case ("earlier this", "year"):
            guard let first = Day(year: published.year, month: 1, day: 1) else { return nil }
            return ResolvedDate(earliest: first, latest: published, precision: .year)
        case ("later this", "year"):
            guard let last = Day(year: published.year, month: 12, day: 31) else { return nil }
            return ResolvedDate(earliest: published, latest: last, precision: .year)
        default: return nil
        }
    }

    /// "the day before", "the previous day", "the next day", "the following day", "the day after",
    /// "the day before yesterday": counted from the anchor.
    func theRelative(at start: Int) -> Match? {
        if isWord(start + 1, "day") {
            if isWord(start + 2, "before"), isWord(start + 3, "yesterday") {
                return mention(start, start + 4, ResolvedDate(day: published.adding(days: -2)), .point)
            }
            if isWord(start + 2, "before") { return mention(start, start + 3, ResolvedDate(day: base.adding(days: -1)), .duration) }
            if isWord(start + 2, "after") {
                return mention(start, start + 3, ResolvedDate(day: base.adding(days: 1)), .duration)
            }
            return nil
        }
        if isWord(start + 1, "previous"), isWord(start + 2, "day") {
            return mention(start, start + 3, ResolvedDate(day: base.adding(days: -1)), .duration)
        }
        if isWord(start + 1, "next", "following"), isWord(start + 2, "day", "morning") {
            return mention(start, start + 3, ResolvedDate(day: base.adding(days: 1)), .duration)
        }
        if isWord(start + 1, "last", "past", "previous", "next", "following", "first") {
            return counted(at: start + 1).map { found in
                mention(start, found.next, found.mention.date, found.mention.role)
            }
        }
        return nil
    }

    // MARK: - Counted times

    enum Unit { case day, week, month, year }

    func unit(_ index: Int) -> Unit? {
        guard let word = word(index) else { return nil }
        switch word {
        case "day", "days": return .day
        case "week", "weeks": return .week
        case "month", "months": return .month
        case "year", "years": return .year
        default: return nil
        }
    }

    /// An amount of a unit starting at `index`: "three days", "nine-and-a-half months", "a week", "135 days".
    func amount(at index: Int) -> (value: Double, unit: Unit, end: Int)? {
        var value: Double
        var next: Int
        if isWord(index, "a", "an", "one"), let found = unit(index + 1) {
            return (1, found, index + 2)
        }
        guard let parsed = NumberParser.parse(tokens, at: index), !parsed.isVague else { return nil }
        value = parsed.value
        next = parsed.end
        while next < tokens.count, tokens[next].isPunct("-"), !tokens[next].spaceBefore { next += 1 }
        guard let found = unit(next), value >= 0, value < 100_000 else { return nil }
        return (value, found, next + 1)
    }

    func add(_ value: Double, _ unit: Unit, to day: Day) -> Day {
        switch unit {
        case .day: return day.adding(days: Int(value.rounded()))
        case .week: return day.adding(days: Int((value * 7).rounded()))
        case .month:
            let whole = Int(value.rounded(.towardZero))
            return day.adding(months: whole).adding(days: Int(((value - Double(whole)) * 30).rounded()))
        case .year:
            let months = value * 12
            let whole = Int(months.rounded(.towardZero))
            return day.adding(months: whole).adding(days: Int(((months - Double(whole)) * 30).rounded()))
        }
    }

    func precision(_ unit: Unit) -> DatePrecision {
        switch unit {
        case .day: .day
        case .week: .week
        case .month: .month
        case .year: .year
        }
    }

    /// "three days later", "nine-and-a-half months later", "two weeks ago", "within 135 days",
    /// "within the first 135 days", "the last three days", "in two weeks' time".
    func counted(at start: Int) -> Match? {
        var index = start
        let lead = word(index) ?? ""
        if ["within", "last", "past", "next", "first", "in", "after"].contains(lead) { index += 1 }
        if lead == "within", isWord(index, "the") { index += 1 }
        if lead == "within", isWord(index, "first", "next") { index += 1 }
        guard let (value, unit, end) = amount(at: index) else { return nil }
        switch lead {
        case "within", "first", "next":
            let to = add(value, unit, to: base)
            return mention(start, end, ResolvedDate(earliest: base, latest: to, precision: .day), .span)
        case "last", "past":
            let from = add(-value, unit, to: published)
            return mention(start, end, ResolvedDate(earliest: from, latest: published, precision: .day), .span)
        case "in":
            // "in two weeks' time", or "in three days" in a future clause.
            var close = end
            if close < tokens.count, tokens[close].isPunct("'") { close += 1 }
            if isWord(close, "time") {
                close += 1
            } else if !(reading(start, end) ?? false) {
                return nil
            }
            return mention(start, close, ResolvedDate(earliest: add(value, unit, to: base), precision: precision(unit)), .duration)
        case "after":
            return mention(start, end, ResolvedDate(earliest: add(value, unit, to: base), precision: precision(unit)), .duration)
        default:
            break
        }
        guard let direction = word(end) else { return nil }
        if direction == "after" || direction == "before",
            let found = countedFromDay(value, unit, after: direction == "after", start: start, link: end)
        {
            return found
        }
        switch direction {
        case "later", "afterwards", "after", "on":
            // "three days after the attack" counts from the anchor too. Without one, the day it counts from is not
            // told: "two years after the agreement ended the war, the guns are silent" speaks of now, not of two years
            // past publication.
            guard base != published else { return nil }
            let day = add(value, unit, to: base)
            return mention(start, end + 1, ResolvedDate(earliest: day, precision: precision(unit)), .duration)
        case "earlier", "before", "previously", "prior":
            let day = add(-value, unit, to: base)
            return mention(start, end + 1, ResolvedDate(earliest: day, precision: precision(unit)), .duration)
        case "ago":
            let day = add(-value, unit, to: published)
            return mention(start, end + 1, ResolvedDate(earliest: day, precision: precision(unit)), .duration)
        default:
            return nil
        }
    }

    // MARK: - Years

    /// "in 2020", "since 2019", "during 2021", "from 2019 to 2021".
    func year(at start: Int) -> Match? {
        guard isWord(start, "in", "since", "during", "throughout", "of", "from", "until") else { return nil }
        guard let year = yearNumber(start + 1), let whole = DateWords.wholeYear(year) else { return nil }
        if isJoiner(start + 2), let last = yearNumber(start + 3), last > year, let lastYear = DateWords.wholeYear(last) {
            return mention(start, start + 4, ResolvedDate(earliest: whole.earliest, latest: lastYear.latest, precision: .year), .span)
        }
        return mention(start, start + 2, whole, .point)
    }
}
