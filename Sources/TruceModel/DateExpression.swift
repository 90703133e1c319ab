/// A date as an agreement states it: absolute, or relative to the signing or
/// to another provision's start, due or end date (`signed + 135d`,
/// `signed + 14mo`, `talks-start.due + 30d`).
public struct DateExpression: Hashable, Sendable, Codable {
    public var anchor: Anchor
    public var offset: Offset?

    public init(anchor: Anchor, offset: Offset? = nil) {
        self.anchor = anchor
        self.offset = offset
    }

    public static func absolute(_ day: Day) -> DateExpression { DateExpression(anchor: .absolute(day)) }

    public enum Anchor: Hashable, Sendable, Codable {
        case absolute(Day)
        case signed
        /// Another provision's date: `field` is `start`, `due` or `end`.
        case provision(id: String, field: String)
    }

    public struct Offset: Hashable, Sendable, Codable {
        public var amount: Int
        public var unit: Unit

        public init(amount: Int, unit: Unit) {
            self.amount = amount
            self.unit = unit
        }

        public enum Unit: String, Hashable, Sendable, Codable, CaseIterable {
            case days = "d"
            case weeks = "w"
            case months = "mo"
            case years = "y"
        }

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
