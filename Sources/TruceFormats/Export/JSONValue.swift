/// A JSON value whose object members keep the order they were given in.
///
/// Exports write one of these per event straight to a sink, compact, without
/// going through `JSONEncoder`; it is also `Encodable`, so a command that prints
/// one pretty, key-sorted document (`truce events --format json`) prints the
/// same values.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    /// Written as `null` when not finite: JSON has no NaN or infinity.
    case double(Double)
    /// A number written with at most `places` decimals and no exponent (coordinates); `null` when not finite.
    case rounded(Double, places: Int)
    case string(String)
    case array([JSONValue])
    case object([Member])

    /// One member of an object.
    public struct Member: Sendable, Equatable {
        public var key: String
        public var value: JSONValue

        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// A string, or `null` for `nil`.
    public static func string(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
    /// An integer, or `null` for `nil`.
    public static func int(_ number: Int?) -> JSONValue { number.map(JSONValue.int) ?? .null }
    /// A number, or `null` for `nil`.
    public static func double(_ number: Double?) -> JSONValue { number.map(JSONValue.double) ?? .null }
    /// An array of strings.
    public static func strings(_ texts: [String]) -> JSONValue { .array(texts.map(JSONValue.string)) }

    /// The value as compact JSON text (no spaces or line breaks).
    public var text: String {
        var out = ""
        write(into: &out)
        return out
    }

    /// Appends the value as compact JSON text to `out`.
    public func write(into out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .double(let value): out += JSONNumber.text(value) ?? "null"
        case .rounded(let value, let places): out += JSONNumber.fixed(value, places: places) ?? "null"
        case .string(let value): JSONString.write(value, into: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                item.write(into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { out += "," }
                JSONString.write(member.key, into: &out)
                out += ":"
                member.value.write(into: &out)
            }
            out += "}"
        }
    }
}

extension JSONValue {
    /// Appends the value as compact JSON, UTF-8 encoded, to `out`: the same text as `write(into:)` on a
    /// String, for batch output that goes straight to a file without growing a String.
    public func write(into out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): JSONNumber.appendInteger(value, to: &out)
        case .double(let value): out.append(contentsOf: (JSONNumber.text(value) ?? "null").utf8)
        case .rounded(let value, let places): out.append(contentsOf: (JSONNumber.fixed(value, places: places) ?? "null").utf8)
        case .string(let value): JSONString.write(value, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                item.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONString.write(member.key, into: &out)
                out.append(UInt8(ascii: ":"))
                member.value.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }
}

extension JSONValue: Encodable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .object(let members):
            var container = encoder.container(keyedBy: Key.self)
            for member in members { try container.encode(member.value, forKey: Key(stringValue: member.key)) }
        case .array(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .int(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .double(let value):
            var container = encoder.singleValueContainer()
            if value.isFinite { try container.encode(value) } else { try container.encodeNil() }
        case .rounded(let value, let places):
            var container = encoder.singleValueContainer()
            if let text = JSONNumber.fixed(value, places: places), let rounded = Double(text) {
                try container.encode(rounded)
            } else {
                try container.encodeNil()
            }
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        }
    }
}
