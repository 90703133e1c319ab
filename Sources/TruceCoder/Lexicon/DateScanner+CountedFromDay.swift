import TruceModel

/// A count of time from a day the phrase names: "thirteen months after March 2", "six weeks after the March 2 deal",
/// "two days before the May 5 vote".
///
/// The day named is the anchor and the count is laid off from it, not from publication or the story's last date. A day
/// written without a year takes the year that fits the count: an act told done happened by publication, so the counted
/// day is no later than the report (give or take the roundness of the count: "six weeks" may be a few days more); an
/// act to come is no earlier than it. "March 2" alone keeps the nearest-day rules (`withImpliedYear`).
extension DateScanner {
    /// The mention of the whole phrase from `start` (the count) through the day after the `link` word ("after", "before"),
    /// or nil when no day follows the link.
    func countedFromDay(_ value: Double, _ unit: Unit, after: Bool, start: Int, link: Int) -> Match? {
        var index = link + 1
        if isWord(index, "the", "this", "that") { index += 1 }
        guard let piece = piece(at: index), let day = piece.day, piece.lastDay == nil else { return nil }
        let signed = after ? value : -value
        let future = reading(start, piece.end) ?? false
        let anchor: Day?
        if let year = piece.year ?? knownYears[Self.key(month: piece.month, day: day)] {
            anchor = Day(year: year, month: piece.month, day: day)
        } else {
            anchor = anchorFittingCount(month: piece.month, day: day, signed: signed, unit: unit, future: future)
        }
        guard let anchor else { return nil }
        var counted = add(signed, unit, to: anchor)
        // Told done, the act happened by the report; the count's roundness may have carried it a few days past.
        if !future, counted > published { counted = published }
        var found = mention(start, piece.end, ResolvedDate(earliest: counted, precision: precision(unit)), .duration)
        found.mention.anchorDay = anchor
        return found
    }

    /// The year of month/day that puts the counted day by publication (an act done; the latest such year) or after it
    /// (an act to come; the earliest such year), allowing for a round count.
    private func anchorFittingCount(month: Int, day: Int, signed: Double, unit: Unit, future: Bool) -> Day? {
        let years = Int((abs(signed) * yearsPerUnit(unit)).rounded(.up))
        // No news count runs for centuries ("10,000 days after March 2" is a figure, not a date to place).
        guard years <= 100 else { return nil }
        let candidates = ((published.year - years - 1)...(published.year + years + 1)).compactMap { Day(year: $0, month: month, day: day) }
        let slack = roundness(unit)
        if future {
            return candidates.first { add(signed, unit, to: $0) >= published.adding(days: -slack) }
        }
        return candidates.last { add(signed, unit, to: $0) <= published.adding(days: slack) }
    }

    private func yearsPerUnit(_ unit: Unit) -> Double {
        switch unit {
        case .day: 1.0 / 365
        case .week: 7.0 / 365
        case .month: 1.0 / 12
        case .year: 1
        }
    }

    /// Days a count in this unit may run past the exact figure: a day's count is exact but for counting both ends,
    /// a week's count is round to the week, a count of months or years to the month.
    private func roundness(_ unit: Unit) -> Int {
        switch unit {
        case .day: 1
        case .week: 6
        case .month, .year: 31
        }
    }
}
