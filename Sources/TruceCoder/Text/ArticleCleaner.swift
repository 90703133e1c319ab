public import TruceModel

/// Turns an article as written (plain, Markdown or HTML) into clean text.
///
/// The publication date is taken, in this order, from the file's own metadata
/// (HTML `<meta>` tags, Markdown front matter), from the dateline ("KABUL,
/// Afghanistan (Jan. 25, 2013) —"), from a header line that is only a date
/// (`HeaderDateLine`), from a byline that ends in a date, from a date in the headline, and last from `date`, the
/// caller's fallback. A dateline without a year takes the year from
/// the header above it ("2010-09-CA-125"), else the one nearest `date`, else from a
/// past month the text names ("in June 2011"; see `Dateline`).
public enum ArticleCleaner {
    public static func article(raw: String, markup: ArticleMarkup, origin: String, source: String?, date: Day?) -> Article {
        var body: String
        var headline: String?
        var metaDate: Day?
        var metaSource: String?
        switch markup {
        case .html:
            let html = HTMLStripper(raw)
            body = html.text
            headline = html.firstHeading.flatMap(nonEmpty) ?? html.title.map(trimSiteName).flatMap(nonEmpty)
            metaDate = html.publishedMeta.flatMap(WrittenDates.day(fromMetadata:))
            metaSource = html.siteName
        case .markdown:
            let markdown = MarkdownStripper(raw)
            body = markdown.text
            headline = markdown.title.flatMap(nonEmpty)
            metaDate = markdown.date.flatMap(WrittenDates.day(fromMetadata:))
            metaSource = markdown.source
        case .plain:
            body = raw
        }
        // The header zone (release numbers, bylines) is where a dateline's missing year is written; read it before cleaning drops it.
        let header = Array(body.utf8.prefix(800))
        // A yearless dateline or headline takes its year from the header above it, else from the publication date the
        // caller gives, else from the story's own mentions (a guess: "the invasion began in February 2022" is in the
        // past of a "Sept 14" dateline, but not of only that September).
        let yearHint = WrittenDates.headerYear(in: header) ?? date ?? WrittenDates.yearHint(in: header)
        let bylineDate = HeaderDateLine.bylineDay(inHeaderOf: body)
        var lines = cleanLines(body)
        if markup == .plain, let first = lines.firstIndex(where: { !$0.isEmpty }), looksLikeHeadline(lines, at: first) {
            headline = lines[first]
            lines.removeSubrange(0...first)
        }
        // A Markdown or HTML body that opens with its own headline again.
        if let headline, let first = lines.firstIndex(where: { !$0.isEmpty }), lines[first] == headline { lines.removeSubrange(0...first) }
        // A date on a line of its own in the header ("OFFICE OF THE SPOKESPERSON" / "JULY 12, 2024"): the lines down to it
        // are header material.
        let headerLineDate = HeaderDateLine.find(in: lines).map { found -> Day in
            lines.removeSubrange(0...found.index)
            return found.day
        }
        body = lines.joined(separator: "\n").trimmingNewlines()
        var datelineDate: Day?
        if let dateline = Dateline.find(in: body) {
            // Whatever precedes the dateline is header material: bylines, release numbers, "Download PDF".
            if dateline.range.lowerBound > 0, dateline.range.lowerBound <= 400 {
                let utf8 = Array(body.utf8)
                body = String(decoding: utf8[dateline.range.lowerBound...], as: UTF8.self)
            }
            datelineDate = dateline.date(near: yearHint)
        }
        let headlineDate = headline.flatMap { line -> Day? in
            guard let found = WrittenDates.firstDate(in: Array(line.utf8)), let day = found.day else { return nil }
            if let year = found.year { return Day(year: year, month: found.month, day: day) }
            return Dateline(range: 0..<0, place: "", month: found.month, day: day, year: nil)
                .date(near: yearHint)
        }
        return Article(
            origin: origin, source: source ?? metaSource.flatMap(nonEmpty), headline: headline, text: body,
            publicationDate: metaDate ?? datelineDate ?? headerLineDate ?? bylineDate ?? headlineDate ?? date)
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = HTMLStripper.trimmed(text)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// "Helmand clashes | The Daily" → "Helmand clashes".
    private static func trimSiteName(_ title: String) -> String {
        for separator in [" | ", " – ", " — ", " :: "] {
            if let cut = title.lastRange(of: separator) { return String(title[..<cut.lowerBound]) }
        }
        return title
    }

    /// Lines trimmed, boilerplate dropped, runs of blank lines collapsed to one.
    ///
    /// Lines end at a line feed that is a character of its own: a CR LF pair is one character in Swift,
    /// and the text was always split by characters, so such a pair does not end a line here either.
    /// Work is on bytes; no String is built for a line until it is kept.
    static func cleanLines(_ text: String) -> [String] {
        var result: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var lineStart = 0
            var index = 0
            while index <= bytes.count {
                // Unicode's line and paragraph separators (U+2028, U+2029) end a line too: pasted web text uses them.
                let separator =
                    index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
                guard index == bytes.count || separator || (bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D)) else {
                    index += 1
                    continue
                }
                let lineOffset = lineStart
                var line = trimmedLine(bytes, lineStart..<index)
                let width = separator ? 3 : 1
                lineStart = index + width
                index += width
                if lineOffset < 800 { line = Boilerplate.droppingHeaderPhrases(line) }
                if line.isEmpty || Boilerplate.isBoilerplate(line) {
                    if let last = result.last, !last.isEmpty { result.append("") }
                    continue
                }
                result.append(line)
            }
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result
    }

    /// `HTMLStripper.trimmed` of the line at `range`, without building the untrimmed line when its ends are ASCII.
    private static func trimmedLine(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, Bytes.isSpace(bytes[lower]) || bytes[lower] == 0x0B { lower += 1 }
        while upper > lower, Bytes.isSpace(bytes[upper - 1]) || bytes[upper - 1] == 0x0B { upper -= 1 }
        // ASCII white space next to ASCII is a character of its own, so dropping it by bytes drops what
        // dropping white-space characters would; a non-ASCII end may be white space or join a character.
        if lower == upper || (bytes[lower] < 0x80 && bytes[upper - 1] < 0x80) {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
        }
        return HTMLStripper.trimmed(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
    }

    /// A first line that is short, unpunctuated and followed by more text.
    private static func looksLikeHeadline(_ lines: [String], at index: Int) -> Bool {
        let line = lines[index]
        guard lines[(index + 1)...].contains(where: { !$0.isEmpty }) else { return false }
        guard line.utf8.count <= 200, let last = line.unicodeScalars.last else { return false }
        if last == "." && !line.hasSuffix("..") || last == "," || last == ";" { return false }
        return line.split(separator: " ").count <= 25
    }
}

/// Lines and phrases of page furniture that are not part of the story.
enum Boilerplate {
    static let lines: Set<String> = [
        "download pdf", "for immediate release", "share this", "share this article", "share this story", "share", "print",
        "email", "e-mail", "tweet", "related articles", "related stories", "related", "read more", "advertisement",
        "subscribe", "sign up", "log in", "skip to content", "skip to main content", "menu", "search", "comments",
        "leave a comment", "back to top", "more from this section", "recommended", "trending", "most read", "listen",
        "print this page", "print article", "click here", "photos", "video", "next article", "previous article",
        "you might also like", "all rights reserved",
    ]
    static let prefixes = [
        "share this", "copyright ", "© ", "(c) ", "click here", "subscribe to", "follow us", "sign up for", "read more:",
        "related:", "see also:", "image caption", "image:", "photo:", "photo by", "getty images", "this article was",
        "we use cookies", "tags:", "support independent journalism", "support our journalism", "this site uses cookies", "get the ", "more on ",
        "comments (", "sign up to", "listen to this",
    ]

    /// The longest of `lines`, in bytes.
    private static let longestLine = lines.map(\.utf8.count).max() ?? 0

    static func isBoilerplate(_ line: String) -> Bool {
        if line.utf8.count > 80 {
            // Only the whole-line test can hold for a long line, and only when, trailing dots and colons aside,
            // it is as short as a listed line: each character of that is ASCII, or the 3-byte Kelvin sign that
            // lower-cases to "k". Rejecting the rest here saves lower-casing every paragraph.
            var end = line.utf8.count
            var utf8 = line.utf8.reversed().makeIterator()
            while let byte = utf8.next(), byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") { end -= 1 }
            if end > 3 * longestLine { return false }
        }
        let lower = line.lowercased()
        if lines.contains(lower.trimmingCharacters(in: ":.")) { return true }
        if line.utf8.count <= 80, prefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        return isByline(line)
    }

    /// "By Jane Smith", "By Staff Reporter, Reuters": short, starts with "By", names in capitals.
    static func isByline(_ line: String) -> Bool {
        guard line.hasPrefix("By ") || line.hasPrefix("BY "), line.utf8.count <= 80 else { return false }
        let words = line.split(separator: " ").dropFirst()
        guard !words.isEmpty, words.count <= 9 else { return false }
        return words.allSatisfy { word in
            guard let first = word.unicodeScalars.first else { return true }
            return first.properties.isUppercase || !first.properties.isAlphabetic || ["and", "of", "the", "for"].contains(word)
        }
    }

    /// Press-release header phrases and what precedes them on their line ("… 2010-11-CA-167 For Immediate Release").
    static func droppingHeaderPhrases(_ line: String) -> String {
        var result = line
        for phrase in headerPhrases {
            // Bytes, not characters: this runs on every line, and the phrases are ASCII.
            let bytes = Array(result.utf8)
            guard let end = endOfPhrase(phrase, in: bytes, startingWithin: 200) else { continue }
            result = HTMLStripper.trimmed(String(decoding: bytes[end...], as: UTF8.self))
        }
        return result
    }

    private static let headerPhrases: [[UInt8]] = ["For Immediate Release", "FOR IMMEDIATE RELEASE", "Download PDF", "Download pdf"].map {
        Array($0.utf8)
    }

    /// Where the first occurrence of `phrase` that starts within `limit` bytes ends.
    private static func endOfPhrase(_ phrase: [UInt8], in bytes: [UInt8], startingWithin limit: Int) -> Int? {
        guard let first = phrase.first, bytes.count >= phrase.count else { return nil }
        let lastStart = min(limit, bytes.count - phrase.count)
        guard lastStart >= 0 else { return nil }
        for start in 0...lastStart where bytes[start] == first {
            if bytes[start..<(start + phrase.count)].elementsEqual(phrase) { return start + phrase.count }
        }
        return nil
    }
}

extension String {
    /// The last occurrence of `needle`, found by scanning characters (no Foundation).
    func lastRange(of needle: String) -> Range<String.Index>? {
        var found: Range<String.Index>?
        var cursor = startIndex
        while let range = self[cursor...].firstRange(of: needle) {
            found = range
            cursor = index(after: range.lowerBound)
        }
        return found
    }

    func trimmingNewlines() -> String {
        var view = Substring(self)
        while view.first == "\n" { view = view.dropFirst() }
        while view.last == "\n" { view = view.dropLast() }
        return String(view)
    }

    func trimmingCharacters(in set: String) -> String {
        var view = Substring(self)
        while let last = view.last, set.contains(last) { view = view.dropLast() }
        return String(view)
    }
}
