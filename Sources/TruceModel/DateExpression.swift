/// A date as an agreement states it: absolute, or relative to the signing or
/// to another provision's start, due or end date (`signed + 135d`,
/// `signed + 14mo`, `talks-start.due + 30d`).
public struct DateExpression: Hashable, Sendable, Codable {
    /// What the date is counted from.
    public var anchor: Anchor
    /// How far from the anchor; nil for the anchor itself.
    public var offset: Offset?

    /// `anchor` moved by `offset`.
    public init(anchor: Anchor, offset: Offset? = nil) {
        self.anchor = anchor
        self.offset = offset
    }

    /// The fixed day `day`.
    public static func absolute(_ day: Day) -> DateExpression { DateExpression(anchor: .absolute(day)) }

    /// What a date expression is counted from.
    public enum Anchor: Hashable, Sendable, Codable {
        case absolute(Day)
        case signed
        /// Another provision's date: `field` is `start`, `due` or `end`.
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
        case .absolute(let day): base = day.iso
        case .signed: base = "signed"
        case .provision(let id, let field): base = "\(id).\(field)"
        }
        guard let offset else { return base }
        let sign = offset.amount < 0 ? "-" : "+"
        return "\(base) \(sign) \(abs(offset.amount))\(offset.unit.rawValue)"
    }
}
