public import TruceModel

/// Reads the date expressions of the agreement format: `2020-03-10`, `signed`,
/// `signed + 135d`, `signed - 7d`, `signed + 14mo`, `talks-start.due + 30d`,
/// `riv.start`, `riv.end`. Units are `d`, `w`, `mo` and `y`. Format version 2 adds a
/// provision's completion (`withdrawal.done + 5d`) and a time of day with an IANA time zone on
/// an absolute date (`2020-11-10T00:00 Europe/Moscow`, `2015-02-14 22:00`); the parser reads
/// both and the loader says when the file's version does not allow them.
///
/// The parser checks the form only; whether a referenced provision exists is
/// for the loader to say, since it knows the whole agreement.
public enum DateExpressionParser {
    /// The expression `text` denotes, or `nil` when it is not one.
    public static func parse(_ text: String) -> DateExpression? {
        try? expression(from: text)
    }

    /// The expression `text` denotes.
    ///
    /// - Throws: ``TruceError`` with code `invalidAgreement` and a message
    ///   that says what is wrong and how to write it instead (no location:
    ///   the caller knows where the text came from).
    public static func expression(from text: String) throws(TruceError) -> DateExpression {
        let source = trim(text)
        guard !source.isEmpty else {
            throw invalid("a date is empty; \(forms)")
        }
        var rest: Substring
        let anchor: DateExpression.Anchor
        if let first = source.first, first.isASCII, first.isNumber, let timed = try timedDay(source) {
            return timed
        }
        if let first = source.first, first.isASCII, first.isNumber {
            var end = source.firstIndex { $0 == "+" || $0.isWhitespace } ?? source.endIndex
            // `2020-03-10-7d`: the date has a fixed length, so a minus after it starts the offset.
            let tenth = source.index(source.startIndex, offsetBy: 10, limitedBy: end) ?? end
            if tenth < end, source[tenth] == "-" { end = tenth }
            anchor = .absolute(try day(from: source[..<end]))
            rest = source[end...]
        } else if source.hasPrefix("signed"), startsOffsetOrEnds(source.dropFirst(6)) {
            anchor = .signed
            rest = source.dropFirst(6)
        } else {
            let nameEnd = source.firstIndex { !isIdentifierCharacter($0) } ?? source.endIndex
            let name = source[..<nameEnd]
            guard !name.isEmpty, nameEnd < source.endIndex, source[nameEnd] == "." else {
                if name == "signed" {
                    throw invalid("'\(source)' is not a date: 'signed' has no fields; write 'signed' or 'signed + 7d'")
                }
                throw invalid("'\(source)' is not a date; \(forms)")
            }
            let fieldStart = source.index(after: nameEnd)
            let fieldEnd = source[fieldStart...].firstIndex { !($0.isASCII && $0.isLetter) } ?? source.endIndex
            let field = String(source[fieldStart..<fieldEnd])
            guard Agreement.dateFields.contains(field) else {
                let shown = field.isEmpty ? "nothing" : "'\(field)'"
                throw invalid("'\(source)' is not a date: \(shown) after '\(name).' is not a date field; use start, due, end or done")
            }
            if name == "signed" {
                throw invalid("'\(source)' is not a date: 'signed' has no fields; write 'signed' or 'signed + 7d'")
            }
            anchor = .provision(id: String(name), field: field)
            rest = source[fieldEnd...]
        }
        let offset = try offset(from: rest, in: source)
        return DateExpression(anchor: anchor, offset: offset)
    }

    /// The day `text` names, as `YYYY-MM-DD`.
    ///
    /// - Throws: ``TruceError`` that says why it is not a day
    ///   ("2021-02-30 is not a date: February 2021 has 28 days").
    public static func day(from text: some StringProtocol) throws(TruceError) -> Day {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = parts.map(\.count)
        guard widths == [4, 2, 2], parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else {
            throw invalid("'\(text)' is not a date: write it as YYYY-MM-DD, e.g. 2020-03-10")
        }
        guard (1...12).contains(month) else {
            throw invalid("\(text) is not a date: the month must be 01 to 12")
        }
        let length = Day.daysIn(month: month, year: year)
        guard (1...length).contains(day), let result = Day(year: year, month: month, day: day) else {
            throw invalid("\(text) is not a date: \(monthNames[month - 1]) \(year) has \(length) days")
        }
        return result
    }

    // MARK: - Time of day

    /// A date with a time of day, `YYYY-MM-DDTHH:MM[:SS]` or `YYYY-MM-DD HH:MM`, then optionally a
    /// time zone (`Europe/Moscow`, `UTC`, `Z`); nil when `source` has no time of day. The zone is
    /// checked by the loader. Nothing may follow: a time of day is not added to.
    private static func timedDay(_ source: Substring) throws(TruceError) -> DateExpression? {
        guard source.count > 10 else { return nil }
        let dateEnd = source.index(source.startIndex, offsetBy: 10)
        let separator = source[dateEnd]
        var timeStart = source.index(after: dateEnd)
        if separator.isWhitespace {
            timeStart = source[timeStart...].firstIndex { !$0.isWhitespace } ?? source.endIndex
        } else if separator != "T" {
            return nil
        }
        let clockEnd = source[timeStart...].firstIndex { !($0.isASCII && ($0.isNumber || $0 == ":")) } ?? source.endIndex
        let clock = source[timeStart..<clockEnd]
        // `2020-02-29 + 1d` has no clock after the space; only digits then ':' make a time of day.
        guard clock.contains(":") || separator == "T" else { return nil }
        let day = try day(from: source[..<dateEnd])
        let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0.count == 2 }), let hour = Int(parts[0]), let minute = Int(parts[1]),
            hour < 24, minute < 60, parts.count == 2 || Int(parts[2]).map({ $0 < 60 }) == true
        else {
            throw invalid(
                "'\(source)' is not a date: '\(clock)' is not a time of day; write HH:MM on the 24-hour clock, as in '2020-11-10T00:00 Europe/Moscow'"
            )
        }
        let zoneText = trim(source[clockEnd...])
        let zone: String? = zoneText.isEmpty ? nil : zoneText == "Z" ? "UTC" : String(zoneText)
        if let zone, zone.contains(where: { $0.isWhitespace }) || zone.hasPrefix("+") || zone.hasPrefix("-") {
            throw invalid(
                "'\(source)' is not a date: '\(zoneText)' after the time of day is not a time zone; name an IANA zone such as "
                    + "'Europe/Moscow' or 'UTC', and add nothing after it (a date with a time of day takes no '+ 3d')")
        }
        return DateExpression(anchor: .absolute(day), time: TimeOfDay(hour: hour, minute: minute, zone: zone))
    }

    // MARK: - Offsets

    /// An offset too large to mean anything in an agreement; also keeps the day arithmetic from overflowing.
    private static let largestAmount = 100_000

    private static func offset(from rest: Substring, in source: Substring) throws(TruceError) -> DateExpression.Offset? {
        let text = trim(rest)
        guard let sign = text.first else { return nil }
        guard sign == "+" || sign == "-" else {
            throw invalid("'\(source)' is not a date: expected '+' or '-' before '\(text)', as in 'signed + 135d'")
        }
        let body = trim(text.dropFirst())
        let digitsEnd = body.firstIndex { !($0.isASCII && $0.isNumber) } ?? body.endIndex
        let digits = body[..<digitsEnd]
        guard !digits.isEmpty else {
            throw invalid("'\(source)' is not a date: expected a number after '\(sign)', as in 'signed \(sign) 30d'")
        }
        guard let amount = Int(digits), amount <= largestAmount else {
            throw invalid("'\(source)' is not a date: the offset \(digits) is too large")
        }
        let unitText = String(trim(body[digitsEnd...]))
        guard let unit = DateExpression.Offset.Unit(rawValue: unitText) else {
            let hint = unitText == "m" ? "'m' could be minutes or months: " : ""
            let shown = unitText.isEmpty ? "no unit" : "unknown unit '\(unitText)'"
            throw invalid(
                "'\(source)' is not a date: \(shown) after \(digits); \(hint)use d (days), w (weeks), mo (months) or y (years), "
                    + "as in '\(sign == "-" ? "signed - 7d" : "signed + 135d")'"
            )
        }
        return DateExpression.Offset(amount: sign == "-" ? -amount : amount, unit: unit)
    }

    // MARK: - Helpers

    private static let forms =
        "write YYYY-MM-DD, 'signed', 'signed + 135d' (units d, w, mo, y) or '<provision-id>.due + 30d' (start, due, end, done)"

    private static let monthNames = MonthNames.full

    private static func invalid(_ message: String) -> TruceError {
        TruceError(.invalidAgreement, message)
    }

    /// Whether what follows `signed` leaves it a word of its own (`signed`, `signed + 1d`, `signed-1d`), not `signedx`.
    private static func startsOffsetOrEnds(_ rest: Substring) -> Bool {
        guard let next = rest.first else { return true }
        return next == "+" || next == "-" || next.isWhitespace
    }

    /// `text` without leading and trailing whitespace.
    static func trim<Text: StringProtocol>(_ text: Text) -> Text.SubSequence {
        let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
        let end = text.lastIndex { !$0.isWhitespace }.map(text.index(after:)) ?? start
        return text[start..<max(start, end)]
    }

    static func isIdentifierCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "_" || character == "-")
    }
}
