import TruceModel

/// A date as observations and claims files write it: a day, or an imprecise date kept as the
/// interval it stands for — a year (`2016`, `in 2016`), a month (`2016-03`, `March 2016`, `in
/// March 2016`) or an explicit span (`2016-03-01/2016-03-15`).
enum ImpreciseDate {
    /// The first and last day `text` can mean; `last` is nil for a single day.
    enum Reading: Equatable {
        case day(Day)
        case span(Day, Day)
        case failure(String)
    }

    static func read(_ raw: String) -> Reading {
        var text = Substring(raw).drop { $0 == " " }
        if text.lowercased().hasPrefix("in ") { text = text.dropFirst(3).drop { $0 == " " } }
        let value = String(text)
        if let slash = value.firstIndex(of: "/"), value.filter({ $0 == "/" }).count == 1, value.contains("-") {
            guard let first = Day(iso: String(value[..<slash]).trimmedSpaces),
                let last = Day(iso: String(value[value.index(after: slash)...]).trimmedSpaces)
            else { return .failure("a span is written as two days, e.g. 2016-03-01/2016-03-15") }
            guard first <= last else { return .failure("the span ends (\(last)) before it starts (\(first))") }
            return first == last ? .day(first) : .span(first, last)
        }
        // A day in any layout the data sets use comes first ("March 4, 2020" is a day, not a month).
        if let day = ACLEDDate.parse(value) { return .day(day) }
        if value.count == 4, let year = Int(value), year >= 1000 {
            return span(year: year, months: 1...12)
        }
        if value.count == 7, value.dropFirst(4).first == "-", let year = Int(value.prefix(4)), let month = Int(value.suffix(2)),
            (1...12).contains(month)
        {
            return span(year: year, months: month...month)
        }
        let words = value.split(separator: " ")
        if let first = words.first, let month = MonthNames.number(first.lowercased().filter { $0 != "." }) {
            guard words.count == 2, let year = Int(words[1]), words[1].count == 4 else {
                return .failure("'\(value)' names a month without its year; write e.g. '\(MonthNames.full[month - 1]) 2016'")
            }
            return span(year: year, months: month...month)
        }
        return .failure("expected a date such as 2020-03-04, or an imprecise one: 2016, 2016-03, March 2016 or 2016-03-01/2016-03-15")
    }

    private static func span(year: Int, months: ClosedRange<Int>) -> Reading {
        guard let first = Day(year: year, month: months.lowerBound, day: 1),
            let last = Day(year: year, month: months.upperBound, day: Day.daysIn(month: months.upperBound, year: year))
        else { return .failure("not a date") }
        return .span(first, last)
    }
}

extension String {
    fileprivate var trimmedSpaces: String { String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
}
