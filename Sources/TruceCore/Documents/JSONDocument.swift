public import Foundation
public import TruceFormats

/// The one writer of the JSON documents users see, so the same inputs give byte-identical output on
/// every front end: `Encodable` documents with keys sorted, pretty, slashes unescaped; documents
/// whose members keep a deliberate order (the coder's output) as ordered ``JSONValue``s, pretty
/// with two spaces.
public enum JSONDocument {
    /// `value` as the JSON text Truce prints, without a final newline.
    public static func string(_ value: some Encodable) throws -> String {
        String(decoding: try data(value), as: UTF8.self)
    }

    /// `value` as the JSON bytes Truce writes.
    public static func data(_ value: some Encodable) throws -> Data {
        try encoder().encode(value)
    }

    /// An encoder set up as ``string(_:)`` uses it, for writers that encode a document piece by piece.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }

    /// `value` as JSON indented by two spaces, members in their given order, without a final newline.
    public static func string(ordered value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        return out
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch value {
        case .array(let items) where !items.isEmpty:
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += pad
                write(item, indent: indent + 1, into: &out)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += close + "]"
        case .object(let members) where !members.isEmpty:
            out += "{\n"
            for (index, member) in members.enumerated() {
                out += pad + JSONValue.string(member.key).text + ": "
                write(member.value, indent: indent + 1, into: &out)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += close + "}"
        default:
            out += value.text
        }
    }
}
