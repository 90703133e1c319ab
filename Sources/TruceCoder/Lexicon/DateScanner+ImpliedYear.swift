import TruceModel

/// The year of a day written without one, when the text says more than the publication date does.
///
/// A writer gives a day's year once and leaves it out after ("Hamas attacked Israel on October 7, 2023 … since the
/// October 7th attack"), and a count of time since a day ("one year since the October 7th attacks", "in the 13 months
/// since October 7", "on the anniversary of October 7") puts the day at least that long before the report. Both
/// outweigh the nearest-day rule of `DateWords.day(month:day:from:future:)`, which would read "October 7" in a
/// report of November 2024 as five weeks back. A clause in the future keeps that rule: a day to come has no year
/// gone.
extension DateScanner {
    /// `piece` with the year the text implies for it, or unchanged.
    func withImpliedYear(_ piece: Piece, at start: Int, future: Bool?) -> Piece {
        guard piece.year == nil, let day = piece.day, piece.lastDay == nil, future != true else { return piece }
        var implied = piece
        if let year = knownYears[Self.key(month: piece.month, day: day)] {
            implied.year = year
        } else if let months = monthsCounted(before: start) {
            // A count is a round figure ("nearly 14 months", "a year since"): the day lies at least a month short of it back.
            let latest = published.adding(months: -(months - 1))
            guard let thisYear = Day(year: latest.year, month: piece.month, day: day) else { return piece }
            implied.year = thisYear <= latest ? latest.year : latest.year - 1
        }
        return implied
    }

    /// The months a count of time right before the date at `start` says have passed since it: "one year since", "13 months
    /// after", "the anniversary of" (a year), past a "the" ("a year since the October 7th attacks"). Nil when no count
    /// leads to the date ("two weeks after June 14", "since Hamas attacked on October 7": the nearest day).
    func monthsCounted(before start: Int) -> Int? {
        var index = start - 1
        while index >= 0, index >= start - 2, isWord(index, "the", "this", "that") { index -= 1 }
        // The word before the date, and the one and two before it (`word` is nil past either end).
        let link = index >= 0 ? word(index) : nil
        let unit = index >= 1 ? word(index - 1) : nil
        if link == "of", unit == "anniversary" || unit == "anniversaries" { return 12 }
        guard link == "since" || link == "after", let unit, index >= 2 else { return nil }
        let perUnit: Int
        switch unit {
        case "year", "years": perUnit = 12
        case "month", "months": perUnit = 1
        default: return nil
        }
        // "in the year since": one.
        if isWord(index - 2, "the"), unit == "year" || unit == "month" { return perUnit }
        guard let count = count(at: index - 2) else { return nil }
        return count * perUnit
    }

    /// A count of units in words or figures: "a", "one", "13", "fourteen".
    private func count(at index: Int) -> Int? {
        let token = tokens[index]
        if token.kind == .digits, !token.hadSeparator, token.suffix.isEmpty, token.value >= 1, token.value < 1_000 { return Int(token.value) }
        guard token.kind == .word else { return nil }
        if token.text == "a" || token.text == "an" { return 1 }
        return NumberWords.simple[token.text].map { Int($0) }.flatMap { $0 >= 1 ? $0 : nil }
    }

    /// One number for a day of the year: 1007 for 7 October.
    static func key(month: Int, day: Int) -> Int { month * 100 + day }
}
