public import TruceModel

/// Dates of events in a sentence, resolved against the publication date.
///
/// A small reader of its own for the forms press reports use ("yesterday",
/// "last night", weekday names, "Oct. 19"); the lexicon's date finder covers
/// the full range of forms.
enum ArticleDates {
    /// The first date the sentence gives for what it reports, or nil.
    static func date(in sentence: String, published: Day?) -> ResolvedDate? {
        let words = CasualtyWords.words(sentence)
        for (index, word) in words.enumerated() {
            let previous = index > 0 ? words[index - 1].text : ""
            let next = index + 1 < words.count ? words[index + 1].text : ""
            switch word.text {
            case "yesterday":
                if let published { return ResolvedDate(day: published.adding(days: previous == "before" ? -2 : -1)) }
            case "today", "tonight":
                if let published { return ResolvedDate(day: published) }
            case "night" where previous == "last", "evening" where previous == "last":
                if let published { return ResolvedDate(day: published.adding(days: -1)) }
            case "morning" where previous == "this", "afternoon" where previous == "this", "evening" where previous == "this":
                if let published { return ResolvedDate(day: published) }
            default:
                if let weekday = weekdays[word.text], word.capitalised, let published {
                    let today = weekdayIndex(of: published)
                    if previous == "next" || previous == "coming" {
                        let ahead = (weekday - today + 7) % 7
                        return ResolvedDate(day: published.adding(days: ahead == 0 ? 7 : ahead))
                    }
                    // A bare weekday in a report is the most recent one, the publication day included.
                    let back = (today - weekday + 7) % 7
                    return ResolvedDate(day: published.adding(days: -(previous == "last" && back == 0 ? 7 : back)))
                }
                if word.capitalised, DateWords.month(Array(word.text.utf8)) != nil, Bytes.isDigit(next.utf8.first ?? 0) {
                    let bytes = Array(sentence.utf8[sentence.utf8.index(sentence.utf8.startIndex, offsetBy: word.range.lowerBound)...].prefix(24))
                    if let found = DateWords.firstDate(in: bytes), let day = found.day {
                        if let year = found.year, let resolved = Day(year: year, month: found.month, day: day) { return ResolvedDate(day: resolved) }
                        if let resolved = Dateline(range: 0..<0, place: "", month: found.month, day: day, year: nil).date(near: published) {
                            return ResolvedDate(day: resolved)
                        }
                    }
                }
            }
        }
        return nil
    }

    static let weekdays: [String: Int] = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    ]

    /// Monday 0 … Sunday 6.
    static func weekdayIndex(of day: Day) -> Int {
        // 2020-03-02 was a Monday.
        let monday = Day(year: 2020, month: 3, day: 2) ?? day
        let offset = monday.days(to: day) % 7
        return offset < 0 ? offset + 7 : offset
    }
}
