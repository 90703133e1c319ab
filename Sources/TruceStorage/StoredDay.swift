public import TruceModel

extension Day {
    /// The day of a stored `YYYY-MM-DD` (nil for nil), read from its bytes; any other text is left to
    /// `Day(iso:)`, whose answer this gives for every text. Both backends read a window's days this way:
    /// `Day(iso:)` splits the text into substrings and counts their characters, a third of the time spent
    /// turning a window's rows into events.
    public static func stored(_ text: String?) -> Day? {
        guard var text else { return nil }
        let parsed = text.withUTF8 { bytes -> Day?? in
            func digits(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - 48
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), let year = digits(0..<4),
                let month = digits(5..<7), let day = digits(8..<10)
            else { return .none }
            return .some(Day(year: year, month: month, day: day))
        }
        return parsed ?? Day(iso: text)
    }
}
