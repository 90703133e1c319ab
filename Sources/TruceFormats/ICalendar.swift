public import TruceModel

/// An all-day entry of an iCalendar feed.
public struct CalendarEntry: Hashable, Sendable {
    /// Globally unique and stable across feeds, so calendar apps update an entry instead of adding another.
    public var uid: String
    /// The day it falls on.
    public var day: Day
    /// One line shown in the calendar.
    public var summary: String
    /// Longer text; may hold line breaks.
    public var description: String
    /// A link to more, when there is one.
    public var url: String?

    /// An entry of every field.
    public init(uid: String, day: Day, summary: String, description: String, url: String? = nil) {
        self.uid = uid
        self.day = day
        self.summary = summary
        self.description = description
        self.url = url
    }
}

/// Writes an iCalendar (RFC 5545) document of all-day events: CRLF line ends, content lines folded at
/// 75 octets without splitting a UTF-8 character, and TEXT values escaped (`\\`, `;`, `,`, line breaks).
public enum ICalendar {
    /// The feed of `entries` named `name`, stamped `stamp` (UTC, `YYYYMMDDTHHMMSSZ`).
    public static func document(name: String, entries: [CalendarEntry], stamp: String) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Truce//Deadlines//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        lines.append("X-WR-CALNAME:" + escape(name))
        for entry in entries {
            lines += [
                "BEGIN:VEVENT", "UID:" + escape(entry.uid), "DTSTAMP:" + stamp, "DTSTART;VALUE=DATE:" + compact(entry.day),
                "DTEND;VALUE=DATE:" + compact(entry.day.adding(days: 1)), "SUMMARY:" + escape(entry.summary),
                "DESCRIPTION:" + escape(entry.description),
            ]
            if let url = entry.url { lines.append("URL:" + url.filter { $0 != "\r" && $0 != "\n" }) }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `text` as an iCalendar TEXT value: backslash, semicolon and comma escaped, line breaks as `\n`.
    public static func escape(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            // Other control characters are not allowed in content lines.
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: break
            default: out.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return out
    }

    /// `line` folded: no physical line longer than 75 octets, each continuation starting with a space,
    /// breaks only between characters.
    public static func fold(_ line: String) -> String {
        var out = ""
        var width = 0
        var limit = 75
        for character in line {
            let octets = character.utf8.count
            if width + octets > limit {
                out += "\r\n "
                width = 0
                // The leading space counts toward the continuation line's 75 octets.
                limit = 74
            }
            out.append(character)
            width += octets
        }
        return out
    }

    private static func compact(_ day: Day) -> String { day.iso.filter { $0 != "-" } }
}
