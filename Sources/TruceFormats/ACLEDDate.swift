public import TruceModel

/// Reads the date layouts ACLED exports have used over the years into a `Day`.
///
/// Accepted (month names and three-letter abbreviations in any case):
/// - `2020-03-04` (ISO, the fast path) and `2020/03/04`
/// - `4-Mar-20`, `04-Mar-2020`, `04-March-2020`, `4 March 2020`
/// - `04/03/2020`: numeric dates other than ISO are day first (dd/mm/yyyy), as ACLED writes them
/// - `March 4, 2020`
///
/// Two-digit years are 2000–2069 for `00`–`69` and 1970–1999 for `70`–`99`:
/// ACLED's data start in 1997. Impossible dates such as `31/02/2020` give `nil`.
public enum ACLEDDate {
    /// The day `text` names, or `nil` when it is not a date in a known layout.
    public static func parse(_ text: some StringProtocol) -> Day? {
        var copy = String(text)
        return copy.withUTF8 { parse(bytes: $0) }
    }

    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        var low = 0
        var high = bytes.count
        while low < high, String.isASCIIWhitespace(bytes[low]) { low += 1 }
        while high > low, String.isASCIIWhitespace(bytes[high - 1]) { high -= 1 }
        if high - low == 10, bytes[low + 4] == hyphen, bytes[low + 7] == hyphen,
            let year = number(bytes, low, 4), let month = number(bytes, low + 5, 2), let day = number(bytes, low + 8, 2)
        {
            return Day(year: year, month: month, day: day)
        }
        guard let tokens = tokenize(bytes, low, high) else { return nil }
        switch (tokens[0], tokens[1], tokens[2]) {
        case (.number(let first, let firstDigits), .number(let month, let monthDigits), .number(let last, let lastDigits)):
            guard monthDigits <= 2 else { return nil }
            if firstDigits == 4 {
                guard lastDigits <= 2 else { return nil }
                return Day(year: first, month: month, day: last)
            }
            guard firstDigits <= 2, let year = fullYear(last, digits: lastDigits) else { return nil }
            return Day(year: year, month: month, day: first)
        case (.number(let day, let dayDigits), .month(let month), .number(let value, let digits)):
            guard dayDigits <= 2, let year = fullYear(value, digits: digits) else { return nil }
            return Day(year: year, month: month, day: day)
        case (.month(let month), .number(let day, let dayDigits), .number(let value, let digits)):
            guard dayDigits <= 2, let year = fullYear(value, digits: digits) else { return nil }
            return Day(year: year, month: month, day: day)
        default:
            return nil
        }
    }

    enum Token {
        case number(Int, digits: Int)
        case month(Int)
    }

    private static let hyphen = UInt8(ascii: "-")

    /// Exactly three tokens separated by `-`, `/`, `.`, `,` or spaces; `nil` otherwise.
    private static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ low: Int, _ high: Int) -> [Token]? {
        var tokens: [Token] = []
        tokens.reserveCapacity(3)
        var index = low
        while index < high {
            let byte = bytes[index]
            if isSeparator(byte) {
                index += 1
                continue
            }
            guard tokens.count < 3 else { return nil }
            var stop = index
            if isDigit(byte) {
                while stop < high, isDigit(bytes[stop]) { stop += 1 }
                guard stop - index <= 4, let value = number(bytes, index, stop - index) else { return nil }
                tokens.append(.number(value, digits: stop - index))
            } else {
                while stop < high, isLetter(bytes[stop]) { stop += 1 }
                guard stop > index, stop - index <= 9 else { return nil }
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<stop]), as: UTF8.self).lowercased()
                guard let month = months[word] else { return nil }
                tokens.append(.month(month))
            }
            // A token must end at a separator or the end ("4th" is not a day).
            guard stop == high || isSeparator(bytes[stop]) else { return nil }
            index = stop
        }
        return tokens.count == 3 ? tokens : nil
    }

    /// A four-digit year as is; a two-digit year in 1970–2069.
    private static func fullYear(_ value: Int, digits: Int) -> Int? {
        switch digits {
        case 4: return value
        case 2: return value < 70 ? 2000 + value : 1900 + value
        default: return nil
        }
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<(start + count) {
            let byte = bytes[index]
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte &- 0x30)
        }
        return value
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x2D || byte == 0x2F || byte == 0x2E || byte == 0x2C || byte == 0x20 || byte == 0x09
    }

    private static let months = MonthNames.numbers
}
