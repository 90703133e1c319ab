/// A few named fields of one JSON object, read straight from its UTF-8 bytes.
///
/// Batch input is one JSON object per line, and the caller wants two or three
/// of its fields; building the whole object with `JSONSerialization` (every
/// nested value boxed, every field cast back) cost more than coding a short
/// article. This reader handles strict RFC 8259 objects whose wanted fields are
/// strings or plain integers, and answers `nil` for anything else — a trailing
/// comma, a byte-order mark, a number with an exponent, a repeated wanted key, a
/// lone surrogate escape — so the caller falls back to `JSONSerialization` and
/// keeps its exact behaviour there.
public enum JSONLineFields {
    /// A wanted field's value.
    public enum Value: Sendable, Equatable {
        case string(String)
        case int(Int)
    }

    /// The wanted fields found in the object in `line` (absent ones left out), or `nil` when the
    /// line is not a plain object this reader vouches for.
    public static func read(_ line: UnsafeBufferPointer<UInt8>, fields wanted: [String]) -> [String: Value]? {
        guard UTF8Validation.isValid(line) else { return nil }
        var reader = Reader(bytes: line, wanted: wanted.map { Array($0.utf8) })
        return reader.topLevel()
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        let wanted: [[UInt8]]
        var index = 0
        var found: [String: Value] = [:]
        /// Strings decoded from escapes, reused between strings.
        var scratch: [UInt8] = []

        /// Deep nesting is legal JSON that `JSONSerialization` may refuse; leave it to it.
        static let maximumDepth = 64

        init(bytes: UnsafeBufferPointer<UInt8>, wanted: [[UInt8]]) {
            self.bytes = bytes
            self.wanted = wanted
        }

        mutating func topLevel() -> [String: Value]? {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
            guard object(depth: 0, top: true) else { return nil }
            skipSpace()
            return index == bytes.count ? found : nil
        }

        mutating func skipSpace() {
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D else { return }
                index += 1
            }
        }

        /// An object starting at `index` (at its `{`); at the top level, wanted members are kept.
        mutating func object(depth: Int, top: Bool) -> Bool {
            guard depth < Self.maximumDepth else { return false }
            if opensEmpty(closing: UInt8(ascii: "}")) { return true }
            while true {
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return false }
                guard let key = rawString() else { return false }
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return false }
                index += 1
                skipSpace()
                let wantedKey = top ? wantedName(key) : nil
                if let wantedKey {
                    // JSONSerialization keeps the last of repeated keys; rather than rely on that, defer to it.
                    guard found[wantedKey] == nil, let value = wantedValue() else { return false }
                    found[wantedKey] = value
                } else {
                    guard value(depth: depth + 1) else { return false }
                }
                switch afterMember(closing: UInt8(ascii: "}")) {
                case .more: continue
                case .closed: return true
                case .malformed: return false
                }
            }
        }

        enum AfterMember { case more, closed, malformed }

        /// Steps over an object's or array's opening bracket; true when the closing one follows at once.
        mutating func opensEmpty(closing: UInt8) -> Bool {
            index += 1
            skipSpace()
            guard index < bytes.count, bytes[index] == closing else { return false }
            index += 1
            return true
        }

        /// After a member: a comma (another follows), the closing bracket, or anything else (malformed).
        mutating func afterMember(closing: UInt8) -> AfterMember {
            skipSpace()
            guard index < bytes.count else { return .malformed }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                return .more
            }
            guard bytes[index] == closing else { return .malformed }
            index += 1
            return .closed
        }

        /// The wanted field name equal to `key`'s decoded bytes, if any.
        func wantedName(_ key: Range<Int>?) -> String? {
            let decoded: [UInt8] = key.map { Array(bytes[$0]) } ?? scratch
            guard let match = wanted.first(where: { $0 == decoded }) else { return nil }
            return String(decoding: match, as: UTF8.self)
        }

        /// A wanted field's value: a string or a plain integer, else `nil` (left to JSONSerialization).
        mutating func wantedValue() -> Value? {
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "\"") {
                guard let range = rawString() else { return nil }
                if let range {
                    return .string(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
                }
                return .string(String(decoding: scratch, as: UTF8.self))
            }
            // A plain integer: no sign on zero, no leading zeros, no fraction or exponent, and well inside Int.
            let start = index
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            let digitsStart = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            let digits = index - digitsStart
            guard digits >= 1, digits <= 18, bytes[digitsStart] != 0x30 || (digits == 1 && digitsStart == start) else { return nil }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] | 0x20 == UInt8(ascii: "e") { return nil }
            var number = 0
            for offset in digitsStart..<index { number = number * 10 + Int(bytes[offset] - 0x30) }
            return .int(digitsStart == start ? number : -number)
        }

        /// Skips any JSON value, checking it is well formed.
        mutating func value(depth: Int) -> Bool {
            guard index < bytes.count else { return false }
            switch bytes[index] {
            case UInt8(ascii: "\""): return rawString() != nil
            case UInt8(ascii: "{"): return object(depth: depth, top: false)
            case UInt8(ascii: "["): return array(depth: depth)
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            default: return number()
            }
        }

        mutating func array(depth: Int) -> Bool {
            guard depth < Self.maximumDepth else { return false }
            if opensEmpty(closing: UInt8(ascii: "]")) { return true }
            while true {
                skipSpace()
                guard value(depth: depth + 1) else { return false }
                switch afterMember(closing: UInt8(ascii: "]")) {
                case .more: continue
                case .closed: return true
                case .malformed: return false
                }
            }
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
            index += count
            return true
        }

        /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?`, at most 18 digits: what JSONSerialization surely reads. Exponents
        /// can overflow, which it refuses, so they are left to it.
        mutating func number() -> Bool {
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
            let integerStart = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            let integerDigits = index - integerStart
            guard integerDigits >= 1, bytes[integerStart] != 0x30 || integerDigits == 1 else { return false }
            var digits = integerDigits
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                let fractionStart = index
                while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
                guard index > fractionStart else { return false }
                digits += index - fractionStart
            }
            if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") { return false }
            return digits <= 18
        }

        /// A string starting at `index` (at its opening quote). Returns the byte range of its content when it has no
        /// escapes, `.some(nil)` with the decoded bytes in `scratch` when it has, and `nil` when it is malformed.
        mutating func rawString() -> Range<Int>?? {
            index += 1
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return .some(start..<(index - 1))
                }
                if byte == UInt8(ascii: "\\") {
                    scratch.removeAll(keepingCapacity: true)
                    scratch.append(contentsOf: bytes[start..<index])
                    return escapedString() ? .some(nil) : nil
                }
                if byte < 0x20 { return nil }
                index += 1
            }
            return nil
        }

        /// The rest of a string with escapes, from the first backslash, decoded into `scratch`.
        mutating func escapedString() -> Bool {
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return true
                }
                if byte < 0x20 { return false }
                guard byte == UInt8(ascii: "\\") else {
                    scratch.append(byte)
                    index += 1
                    continue
                }
                guard index + 1 < bytes.count else { return false }
                let escape = bytes[index + 1]
                index += 2
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(escape)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "u"):
                    guard var scalar = hex4() else { return false }
                    if scalar >= 0xD800 && scalar <= 0xDBFF {
                        // A high surrogate must be followed by an escaped low one.
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            return false
                        }
                        index += 2
                        guard let low = hex4(), low >= 0xDC00 && low <= 0xDFFF else { return false }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
                        return false
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { return false }
                    scratch.append(contentsOf: String(Character(unicode)).utf8)
                default: return false
                }
            }
            return false
        }

        mutating func hex4() -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for offset in 0..<4 {
                let byte = bytes[index + offset]
                let digit: UInt32
                switch byte {
                case 0x30...0x39: digit = UInt32(byte - 0x30)
                case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
                case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
                default: return nil
                }
                value = value << 4 | digit
            }
            index += 4
            return value
        }
    }
}
