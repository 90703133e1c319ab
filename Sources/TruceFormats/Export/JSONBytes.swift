/// Compact JSON written member by member straight into UTF-8 bytes: the same text `JSONValue.write(into:)`
/// gives for the same values, without building the values first. For output written once per record
/// in a batch, where building and then walking a `JSONValue` tree cost more than the writing.
public struct JSONBytes {
    public var bytes: [UInt8] = []
    /// Whether the next member or element follows another one in its object or array.
    private var needsComma = false

    public init() {}

    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// A member's key; its value comes next.
    public mutating func key(_ key: StaticString) {
        separate()
        let plain = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
        if plain.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: plain)
            bytes.append(UInt8(ascii: "\""))
        } else {
            JSONString.write(key.description, into: &bytes)
        }
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// A value, as an element or after its key.
    public mutating func value(_ value: JSONValue) {
        separate()
        value.write(into: &bytes)
        needsComma = true
    }

    public mutating func string(_ text: String?) {
        separate()
        if let text { JSONString.write(text, into: &bytes) } else { bytes.append(contentsOf: "null".utf8) }
        needsComma = true
    }

    public mutating func int(_ number: Int?) {
        separate()
        if let number { JSONNumber.appendInteger(number, to: &bytes) } else { bytes.append(contentsOf: "null".utf8) }
        needsComma = true
    }

    /// Ends a line of JSON Lines; the next value starts a new document.
    public mutating func endLine() {
        bytes.append(UInt8(ascii: "\n"))
        needsComma = false
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }
}
