import Testing
import TruceFormats
import TruceModel

@Suite("DateExpressionParser")
struct DateExpressionParserTests {
    private static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// Every form the format allows, with and without spaces around the sign.
    static let valid: [(String, DateExpression)] = [
        ("2020-03-10", .absolute(day("2020-03-10"))),
        ("  2020-03-10  ", .absolute(day("2020-03-10"))),
        ("2020-02-29 + 1d", DateExpression(anchor: .absolute(day("2020-02-29")), offset: .init(amount: 1, unit: .days))),
        ("2020-02-29-7d", DateExpression(anchor: .absolute(day("2020-02-29")), offset: .init(amount: -7, unit: .days))),
        ("signed", DateExpression(anchor: .signed)),
        ("signed + 135d", DateExpression(anchor: .signed, offset: .init(amount: 135, unit: .days))),
        ("signed+135d", DateExpression(anchor: .signed, offset: .init(amount: 135, unit: .days))),
        ("signed - 7d", DateExpression(anchor: .signed, offset: .init(amount: -7, unit: .days))),
        ("signed-7d", DateExpression(anchor: .signed, offset: .init(amount: -7, unit: .days))),
        ("signed + 2w", DateExpression(anchor: .signed, offset: .init(amount: 2, unit: .weeks))),
        ("signed + 14mo", DateExpression(anchor: .signed, offset: .init(amount: 14, unit: .months))),
        ("signed + 1y", DateExpression(anchor: .signed, offset: .init(amount: 1, unit: .years))),
        ("signed + 0d", DateExpression(anchor: .signed, offset: .init(amount: 0, unit: .days))),
        ("talks-start.due + 30d", DateExpression(anchor: .provision(id: "talks-start", field: "due"), offset: .init(amount: 30, unit: .days))),
        ("talks-start.due-3w", DateExpression(anchor: .provision(id: "talks-start", field: "due"), offset: .init(amount: -3, unit: .weeks))),
        ("riv.start", DateExpression(anchor: .provision(id: "riv", field: "start"))),
        ("riv.end", DateExpression(anchor: .provision(id: "riv", field: "end"))),
        ("riv.end + 1mo", DateExpression(anchor: .provision(id: "riv", field: "end"), offset: .init(amount: 1, unit: .months))),
        ("p_1.due", DateExpression(anchor: .provision(id: "p_1", field: "due"))),
    ]

    @Test("parses every form", arguments: valid)
    func parses(text: String, expected: DateExpression) {
        #expect(DateExpressionParser.parse(text) == expected)
    }

    /// Invalid texts and a fragment of the explanation each must give.
    static let invalid: [(String, String)] = [
        ("", "empty"),
        ("signed + 3x", "unknown unit 'x'"),
        ("signed + 3", "no unit"),
        ("signed + 3m", "'m' could be minutes or months"),
        ("signed + d", "expected a number"),
        ("signed * 3d", "expected '+' or '-'"),
        ("signed 3d", "expected '+' or '-'"),
        ("signedd", "is not a date"),
        ("signed.due", "'signed' has no fields"),
        ("tomorrow", "is not a date"),
        ("riv.begin", "'begin' after 'riv.' is not a date field"),
        ("riv.", "nothing after 'riv.'"),
        ("2021-02-30", "2021-02-30 is not a date: February 2021 has 28 days"),
        ("2020-02-30", "February 2020 has 29 days"),
        ("2020-04-31", "April 2020 has 30 days"),
        ("2020-13-01", "the month must be 01 to 12"),
        ("2020-00-10", "the month must be 01 to 12"),
        ("2020-01-00", "January 2020 has 31 days"),
        ("2020-3-10", "write it as YYYY-MM-DD"),
        ("20200310", "write it as YYYY-MM-DD"),
        ("signed + 99999999999999999999d", "too large"),
    ]

    @Test("explains what is wrong", arguments: invalid)
    func explains(text: String, fragment: String) {
        #expect(DateExpressionParser.parse(text) == nil)
        #expect(throws: TruceError.self) { try DateExpressionParser.expression(from: text) }
        do {
            _ = try DateExpressionParser.expression(from: text)
        } catch {
            #expect(error.message.contains(fragment), "\(error.message)")
            #expect(error.code == .invalidAgreement)
        }
    }

    @Test("descriptions read back to the same expression")
    func roundTrip() {
        for (_, expression) in Self.valid {
            #expect(DateExpressionParser.parse(expression.description) == expression)
        }
    }
}
