/// A date as an agreement states it: absolute, or relative to the signing or
/// to another provision's start, due or end date (`signed + 135d`,
/// `signed + 14mo`, `talks-start.due + 30d`), or to the day another provision
/// was actually done (`withdrawal.done + 5d`, format version 2).
public struct DateExpression: Hashable, Sendable, Codable {
    /// What the date is counted from.
    public var anchor: Anchor
    /// How far from the anchor; nil for the anchor itself.
    public var offset: Offset?
    /// The time of day, for an absolute date written with one (`2020-11-10T00:00 Europe/Moscow`).
    public var time: TimeOfDay?

    /// `anchor` moved by `offset`.
    public init(anchor: Anchor, offset: Offset? = nil, time: TimeOfDay? = nil) {
        self.anchor = anchor
        self.offset = offset
        self.time = time
    }

    /// The provision whose actual completion this date counts from, if any.
    public var completionOf: String? {
        if case .provision(let id, let field) = anchor, field == Self.doneField { return id }
        return nil
    }

    /// The field that names a provision's completion: `withdrawal.done`.
    public static let doneField = "done"

    /// The fixed day `day`.
    public static func absolute(_ day: Day) -> DateExpression { DateExpression(anchor: .absolute(day)) }

    /// What a date expression is counted from.
    public enum Anchor: Hashable, Sendable, Codable {
        case absolute(Day)
        case signed
        /// Another provision's date: `field` is `start`, `due` or `end`, or `done`, the day it was
        /// actually done, which only the evidence can tell.
        case provision(id: String, field: String)
    }

    /// A signed distance in days, weeks, months or years.
    public struct Offset: Hashable, Sendable, Codable {
        /// How many units; negative counts back.
        public var amount: Int
        /// The unit of `amount`.
        public var unit: Unit

        /// `amount` of `unit`.
        public init(amount: Int, unit: Unit) {
            self.amount = amount
            self.unit = unit
        }

        /// A unit of offset, written as in agreement files (`135d`, `14mo`).
        public enum Unit: String, Hashable, Sendable, Codable, CaseIterable {
            case days = "d"
            case weeks = "w"
            case months = "mo"
            case years = "y"
        }

        /// The day `amount` units after `day`; months and years keep the day of month, clamped to the month's end.
        public func apply(to day: Day) -> Day {
            switch unit {
            case .days: day.adding(days: amount)
            case .weeks: day.adding(days: amount * 7)
            case .months: day.adding(months: amount)
            case .years: day.adding(months: amount * 12)
            }
        }
    }
}

extension DateExpression: CustomStringConvertible {
    /// The expression as agreement files write it: `signed + 135d`, `talks-start.due + 30d`, `2020-03-10`.
    public var description: String {
        let base: String
        switch anchor {
        case .absolute(let day): base = time.map { "\(day.iso)T\($0)" } ?? day.iso
        case .signed: base = "signed"
        case .provision(let id, let field): base = "\(id).\(field)"
        }
        guard let offset else { return base }
        let sign = offset.amount < 0 ? "-" : "+"
        return "\(base) \(sign) \(abs(offset.amount))\(offset.unit.rawValue)"
    }
}

/// A time of day on an absolute date, with the IANA time zone it was written in, and the same
/// instant as a minute of the day the date denotes in the agreement's `time_zone` (the zone in
/// which evidence is dated), which the loader works out.
public struct TimeOfDay: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The hour as written, 0…23, in `zone`.
    public var hour: Int
    /// The minute as written, 0…59.
    public var minute: Int
    /// The IANA zone it was written in (`Europe/Moscow`); nil for the agreement's own zone.
    public var zone: String?
    /// Minutes after midnight of the expression's day in the agreement's zone (0 = the whole day).
    public var minuteOfDay: Int

    /// `hour:minute` in `zone`; `minuteOfDay` defaults to the written time, as if in the agreement's zone.
    public init(hour: Int, minute: Int, zone: String? = nil, minuteOfDay: Int? = nil) {
        self.hour = hour
        self.minute = minute
        self.zone = zone
        self.minuteOfDay = minuteOfDay ?? hour * 60 + minute
    }

    /// The time as written: `HH:MM`, then the zone when there is one (`00:00 Europe/Moscow`).
    public var description: String {
        let clock = (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
        return zone.map { "\(clock) \($0)" } ?? clock
    }
}
