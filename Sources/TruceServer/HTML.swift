/// The one place dynamic text becomes HTML: every value a page shows (an event's notes, an
/// actor's name, a query echoed back) passes through ``escape(_:)`` before it is written.
enum HTML {
    /// `text` safe to put in element content and in double- or single-quoted attribute values:
    /// `&`, `<`, `>`, `"` and `'` become character references.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// `text` percent-encoded for one path segment or query value: only unreserved characters stay.
    static func urlComponent(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                out += "%"
                out.unicodeScalars.append(hex[Int(byte >> 4)])
                out.unicodeScalars.append(hex[Int(byte & 0xF)])
            }
        }
        return out
    }

    /// A query string (`?a=1&b=2`) for a header, not escaped for HTML, or "" when no value is given.
    static func rawQuery(_ pairs: [(String, String?)]) -> String {
        let kept = pairs.compactMap { name, value in value.map { "\(urlComponent(name))=\(urlComponent($0))" } }
        return kept.isEmpty ? "" : "?" + kept.joined(separator: "&")
    }

    /// A query string (`?a=1&b=2`, escaped for an attribute) of the pairs whose value is not nil, or "" when none.
    static func query(_ pairs: [(String, String?)]) -> String {
        let kept = pairs.compactMap { name, value in value.map { "\(urlComponent(name))=\(urlComponent($0))" } }
        return kept.isEmpty ? "" : escape("?" + kept.joined(separator: "&"))
    }

    /// A whole page: the shared head (the embedded stylesheet), a navigation bar, `title` as its heading, and `body`,
    /// which the caller has built from escaped values.
    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) · Truce</title>
        <link rel="stylesheet" href="/assets/truce.css">
        </head>
        <body>
        <header><nav><a class="brand" href="/">Truce</a> <a href="/agreements">Agreements</a> <a href="/events">Events</a> <a href="/events/map">Map</a> <a href="/deadlines">Deadlines</a> <a href="/api/v1">API</a> <a href="/account">Account</a></nav></header>
        <main>
        <h1>\(escape(title))</h1>
        \(body)
        </main>
        </body>
        </html>

        """
    }
}
