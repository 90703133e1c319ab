import NIOCore
import TruceModel
import TruceStorage

/// Writes rows in the text format of `COPY … FROM STDIN`, feeding each hashed field to the row's
/// content hash as it goes, so that a value is turned into bytes once. The COPY task bounds a large
/// import's client (docs/postgres-performance.md), so rows are written into a plain byte array and
/// handed over as a `ByteBuffer` only when sent: a `ByteBuffer` write per field cost a dynamic
/// exclusivity check and a uniqueness check each, a tenth of the client's time; and numbers and days
/// are written digit by digit, without a `String` per value.
struct CopyRowWriter {
    private var bytes: [UInt8] = []
    private(set) var hash = ContentHash()
    private var startOfRow = true

    init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    /// The bytes of the rows written since the last ``clear()``.
    var byteCount: Int { bytes.count }

    /// The rows written since the last ``clear()``, to send.
    var buffer: ByteBuffer { ByteBuffer(bytes: bytes) }

    /// Forgets the rows written, keeping the memory for the next ones.
    mutating func clear() { bytes.removeAll(keepingCapacity: true) }

    private mutating func separate() {
        if !startOfRow { bytes.append(UInt8(ascii: "\t")) }
        startOfRow = false
    }

    mutating func text(_ value: String?, hashed: Bool = true) {
        separate()
        guard var value else {
            if hashed { hash.add(nil as String?) }
            return writeNull()
        }
        value.withUTF8 { bytes in
            if hashed { hash.add(bytes) }
            // Most values hold nothing to escape: copy them whole.
            if !bytes.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
                self.bytes.append(contentsOf: bytes)
                return
            }
            for byte in bytes {
                switch byte {
                case 0x5C: self.bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x09: self.bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0x0A: self.bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: self.bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                default: self.bytes.append(byte)
                }
            }
        }
    }

    /// Writes `day` as `YYYY-MM-DD`, hashed as that text (the bytes of `day.iso`).
    mutating func day(_ day: Day) {
        let (year, month, date) = (day.year, day.month, day.day)
        // Years of other widths, or before year 0, take Day's own formatting.
        guard (0...9999).contains(year) else { return text(day.iso) }
        separate()
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { iso in
            func put(_ value: Int, _ width: Int, at start: Int) {
                var rest = value
                for index in stride(from: start + width - 1, through: start, by: -1) {
                    iso[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(year, 4, at: 0)
            iso[4] = UInt8(ascii: "-")
            put(month, 2, at: 5)
            iso[7] = UInt8(ascii: "-")
            put(date, 2, at: 8)
            let bytes = UnsafeBufferPointer(start: iso.baseAddress!.assumingMemoryBound(to: UInt8.self), count: 10)
            hash.add(bytes)
            self.bytes.append(contentsOf: bytes)
        }
    }

    mutating func integer(_ value: Int?, hashed: Bool = true) {
        separate()
        if hashed { hash.add(value) }
        guard let value else { return writeNull() }
        writeDecimal(Int64(value))
    }

    mutating func integer64(_ value: Int64) {
        separate()
        writeDecimal(value)
    }

    mutating func real(_ value: Double?, hashed: Bool = true) {
        separate()
        if hashed { hash.add(value) }
        guard let value else { return writeNull() }
        if value.isNaN {
            bytes.append(contentsOf: "NaN".utf8)
        } else if value.isInfinite {
            bytes.append(contentsOf: (value < 0 ? "-Infinity" : "Infinity").utf8)
        } else {
            // Swift writes the shortest text that reads back as the same Double.
            bytes.append(contentsOf: value.description.utf8)
        }
    }

    /// Writes `value` in decimal, as `String(value)` spells it.
    private mutating func writeDecimal(_ value: Int64) {
        // Filled from the right: 20 digits hold any Int64's magnitude.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { space in
            var magnitude = value.magnitude
            var start = 20
            repeat {
                start -= 1
                space[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: space[start..<20]))
        }
    }

    private mutating func writeNull() {
        bytes.append(0x5C)
        bytes.append(UInt8(ascii: "N"))
    }

    /// Ends the row; the next field starts a new one with a new hash.
    mutating func endRow() {
        bytes.append(UInt8(ascii: "\n"))
        startOfRow = true
        hash = ContentHash()
    }
}
