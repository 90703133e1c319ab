import TruceModel

/// A line of an article's header that holds only its date: "JULY 12, 2024" under "OFFICE OF THE SPOKESPERSON",
/// "Published: Friday, 3 May 2024, 10:32 GMT", "2024-05-03". Statements and readouts put their date there rather
/// than in a dateline, so it is the publication date. Only lines before the body's first sentence count: a date
/// inside the story is told in a sentence.
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
