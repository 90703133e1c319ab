import TruceModel

/// A line of an article's header that holds only its date: "JULY 12, 2024" under "OFFICE OF THE SPOKESPERSON",
/// "Published: Friday, 3 May 2024, 10:32 GMT", "2024-05-03". Statements and readouts put their date there rather
/// than in a dateline, so it is the publication date; news and analysis put it after the byline ("By Jane Smith,
/// December 2, 2024"). Only lines before the body's first sentence count: a date inside the story is told in a sentence.
enum HeaderDateLine {
    /// The first line, among `lines` before the first sentence of prose, that is a header date line, and its day.
    static func find(in lines: [String]) -> (index: Int, day: Day)? {
        var bytesSeen = 0
        for (index, line) in lines.enumerated() {
            if line.isEmpty { continue }
            bytesSeen += line.utf8.count
            if bytesSeen > 600 || isProse(line) { return nil }
            if let day = day(ofDateLine: line) { return (index, day) }
        }
        return nil
    }

    /// The line's day when the line is a full date (day, month and year) and words a header writes beside one:
    /// a weekday, "Published", "Updated", a time, a time zone. Any other word makes it a line of something else
    /// ("Talks resume on July 12, 2024").
    static func day(ofDateLine line: String) -> Day? {
        let bytes = Array(line.utf8)
        guard bytes.count <= 80, let found = WrittenDates.firstDate(in: bytes), let day = found.day, let year = found.year,
            let date = Day(year: year, month: found.month, day: day)
        else { return nil }
        for word in words(of: bytes) where !isDateLineWord(word) { return nil }
        return date
    }

    /// The day of the first byline that ends in a date among the header lines of `text`, before its first sentence of
    /// prose. Read from the raw text: cleaning drops bylines as page furniture.
    static func bylineDay(inHeaderOf text: String) -> Day? {
        var bytesSeen = 0
        for line in text.utf8.prefix(800).split(separator: 0x0A) {
            let line = HTMLStripper.trimmed(String(decoding: line, as: UTF8.self))
            if line.isEmpty { continue }
            bytesSeen += line.utf8.count
            if bytesSeen > 600 || isProse(line) { return nil }
            if let day = day(ofBylineLine: line) { return day }
        }
        return nil
    }

    /// The day of a byline that ends in a date: "By Staff Writer, December 2, 2024", "By JANE SMITH | Reuters |
    /// Dec. 2, 2024 10:32 AM". The names before the date are any words; what follows one of the byline's separators
    /// must be a date line by itself, so "By the time the truce took effect on December 2, 2024" is not one.
    static func day(ofBylineLine line: String) -> Day? {
        let bytes = Array(line.utf8)
        guard bytes.count <= 160, bytes.count > 3, Bytes.lower(bytes[0]) == 0x62, Bytes.lower(bytes[1]) == 0x79, bytes[2] == 0x20
        else { return nil }
        for index in 3..<bytes.count where bylineSeparators.contains(bytes[index]) {
            let rest = String(decoding: bytes[(index + 1)...], as: UTF8.self)
            if let day = day(ofDateLine: rest) { return day }
        }
        return nil
    }

    /// Comma, "|", "·" (its last byte), and the last byte of an en or em dash: what a byline puts between its parts.
    private static let bylineSeparators: Set<UInt8> = [0x2C, 0x7C, 0xB7, 0x93, 0x94]

    /// A line that reads as a sentence: it ends like one and has a verb's worth of words.
    private static func isProse(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last, last == "." || last == "!" || last == "?" || last == "”" || last == "\"" else {
            return false
        }
        return line.split(separator: " ").count >= 6
    }

    /// The line's runs of letters, lower-cased ("a.m." gives "a" and "m").
    private static func words(of bytes: [UInt8]) -> [String] {
        var result: [String] = []
        var start: Int?
        for index in 0...bytes.count {
            let isLetter = index < bytes.count && Bytes.isLetter(bytes[index])
            if isLetter, start == nil { start = index }
            if !isLetter, let begin = start {
                result.append(String(decoding: bytes[begin..<index].map(Bytes.lower), as: UTF8.self))
                start = nil
            }
        }
        return result
    }

    private static func isDateLineWord(_ word: String) -> Bool {
        MonthNames.number(word) != nil || DateWords.weekdays[word] != nil || weekdayAbbreviations.contains(word)
            || headerWords.contains(word) || timeZones.contains(word)
    }

    private static let weekdayAbbreviations: Set<String> = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]

    /// Words a header puts beside its date: what the date is, and the parts of a time ("10:32 a.m.", "th" of "12th").
    private static let headerWords: Set<String> = [
        "published", "updated", "posted", "released", "issued", "date", "dated", "last", "on", "at", "am", "pm", "a", "m",
        "p", "st", "nd", "rd", "th", "h", "hrs",
    ]

    private static let timeZones: Set<String> = [
        "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "ist",
        "ast", "msk", "pkt", "aft", "eat", "wat", "cat", "sast", "ict", "jst",
    ]
}
