import TruceModel

/// Month and weekday names, and the calendar arithmetic the date finder needs.
enum DateWords {
    static let months = MonthNames.numbers

    /// Short month names. News style writes a month short only before a day ("Jan. 7"), so a short name
    /// with no day or year beside it is some other word: a name ("Fayez Jan"), "Mar", "Aug".
    static let abbreviations = MonthNames.abbreviations

    /// Words that open a noun phrase: a date word after one describes a noun ("an overnight raid"). Not "that"
    /// or "her", which also stand before a clause's own date ("said that today …", "freed her Tuesday").
    static let determiners: Set<String> = ["a", "an", "the", "this", "its", "their", "his", "our"]

    /// Prepositions and conjunctions: a date word before one ends its phrase ("overnight in Helmand", "overnight while").
    static let linkingWords: Set<String> = [
        "in", "on", "at", "near", "while", "and", "or", "but", "as", "after", "during", "when", "to", "from", "with", "by",
        "before", "into", "across", "around", "outside", "inside", "throughout", "between", "along", "without", "that",
        "which", "where", "against", "following", "until",
    ]

    /// Monday is 0.
    static let weekdays: [String: Int] = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    ]

    /// Words whose presence makes a sentence worth scanning for dates.
    static let triggers: Set<String> = [
        "yesterday", "today", "tonight", "tomorrow", "last", "this", "next", "earlier", "later", "within", "ago", "week",
        "month", "year", "weeks", "months", "years", "days", "day", "mid", "early", "late", "end", "middle", "beginning",
        "previous", "following", "weekend", "overnight",
    ]

    /// Words a date phrase can start with, besides month and weekday names and numbers.
    static let phraseStarts: Set<String> = [
        "by", "before", "until", "till", "no", "not", "from", "between", "in", "at", "the", "early", "beginning", "start",
        "mid", "middle", "late", "end", "last", "next", "this", "on", "coming", "past", "yesterday", "today", "tonight",
        "tomorrow", "earlier", "later", "previous", "following", "within", "first", "after", "a", "an", "one", "since",
        "during", "throughout", "of", "overnight",
    ]

    /// Monday 0 … Sunday 6. Day 0 (1970-01-01) was a Thursday.
    static func weekday(of day: Day) -> Int {
        ((day.ordinal + 3) % 7 + 7) % 7
    }

    /// The Monday of the week holding `day`.
    static func monday(of day: Day) -> Day { day.adding(days: -weekday(of: day)) }

    /// The day with this weekday nearest to `published`: on or before it for the past,
    /// on or after it for the future; `strictly` excludes `published` itself.
    static func day(weekday: Int, from published: Day, future: Bool, strictly: Bool) -> Day {
        let today = DateWords.weekday(of: published)
        if future {
            var ahead = (weekday - today + 7) % 7
            if ahead == 0 && strictly { ahead = 7 }
            return published.adding(days: ahead)
        }
        var back = (today - weekday + 7) % 7
        if back == 0 && strictly { back = 7 }
        return published.adding(days: -back)
    }

    /// A day and month without a year: the year that puts it nearest before (or on)
    /// publication, or nearest after (or on) it for the future; nearest either way for nil.
    /// A day at most a week after publication is never moved a year back, even in the past tense: "attacked on
    /// October 7th" in a report stamped October 5 names this year's day (a report's stamp can lag what it tells by
    /// days: time zones, a page stamped when updated), not one a year gone, which news style would give with its year.
    /// Further ahead, a past-tense day is the last one gone: "the forces that attacked this country on September 11th"
    /// in a statement of August 14 names a day of an earlier year, not one four weeks ahead.
    static func day(month: Int, day: Int, from published: Day, future: Bool?) -> Day? {
        let candidates = [published.year - 1, published.year, published.year + 1].compactMap {
            Day(year: $0, month: month, day: day)
        }
        if future == false, let ahead = candidates.first(where: { $0 > published }), published.days(to: ahead) <= nearAhead {
            return ahead
        }
        return pick(candidates, around: published, future: future)
    }

    /// How many days after publication a day without a year may fall and still be read in publication's year by a
    /// past-tense clause: a week. (A month was tried: the September 11th above then dated history by publication, and
    /// the acts told after it were coded as news.)
    static let nearAhead = 7

    /// The first day of a month without a year, by the same rule.
    static func firstOfMonth(_ month: Int, from published: Day, future: Bool?) -> Day? {
        let candidates = [published.year - 1, published.year, published.year + 1].compactMap {
            Day(year: $0, month: month, day: 1)
        }
        return pick(candidates, around: published.firstOfMonth, future: future)
    }

    private static func pick(_ candidates: [Day], around reference: Day, future: Bool?) -> Day? {
        switch future {
        case true?: return candidates.first { $0 >= reference }
        case false?: return candidates.last { $0 <= reference }
        case nil:
            // The nearer one; a tie goes to the future.
            return candidates.min { first, second in
                let toFirst = abs(reference.days(to: first))
                let toSecond = abs(reference.days(to: second))
                return toFirst != toSecond ? toFirst < toSecond : first > second
            }
        }
    }

    static func wholeMonth(_ first: Day) -> ResolvedDate {
        ResolvedDate(earliest: first, latest: first.lastOfMonth, precision: .month)
    }

    static func wholeYear(_ year: Int) -> ResolvedDate? {
        guard let first = Day(year: year, month: 1, day: 1), let last = Day(year: year, month: 12, day: 31) else { return nil }
        return ResolvedDate(earliest: first, latest: last, precision: .year)
    }

    static func wholeWeek(_ monday: Day) -> ResolvedDate {
        ResolvedDate(earliest: monday, latest: monday.adding(days: 6), precision: .week)
    }
}
