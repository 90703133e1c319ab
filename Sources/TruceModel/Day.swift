/// A calendar day in the proleptic Gregorian calendar, without a time zone.
///
/// Conflict data sets record days, not instants, so Truce counts in days.
/// Stored as the number of days since 1970-01-01, which makes ranges and
/// differences cheap and keeps `Foundation.Calendar` out of the hot paths.
public struct Day: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01 (negative before).
    public let ordinal: Int

    /// The day `ordinal` days after 1970-01-01 (before it when negative).
    public init(ordinal: Int) {
        self.ordinal = ordinal
    }

    /// A valid day, or `nil` for an impossible date such as 2021-02-29.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.ordinal = Day.ordinal(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD` exactly.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Earlier days come first.
    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    /// The year, proleptic Gregorian (negative and zero allowed).
    public var year: Int { civil.year }
    /// The month, 1–12.
    public var month: Int { civil.month }
    /// The day of the month, 1–31.
    public var day: Int { civil.day }

    /// `YYYY-MM-DD`.
    public var iso: String {
        let c = civil
        return "\(Day.pad(c.year, 4))-\(Day.pad(c.month, 2))-\(Day.pad(c.day, 2))"
    }

    /// The day `days` days later (earlier when negative).
    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// Adds calendar months; a day past the end of the target month is clamped
    /// to its last day (2020-01-31 + 1 month = 2020-02-29).
    public func adding(months: Int) -> Day {
        let c = civil
        let total = c.year * 12 + (c.month - 1) + months
        let year = total >= 0 ? total / 12 : (total - 11) / 12
        let month = total - year * 12 + 1
        let day = min(c.day, Day.daysIn(month: month, year: year))
        return Day(ordinal: Day.ordinal(year: year, month: month, day: day))
    }

    /// The number of days from `self` to `other` (positive when `other` is later).
    public func days(to other: Day) -> Int { other.ordinal - ordinal }

    /// The first day of this day's month.
    public var firstOfMonth: Day { Day(ordinal: ordinal - (day - 1)) }
    /// The last day of this day's month.
    public var lastOfMonth: Day {
        let c = civil
        return Day(ordinal: Day.ordinal(year: c.year, month: c.month, day: Day.daysIn(month: c.month, year: c.year)))
    }

    /// Whether `year` has a 29 February in the Gregorian calendar.
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// How many days `month` (1–12) has in `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Days from civil date and back: the standard era-based conversion
    // (400-year cycles of 146,097 days), valid for any proleptic Gregorian date.
    static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    var civil: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(abs(value))
        let padded = s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        return value < 0 ? "-" + padded : padded
    }
}

extension Day: Codable {
    /// Reads a day written `YYYY-MM-DD`; any other text is a data-corruption error that quotes it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a date as YYYY-MM-DD, got '\(text)'")
        }
        self = day
    }

    /// Writes the day as `YYYY-MM-DD`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension Day: CustomStringConvertible {
    /// `YYYY-MM-DD`.
    public var description: String { iso }
}

/// A closed range of days with the data set's own precision code kept.
///
/// ACLED's `time_precision` and UCDP's `date_prec` both say how sure the
/// coder was of the day; a scope can then ask whether an event certainly or
/// possibly fell in a window.
public struct DateSpan: Hashable, Sendable, Codable {
    /// The day the data set gives.
    public var day: Day
    /// The first day the event may have happened on.
    public var earliest: Day
    /// The last day the event may have happened on.
    public var latest: Day
    /// How precise the day is.
    public var precision: DatePrecision

    /// A span from `earliest` to `latest` (each `day` when nil) around the day the data set gives.
    public init(day: Day, earliest: Day? = nil, latest: Day? = nil, precision: DatePrecision = .day) {
        self.day = day
        self.earliest = earliest ?? day
        self.latest = latest ?? day
        self.precision = precision
    }

    /// The span ACLED's `time_precision` implies: 1 the day itself, 2 the
    /// week around it (±3 days), 3 the calendar month.
    public static func acled(day: Day, timePrecision: Int?) -> DateSpan {
        switch timePrecision {
        case 2: return DateSpan(day: day, earliest: day.adding(days: -3), latest: day.adding(days: 3), precision: .week)
        case 3: return DateSpan(day: day, earliest: day.firstOfMonth, latest: day.lastOfMonth, precision: .month)
        default: return DateSpan(day: day, precision: .day)
        }
    }

    /// Whether every possible day lies within `from...to`.
    public func certainlyWithin(_ from: Day, _ to: Day) -> Bool { earliest >= from && latest <= to }
    /// Whether some possible day lies within `from...to`.
    public func possiblyWithin(_ from: Day, _ to: Day) -> Bool { latest >= from && earliest <= to }
}

/// How precisely a date is known.
public enum DatePrecision: String, Hashable, Sendable, Codable, CaseIterable {
    case day, week, month, year, unknown
}
