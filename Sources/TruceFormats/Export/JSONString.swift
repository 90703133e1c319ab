import Foundation

/// JSON strings: quoted, with the characters JSON requires escaped (RFC 8259 §7). The one JSON string
/// writer of Truce: documents, exports and the stores' JSON columns all write text through it.
public enum JSONString {
    /// Appends `text` to `out` as a JSON string.
    public static func write(_ text: String, into out: inout String) {
        out += "\""
        // Every character to escape is ASCII, so scanning bytes is safe, and runs of
        // plain text between them are copied at once: most text has nothing to escape.
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 else {
                index = utf8.index(after: index)
                continue
            }
            out += text[runStart..<index]
            switch byte {
            case UInt8(ascii: "\""): out += "\\\""
            case UInt8(ascii: "\\"): out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            default:
                let hex = String(byte, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
            index = utf8.index(after: index)
            runStart = index
        }
        out += text[runStart..<utf8.endIndex]
        out += "\""
    }

    /// The same escaping, appending UTF-8 bytes.
    public static func write(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
                case 0x0A: out.append(contentsOf: "\\n".utf8)
                case 0x0D: out.append(contentsOf: "\\r".utf8)
                case 0x09: out.append(contentsOf: "\\t".utf8)
                default:
                    let hex = String(byte, radix: 16)
                    out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                }
                runStart = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// A flat string map as a JSON object, keys sorted by their UTF-8 bytes so equal maps give equal text
    /// (stores hash and compare it).
    public static func object(_ map: [String: String]) -> String {
        object(map, orderedKeys: map.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    /// `map` as a JSON object with its keys in `orderedKeys` order (every key of `map`, once).
    public static func object(_ map: [String: String], orderedKeys: [String]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(map.count * 32 + 2)
        bytes.append(UInt8(ascii: "{"))
        for (index, key) in orderedKeys.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            write(key, into: &bytes)
            bytes.append(UInt8(ascii: ":"))
            write(map[key] ?? "", into: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The flat string map `text` holds; empty when `text` is nil or not such an object.
    public static func parseObject(_ text: String?) -> [String: String] {
        guard let text, let data = text.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: String]
        else { return [:] }
        return object
    }
}
