import TruceModel

/// "on the 12th", "on the 26th of last month": a day of the month written without the month. News writes it of a day
/// close to the report, so it is this month's day when that is not after publication, else last month's (an act to come:
/// this month's when not before publication, else next month's). Only after "on the" and at the end of its phrase, so
/// "on the 12th floor", "the 5th Battalion" and "the 3rd of March" (another shape's) are not read here.
extension DateScanner {
    /// Words that may follow the bare day: the phrase ends there.
    static let afterBareDay: Set<String> = [
        "and", "or", "at", "in", "near", "during", "when", "after", "before", "while", "as", "to", "the", "a", "an", "by", "from",
        "with", "but", "said", "says", "officials", "police", "according",
    ]

    func dayOfMonth(at index: Int) -> Match? {
        guard index >= 2, tokens[index].isOrdinalDigits, let day = dayNumber(index), isWord(index - 1, "the"), isWord(index - 2, "on")
        else { return nil }
        var end = index + 1
        var shift: Int?
        if isWord(end, "of") {
            // "the 26th of last month"; "the 3rd of March" is the explicit shape's.
            guard isWord(end + 1, "last", "this", "next"), isWord(end + 2, "month") else { return nil }
            shift = tokens[end + 1].text == "last" ? -1 : tokens[end + 1].text == "next" ? 1 : 0
            end += 3
        } else if end < tokens.count, tokens[end].kind == .word, !Self.afterBareDay.contains(tokens[end].text) {
            return nil
        }
        let future = reading(index - 2, end) ?? false
        func inMonth(_ offset: Int) -> Day? {
            guard let first = Day(year: published.year, month: published.month, day: 1) else { return nil }
            let month = first.adding(months: offset)
            return Day(year: month.year, month: month.month, day: day)
        }
        let date: Day?
        if let shift {
            date = inMonth(shift)
        } else if let this = inMonth(0), future ? this >= published : this <= published {
            date = this
        } else {
            date = inMonth(future ? 1 : -1)
        }
        guard let date else { return nil }
        return mention(index - 1, end, ResolvedDate(day: date), .point)
    }
}
