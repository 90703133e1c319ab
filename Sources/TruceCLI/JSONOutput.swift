import Foundation

/// JSON as Truce prints it: keys sorted and pretty, so output is byte-identical for the same inputs.
enum JSONOutput {
    static func string(_ value: some Encodable) throws -> String {
        String(decoding: try encoder().encode(value), as: UTF8.self)
    }

    /// An encoder set up as ``string(_:)`` uses it.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }
}
