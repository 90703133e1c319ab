public import Foundation

/// The one writer of the JSON documents users see: keys sorted, pretty, slashes unescaped,
/// so the same inputs give byte-identical output on every front end.
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
}
