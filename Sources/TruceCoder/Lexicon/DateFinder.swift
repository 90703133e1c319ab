public import TruceModel

/// A date phrase in a sentence, resolved to days.
public struct DateMention: Hashable, Sendable {
    public enum Role: String, Hashable, Sendable, Codable, CaseIterable {
        /// A day, week, month or year something happened or will happen on ("Wednesday", "last month", "in 2020").
        case point
        /// A time by which something is due ("by July", "by the end of April 2021").
        case deadline
        /// A stretch with two ends ("from 2 to 5 March", "within 135 days").
        case span
        /// A time counted from an anchor ("three days later", "nine-and-a-half months later", "two weeks ago").
        case duration
    }

    /// UTF-8 byte offsets of the phrase in the sentence.
    public var range: Range<Int>
    public var date: ResolvedDate
    public var role: Role
    /// Whether the text says which year the day is in: the year is written, or a day written without one takes it from
    /// the text (`DateScanner.withImpliedYear`), not from the publication date.
    public var yearGiven: Bool
    /// The day a count of time is counted from when the phrase names it ("six weeks after the March 2 deal": March 2,
    /// in the year the count puts it).
    public var anchorDay: Day?

    public init(range: Range<Int>, date: ResolvedDate, role: Role, yearGiven: Bool = false, anchorDay: Day? = nil) {
        self.range = range
        self.date = date
        self.role = role
        self.yearGiven = yearGiven
        self.anchorDay = anchorDay
    }
}

/// Finds dates in a sentence and resolves them against the publication date.
///
/// Explicit dates ("4 March 2020", "March 4, 2020", "Jan. 25, 2013",
/// "2020-03-04"), days without a year (the year that puts them nearest before
/// publication, or after it in a future-tense clause), weekdays ("Wednesday",
/// "next Tuesday"), relative words ("yesterday", "last week", "last month",
/// "this year"), parts of months ("mid-March", "at the end of April 2021"),
/// deadlines ("by July"), ranges ("from 2 to 5 March", "March 2-5") and counted
/// times ("three days later", "within 135 days", "two weeks ago").
/// Numeric day/month forms such as "4/3" are ambiguous between conventions and
/// are skipped.
public enum DateFinder {
    /// - Parameters:
    ///   - published: the article's publication day, which relative dates count from.
    ///   - anchor: the last date the article mentioned, which "later" and "earlier" count from;
    ///     the publication day when nil.
    public static func dates(in sentence: String, published: Day, anchor: Day? = nil) -> [DateMention] {
        let tokens = LexTokenizer.tokens(sentence)
        return mentions(in: tokens, published: published, anchor: anchor)
    }

    /// `knownYears`: the year the text gave each day it has named with one (`DateScanner.key(month:day:)` → year), which
    /// that day takes when named again without it.
    static func mentions(in tokens: [LexToken], published: Day, anchor: Day?, knownYears: [Int: Int] = [:]) -> [DateMention] {
        guard mightHoldDates(tokens) else { return [] }
        var scanner = DateScanner(tokens: tokens, published: published, base: anchor ?? published, knownYears: knownYears)
        return scanner.scan()
    }

    /// A cheap look for digits, month and weekday names or relative words before any real work.
    private static func mightHoldDates(_ tokens: [LexToken]) -> Bool {
        tokens.contains { token in
            token.kind == .digits || (token.kind == .word && (token.has(.dateTrigger) || (token.isCapitalized && token.has([.month, .weekday]))))
        }
    }
}
