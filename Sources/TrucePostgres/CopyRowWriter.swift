import NIOCore
import TruceModel
import TruceStorage

/// Writes rows in the text format of `COPY … FROM STDIN` into a buffer, feeding each hashed field
/// to the row's content hash as it goes, so that a value is turned into bytes once. Numbers and days
/// are written digit by digit straight into the buffer: the COPY task bounds a large import's client
/// (docs/postgres-performance.md), and a `String` made per value was most of its encoding work.
struct CopyRowWriter {
    var buffer: ByteBuffer
    private(set) var hash = ContentHash()
    private var startOfRow = true

    init(capacity: Int = 1 << 16) {
        buffer = ByteBufferAllocator().buffer(capacity: capacity)
    }

    private mutating func separate() {
        if !startOfRow { buffer.writeInteger(UInt8(ascii: "\t")) }
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
                buffer.writeBytes(bytes)
                return
            }
            for byte in bytes {
                switch byte {
                case 0x5C: buffer.writeStaticString("\\\\")
                case 0x09: buffer.writeStaticString("\\t")
                case 0x0A: buffer.writeStaticString("\\n")
                case 0x0D: buffer.writeStaticString("\\r")
                default: buffer.writeInteger(byte)
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
            buffer.writeBytes(bytes)
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
            buffer.writeStaticString("NaN")
        } else if value.isInfinite {
            buffer.writeStaticString(value < 0 ? "-Infinity" : "Infinity")
        } else {
            // Swift writes the shortest text that reads back as the same Double.
            buffer.writeString(value.description)
        }
    }

    /// Writes `value` in decimal, as `String(value)` spells it.
    private mutating func writeDecimal(_ value: Int64) {
        // 20 bytes hold any Int64 with its sign.
        buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: 20) { space in
            var magnitude = value.magnitude
            var count = 0
            repeat {
                count += 1
                magnitude /= 10
            } while magnitude > 0
            if value < 0 { count += 1 }
            magnitude = value.magnitude
            var index = count - 1
            repeat {
                space[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                index -= 1
            } while magnitude > 0
            if value < 0 { space[0] = UInt8(ascii: "-") }
            return count
        }
    }

    private mutating func writeNull() {
        buffer.writeStaticString("\\N")
    }

    /// Ends the row; the next field starts a new one with a new hash.
    mutating func endRow() {
        buffer.writeInteger(UInt8(ascii: "\n"))
        startOfRow = true
        hash = ContentHash()
    }
}
